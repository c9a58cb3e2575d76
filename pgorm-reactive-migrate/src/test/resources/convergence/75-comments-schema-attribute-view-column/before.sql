CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'Invoices and payments.';
CREATE SCHEMA plain;
CREATE TYPE billing.address AS (street text, city text);
COMMENT ON COLUMN billing.address.street IS 'Street and number.';
CREATE TABLE billing.invoice (no int PRIMARY KEY, amount numeric);
CREATE VIEW billing.big AS SELECT no, amount FROM billing.invoice WHERE amount > 100;
COMMENT ON COLUMN billing.big.no IS 'Invoice number.';
CREATE MATERIALIZED VIEW billing.total AS SELECT sum(amount) AS total FROM billing.invoice;
