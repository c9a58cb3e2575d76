-- renamed table app.account from accounts
-- renamed constraint app.account.account_pkey from accounts_pkey
-- renamed index app.account_name_idx from accounts_name_idx
CREATE SCHEMA app;
CREATE TABLE app.account (id serial PRIMARY KEY, name text);
CREATE INDEX account_name_idx ON app.account (name);
CREATE TABLE app.orders (id serial PRIMARY KEY, account_id int REFERENCES app.account);
