DROP INDEX CONCURRENTLY item_name_idx;
-- PostgreSQL cannot drop an enum value: 'archived' stays in the type, unused.
UPDATE item SET state = 'draft' WHERE state = 'archived';
