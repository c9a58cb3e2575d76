CREATE TABLE w (
  id int PRIMARY KEY,
  a int,
  b int,
  c text,
  CONSTRAINT w_ab_key UNIQUE (a, b)
);
CREATE INDEX w_c_idx ON w (c) WHERE a > 0;
CREATE TABLE wr (a int, b int, FOREIGN KEY (a, b) REFERENCES w (a, b));
