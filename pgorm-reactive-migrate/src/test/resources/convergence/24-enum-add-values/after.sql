CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('draft', 'new', 'active', 'review', 'done', 'archived');
CREATE TABLE app.task (id int, status app.status DEFAULT 'new');
