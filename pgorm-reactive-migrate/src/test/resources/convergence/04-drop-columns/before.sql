CREATE TABLE item (
  id int PRIMARY KEY,
  name text,
  code varchar(10) UNIQUE,
  qty integer CHECK (qty > 0),
  legacy text DEFAULT 'x'
);
CREATE INDEX item_qty_idx ON item (qty) WHERE qty > 10;
