CREATE TABLE base (id int, v int);
CREATE TABLE summary (id int, v int);
CREATE VIEW was_view AS SELECT id FROM base;
