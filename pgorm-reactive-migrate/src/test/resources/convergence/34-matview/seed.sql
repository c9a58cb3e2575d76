INSERT INTO sale VALUES (1, 'n', 10), (2, 's', 5);
