CREATE SCHEMA app;
CREATE TABLE app.customer (id int PRIMARY KEY, name text NOT NULL);
