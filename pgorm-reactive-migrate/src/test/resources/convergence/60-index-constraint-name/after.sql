CREATE TABLE k (a int, b int);
ALTER TABLE k ADD CONSTRAINT k_a_key UNIQUE (a);
CREATE UNIQUE INDEX k_b_key ON k (b);
