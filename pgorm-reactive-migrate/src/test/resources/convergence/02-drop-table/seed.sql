INSERT INTO app.customer VALUES (1, 'a');
INSERT INTO app.invoice VALUES (1, 1, 10);
