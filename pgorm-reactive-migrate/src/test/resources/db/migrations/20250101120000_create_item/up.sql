-- pgorm:lock-timeout 5s
CREATE TYPE item_state AS ENUM ('draft', 'live');
CREATE TABLE item (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  state item_state NOT NULL DEFAULT 'draft',
  legacy_code text
);
INSERT INTO item (name, legacy_code) VALUES ('old-lamp', 'L-1'), ('chair', NULL);
