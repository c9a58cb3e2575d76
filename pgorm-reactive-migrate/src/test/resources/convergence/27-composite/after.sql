CREATE TYPE address AS (street text, zip varchar(10), country text);
CREATE TYPE point3 AS (x bigint, y bigint, z bigint);
CREATE TABLE place (id int, addr address, p point3);
