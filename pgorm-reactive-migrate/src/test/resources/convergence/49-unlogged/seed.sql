INSERT INTO cache VALUES ('a', 'b');
