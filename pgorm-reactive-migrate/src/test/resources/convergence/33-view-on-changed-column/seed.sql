INSERT INTO app.orders VALUES (1, 500, 'x');
