CREATE TABLE ri (a int, b int);
CREATE INDEX ri_a ON ri (a);
CREATE UNIQUE INDEX ri_b ON ri (b);
