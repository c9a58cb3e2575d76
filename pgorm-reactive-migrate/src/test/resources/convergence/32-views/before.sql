CREATE TABLE item (id int, name text, price numeric, active boolean);
CREATE VIEW active_item AS SELECT id, name FROM item WHERE active;
CREATE VIEW dropped_view AS SELECT 1 AS one;
CREATE VIEW barrier AS SELECT id FROM item;
