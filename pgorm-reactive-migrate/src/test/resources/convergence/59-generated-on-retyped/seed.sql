INSERT INTO box (w, h) VALUES (2, 3);
