INSERT INTO ck VALUES (1, 2, 4, 'x');
