CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE booking (room int, during tstzrange, note text);
