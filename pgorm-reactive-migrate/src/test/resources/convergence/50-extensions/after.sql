CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE kv (id int, name citext);
CREATE INDEX kv_name_trgm ON kv USING gin (name gin_trgm_ops);
