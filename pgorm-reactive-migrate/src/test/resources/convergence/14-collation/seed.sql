INSERT INTO c VALUES (1, 'a', 'b', 'c');
