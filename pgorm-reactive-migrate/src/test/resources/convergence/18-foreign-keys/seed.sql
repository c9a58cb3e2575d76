INSERT INTO parent VALUES (1, 'p', 1, 1); INSERT INTO child VALUES (1, 1, 'p', 1, 1, 1);
