INSERT INTO n VALUES (1, 'x', 'y', 3);
