CREATE TABLE other (id int PRIMARY KEY);
CREATE TABLE big (id int NOT NULL, v int CHECK (v >= 0), ref int REFERENCES other);
CREATE INDEX big_v_idx ON big (v);
ALTER TABLE big ADD PRIMARY KEY (id);
