INSERT INTO person VALUES (1, 'x', 20);
