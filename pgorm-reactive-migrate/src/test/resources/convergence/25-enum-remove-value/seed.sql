INSERT INTO app.task VALUES (1, 'new', '{new,done}'), (2, 'done', '{}');
