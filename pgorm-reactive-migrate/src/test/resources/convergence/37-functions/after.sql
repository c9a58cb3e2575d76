CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT a + b + 0 $$;
CREATE FUNCTION greet(name text) RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$ BEGIN RETURN 'hello ' || name; END $$;
CREATE FUNCTION stable_now() RETURNS timestamptz LANGUAGE sql STABLE AS $$ SELECT now() $$;
CREATE FUNCTION total(VARIADIC xs int[]) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN (SELECT sum(x) FROM unnest(xs) x);
CREATE FUNCTION pairs(n int, OUT a int, OUT b int) RETURNS SETOF record LANGUAGE sql AS $$ SELECT i, i * 2 FROM generate_series(1, n) i $$;
CREATE FUNCTION tab(n int DEFAULT 3) RETURNS TABLE (i int, sq int) LANGUAGE sql BEGIN ATOMIC SELECT i, i * i FROM generate_series(1, n) i; END;
COMMENT ON FUNCTION add(int, int) IS 'adds';
