CREATE TABLE sale (id int, region text, amount numeric);
CREATE MATERIALIZED VIEW region_total AS SELECT region, sum(amount) AS total, count(*) AS n FROM sale GROUP BY region;
CREATE UNIQUE INDEX region_total_region ON region_total (region);
CREATE INDEX region_total_total ON region_total (total DESC);
CREATE MATERIALIZED VIEW new_mv WITH (fillfactor = 70) AS SELECT id FROM sale;
