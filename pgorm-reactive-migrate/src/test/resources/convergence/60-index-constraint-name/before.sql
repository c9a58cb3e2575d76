CREATE TABLE k (a int, b int);
CREATE UNIQUE INDEX k_a_key ON k (a);
ALTER TABLE k ADD CONSTRAINT k_b_key UNIQUE (b);
