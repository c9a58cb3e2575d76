CREATE FUNCTION is_even(i int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT i % 2 = 0 $$;
CREATE TABLE ck (
  a int CONSTRAINT a_positive CHECK (a > 0),
  b int CHECK (b < 100),
  c int,
  d text
);
