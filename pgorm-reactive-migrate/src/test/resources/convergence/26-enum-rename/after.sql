-- renamed type public.phase from state
CREATE TYPE phase AS ENUM ('a', 'b', 'c');
CREATE TABLE s (id int, st phase DEFAULT 'a');
