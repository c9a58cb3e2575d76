CREATE SCHEMA app;
CREATE TABLE app.accounts (id serial PRIMARY KEY, name text);
CREATE INDEX accounts_name_idx ON app.accounts (name);
CREATE TABLE app.orders (id serial PRIMARY KEY, account_id int REFERENCES app.accounts);
