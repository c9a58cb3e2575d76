CREATE TABLE city (id int NOT NULL, country text NOT NULL, name text) PARTITION BY LIST (country);
CREATE TABLE city_fr PARTITION OF city FOR VALUES IN ('FR');
CREATE TABLE city_de_at PARTITION OF city FOR VALUES IN ('DE', 'AT') PARTITION BY HASH (id);
CREATE TABLE city_de_at_0 PARTITION OF city_de_at FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE city_de_at_1 PARTITION OF city_de_at FOR VALUES WITH (modulus 2, remainder 1);
CREATE TABLE bucket (id int NOT NULL, v text) PARTITION BY HASH (id);
CREATE TABLE bucket_0 PARTITION OF bucket FOR VALUES WITH (modulus 2, remainder 0);
CREATE TABLE bucket_1 PARTITION OF bucket FOR VALUES WITH (modulus 2, remainder 1);
CREATE INDEX bucket_v_idx ON bucket (v);
