CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('new', 'done');
CREATE TABLE app.task (id int, status app.status DEFAULT 'new');
