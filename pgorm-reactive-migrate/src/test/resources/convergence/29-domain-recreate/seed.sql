INSERT INTO app.line VALUES (1, 'abc', 12.5);
