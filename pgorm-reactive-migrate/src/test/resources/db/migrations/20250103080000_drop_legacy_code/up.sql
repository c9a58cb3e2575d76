ALTER TABLE item DROP COLUMN legacy_code;
