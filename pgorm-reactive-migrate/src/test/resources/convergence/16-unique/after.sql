CREATE TABLE u (
  a int,
  b int,
  c int,
  d text,
  CONSTRAINT u_bc_key UNIQUE NULLS NOT DISTINCT (b, c),
  CONSTRAINT u_d_key UNIQUE (d) INCLUDE (a) DEFERRABLE INITIALLY DEFERRED
);
