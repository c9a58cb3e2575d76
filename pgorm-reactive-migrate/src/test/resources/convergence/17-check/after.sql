CREATE FUNCTION is_even(i int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT i % 2 = 0 $$;
CREATE TABLE ck (
  a int CONSTRAINT a_positive CHECK (a >= 0),
  b int,
  c int CONSTRAINT c_even CHECK (is_even(c)),
  d text CONSTRAINT d_short CHECK (length(d) < 10) NO INHERIT
);
