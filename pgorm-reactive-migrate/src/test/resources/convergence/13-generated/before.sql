CREATE TABLE g (
  w int,
  h int,
  area int GENERATED ALWAYS AS (w * h) STORED,
  perimeter int GENERATED ALWAYS AS (2 * (w + h)) STORED,
  label text
);
CREATE INDEX g_area_idx ON g (area);
