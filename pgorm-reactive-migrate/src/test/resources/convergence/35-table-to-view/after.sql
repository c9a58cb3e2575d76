CREATE TABLE base (id int, v int);
CREATE VIEW summary AS SELECT id, v FROM base;
CREATE TABLE was_view (id int);
