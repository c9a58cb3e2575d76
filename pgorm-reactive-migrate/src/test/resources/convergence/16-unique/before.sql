CREATE TABLE u (
  a int UNIQUE,
  b int,
  c int,
  d text,
  CONSTRAINT u_bc_key UNIQUE (b, c)
);
