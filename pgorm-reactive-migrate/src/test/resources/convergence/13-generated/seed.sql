INSERT INTO g (w, h, label) VALUES (2, 3, 'x');
