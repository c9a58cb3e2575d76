CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE TABLE a.src (id int, v numeric(9,3));
CREATE VIEW b.rep AS SELECT id, v FROM a.src;
CREATE MATERIALIZED VIEW b.agg AS SELECT sum(v) AS s FROM a.src;
