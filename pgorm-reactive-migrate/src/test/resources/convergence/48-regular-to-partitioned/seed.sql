INSERT INTO log VALUES (1, now(), 'x');
