INSERT INTO app.task VALUES (1, 'done');
