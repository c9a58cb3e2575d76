DROP TABLE item;
DROP TYPE item_state;
