CREATE SCHEMA app;
CREATE DOMAIN app.short_text AS varchar(10);
CREATE DOMAIN app.amount AS numeric(8,2) CHECK (VALUE >= 0);
CREATE TABLE app.line (id int, label app.short_text DEFAULT 'x', total app.amount);
