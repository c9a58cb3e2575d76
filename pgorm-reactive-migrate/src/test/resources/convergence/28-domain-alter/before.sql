CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE DOMAIN qty AS int DEFAULT 1;
CREATE DOMAIN code AS varchar(8) NOT NULL CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
CREATE TABLE contact (id int, mail email, n qty, c code);
