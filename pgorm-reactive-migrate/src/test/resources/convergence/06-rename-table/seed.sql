INSERT INTO app.accounts (name) VALUES ('a'); INSERT INTO app.orders (account_id) VALUES (1);
