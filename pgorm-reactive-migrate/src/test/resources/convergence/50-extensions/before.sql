CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE kv (id int, attrs hstore);
