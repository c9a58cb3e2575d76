-- Cannot run in a transaction: the runner commits what came before and runs it alone.
CREATE INDEX CONCURRENTLY item_name_idx ON item (lower(name));
ALTER TYPE item_state ADD VALUE 'archived';
-- The runner commits after ADD VALUE, so the new value can be used from here on.
UPDATE item SET state = 'archived' WHERE name LIKE 'old-%';
