INSERT INTO account VALUES (1, 'a@b', 'x'); INSERT INTO account_ref VALUES (1);
