CREATE TABLE t (id int, v int);
CREATE FUNCTION f(x int) RETURNS bigint LANGUAGE sql AS $$ SELECT x * 2::bigint $$;
CREATE FUNCTION g(a int, b int) RETURNS int LANGUAGE sql AS $$ SELECT a + b $$;
CREATE FUNCTION h(v int) RETURNS int LANGUAGE sql AS $$ SELECT v $$;
CREATE VIEW uses_f AS SELECT id, f(v) AS doubled FROM t;
