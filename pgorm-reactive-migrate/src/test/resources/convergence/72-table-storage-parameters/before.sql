CREATE TABLE hot (id int PRIMARY KEY, n int, note text)
  WITH (fillfactor = 70, autovacuum_enabled = false, toast.vacuum_truncate = false);
CREATE TABLE plain (id int PRIMARY KEY);
CREATE TABLE measure (at date NOT NULL, v int) PARTITION BY RANGE (at);
CREATE TABLE measure_2026 PARTITION OF measure
  FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') WITH (fillfactor = 90);
