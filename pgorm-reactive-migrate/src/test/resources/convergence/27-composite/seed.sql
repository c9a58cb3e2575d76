INSERT INTO place VALUES (1, ROW('s', 'c', '1'), ROW(1, 2, 3));
