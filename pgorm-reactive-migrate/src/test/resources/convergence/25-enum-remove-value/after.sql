CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('new', 'active', 'done');
CREATE TABLE app.task (
  id int PRIMARY KEY,
  status app.status NOT NULL DEFAULT 'new' CHECK (status <> 'active'),
  history app.status[] DEFAULT '{}'
);
CREATE INDEX task_status_idx ON app.task (status);
CREATE VIEW app.open_task AS SELECT id, status FROM app.task WHERE status <> 'done';
CREATE FUNCTION app.is_open(s app.status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s <> 'done' $$;
