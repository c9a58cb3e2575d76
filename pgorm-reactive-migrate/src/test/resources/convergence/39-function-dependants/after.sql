CREATE FUNCTION norm(t text) RETURNS varchar LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;
CREATE FUNCTION next_code() RETURNS varchar LANGUAGE sql AS $$ SELECT 'c' $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := clock_timestamp(); RETURN NEW; END $$;
CREATE TABLE item (
  id int,
  name text CHECK (norm(name) <> ''),
  code text DEFAULT next_code(),
  updated timestamptz
);
CREATE INDEX item_norm_idx ON item (norm(name));
CREATE TRIGGER item_touch BEFORE UPDATE ON item FOR EACH ROW EXECUTE FUNCTION touch();
