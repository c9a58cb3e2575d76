CREATE FUNCTION hinted(a int) RETURNS int LANGUAGE sql IMMUTABLE LEAKPROOF COST 0.5
  AS $$ SELECT a + 1 $$;
CREATE FUNCTION many(n int) RETURNS SETOF int LANGUAGE sql ROWS 50 COST 100
  AS $$ SELECT generate_series(1, n) $$;
CREATE FUNCTION rows_of(n int) RETURNS TABLE (x int) LANGUAGE sql
  AS $$ SELECT generate_series(1, n) $$;
