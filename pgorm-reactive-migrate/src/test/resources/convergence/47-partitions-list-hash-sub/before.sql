CREATE TABLE city (id int NOT NULL, country text NOT NULL, name text) PARTITION BY LIST (country);
CREATE TABLE city_fr PARTITION OF city FOR VALUES IN ('FR');
CREATE TABLE bucket (id int NOT NULL, v text) PARTITION BY HASH (id);
CREATE TABLE bucket_0 PARTITION OF bucket FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE bucket_1 PARTITION OF bucket FOR VALUES WITH (modulus 2, remainder 1);
