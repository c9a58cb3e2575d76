CREATE TABLE sale (id int, region text, amount numeric);
CREATE MATERIALIZED VIEW region_total AS SELECT region, sum(amount) AS total FROM sale GROUP BY region;
CREATE UNIQUE INDEX region_total_region ON region_total (region);
CREATE MATERIALIZED VIEW old_mv AS SELECT 1 AS x;
