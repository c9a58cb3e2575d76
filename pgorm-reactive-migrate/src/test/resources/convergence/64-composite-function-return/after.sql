CREATE TYPE pair AS (a int, b int, c int);
CREATE FUNCTION mk(x int) RETURNS pair LANGUAGE sql AS $$ SELECT x, x, x $$;
CREATE TABLE holder (p pair);
