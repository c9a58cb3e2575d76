CREATE SCHEMA app;
CREATE TABLE app.customer (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE app.invoice (
  id int PRIMARY KEY,
  customer_id int NOT NULL REFERENCES app.customer ON DELETE CASCADE,
  total numeric(12,2) NOT NULL CHECK (total >= 0)
);
CREATE INDEX invoice_customer_idx ON app.invoice (customer_id);
COMMENT ON TABLE app.invoice IS 'bills';
