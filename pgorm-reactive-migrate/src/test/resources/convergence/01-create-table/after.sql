CREATE SCHEMA app;
CREATE TABLE app.item (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  price numeric(10,2) DEFAULT 0 CHECK (price >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX item_name_idx ON app.item (lower(name));
COMMENT ON TABLE app.item IS 'things we sell';
COMMENT ON COLUMN app.item.price IS 'in euros';
