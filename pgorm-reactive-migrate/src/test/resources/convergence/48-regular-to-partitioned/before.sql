CREATE TABLE log (id bigint NOT NULL, at timestamptz NOT NULL, msg text);
CREATE TABLE was_partitioned (id int NOT NULL) PARTITION BY RANGE (id);
CREATE TABLE was_partitioned_1 PARTITION OF was_partitioned FOR VALUES FROM (0) TO (10);
CREATE TABLE rekey (a int NOT NULL, b int NOT NULL) PARTITION BY RANGE (a);
