CREATE TABLE item (id int, name text, price numeric, active boolean);
CREATE VIEW active_item AS SELECT id, name, price FROM item WHERE active AND price > 0;
CREATE VIEW barrier WITH (security_barrier = true) AS SELECT id FROM item;
CREATE VIEW checked AS SELECT id, name FROM item WHERE active WITH CASCADED CHECK OPTION;
COMMENT ON VIEW checked IS 'only active items';
