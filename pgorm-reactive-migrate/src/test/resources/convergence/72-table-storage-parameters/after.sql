CREATE TABLE hot (id int PRIMARY KEY, n int, note text)
  WITH (fillfactor = 50, parallel_workers = 2, toast.autovacuum_enabled = false);
CREATE TABLE plain (id int PRIMARY KEY) WITH (autovacuum_vacuum_scale_factor = 0.05);
CREATE TABLE measure (at date NOT NULL, v int) PARTITION BY RANGE (at);
CREATE TABLE measure_2026 PARTITION OF measure
  FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
