INSERT INTO it (v) VALUES ('a'), ('b');
