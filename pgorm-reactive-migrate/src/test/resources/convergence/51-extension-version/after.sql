CREATE EXTENSION hstore VERSION '1.8';
CREATE TABLE kv (id int, attrs hstore);
