CREATE TABLE g (
  w int,
  h int,
  area int,
  perimeter int GENERATED ALWAYS AS (2 * w + 2 * h + 0) STORED,
  label text GENERATED ALWAYS AS ('w' || w::text) STORED
);
CREATE INDEX g_area_idx ON g (area);
