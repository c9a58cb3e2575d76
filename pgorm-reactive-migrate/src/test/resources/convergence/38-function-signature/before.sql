CREATE TABLE t (id int, v int);
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT x * 2 $$;
CREATE FUNCTION g(a int, b int DEFAULT 1) RETURNS int LANGUAGE sql AS $$ SELECT a + b $$;
CREATE FUNCTION h(val int) RETURNS int LANGUAGE sql AS $$ SELECT val $$;
CREATE VIEW uses_f AS SELECT id, f(v) AS doubled FROM t;
