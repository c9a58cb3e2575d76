CREATE DOMAIN email AS text CONSTRAINT email_check CHECK (VALUE LIKE '%_@_%');
CREATE DOMAIN qty AS int NOT NULL DEFAULT 0 CONSTRAINT qty_positive CHECK (VALUE >= 0);
CREATE DOMAIN code AS varchar(8) COLLATE "C";
CREATE TABLE contact (id int, mail email, n qty, c code);
