CREATE TYPE address AS (street text, city text, zip varchar(10));
CREATE TYPE point3 AS (x int, y int, z int);
CREATE TABLE place (id int, addr address, p point3);
CREATE TYPE unused AS (a int);
