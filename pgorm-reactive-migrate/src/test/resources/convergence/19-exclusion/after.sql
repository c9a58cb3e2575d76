CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE booking (
  room int,
  during tstzrange,
  note text,
  CONSTRAINT booking_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (note IS NULL)
);
