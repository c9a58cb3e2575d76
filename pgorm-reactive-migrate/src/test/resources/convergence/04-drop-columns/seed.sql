INSERT INTO item VALUES (1, 'one', 'a', 5, 'y');
