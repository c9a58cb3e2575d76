CREATE EXTENSION hstore VERSION '1.7';
CREATE TABLE kv (id int, attrs hstore);
