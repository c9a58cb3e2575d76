INSERT INTO reading VALUES (1, 10), (2, 500);
