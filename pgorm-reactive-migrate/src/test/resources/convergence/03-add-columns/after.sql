CREATE TABLE item (
  id int PRIMARY KEY,
  name text,
  note text,
  qty integer NOT NULL DEFAULT 1 CHECK (qty > 0),
  tags text[] DEFAULT '{}'::text[],
  price numeric(10,2) DEFAULT 0.00,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN item.note IS 'free text';
