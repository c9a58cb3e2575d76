ALTER TABLE item ADD COLUMN name text;
