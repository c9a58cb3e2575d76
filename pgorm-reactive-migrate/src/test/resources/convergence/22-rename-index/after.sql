-- renamed index public.ri_a_idx from ri_a
-- renamed index public.ri_b_key_idx from ri_b
CREATE TABLE ri (a int, b int);
CREATE INDEX ri_a_idx ON ri (a);
CREATE UNIQUE INDEX ri_b_key_idx ON ri (b);
