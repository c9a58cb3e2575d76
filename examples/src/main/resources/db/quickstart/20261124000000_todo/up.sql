-- Rendered from db/quickstart.pgorm by the migration engine (CreateScript).
CREATE SCHEMA IF NOT EXISTS pgorm;

CREATE FUNCTION pgorm.capture_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path TO pg_catalog, pg_temp AS $$
DECLARE
  changed jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
  key jsonb;
BEGIN
  SELECT jsonb_object_agg(k, changed -> k) INTO key FROM unnest(TG_ARGV) AS k;
  INSERT INTO pgorm.change_log (table_schema, table_name, op, pk, old_row, new_row)
  VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP, coalesce(key, '{}'::jsonb),
          CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
          CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);
  IF coalesce(current_setting('pgorm.notify', true), '') <> 'off' THEN
    PERFORM pg_notify('pgorm_changes', TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME);
  END IF;
  RETURN NULL;
END
$$;

CREATE TABLE public.todo (
  id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
  title text NOT NULL,
  done boolean DEFAULT false NOT NULL,
  created_at timestamptz DEFAULT now() NOT NULL,
  CONSTRAINT todo_pkey PRIMARY KEY (id)
);

CREATE TABLE pgorm.change_log (
  id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
  txid xid8 DEFAULT pg_current_xact_id() NOT NULL,
  table_schema text NOT NULL,
  table_name text NOT NULL,
  op text NOT NULL,
  pk jsonb NOT NULL,
  old_row jsonb,
  new_row jsonb,
  created_at timestamptz DEFAULT clock_timestamp() NOT NULL,
  CONSTRAINT change_log_pkey PRIMARY KEY (id)
);

CREATE TABLE pgorm.change_consumer (
  name text NOT NULL,
  "position" text NOT NULL,
  updated_at timestamptz DEFAULT now() NOT NULL,
  CONSTRAINT change_consumer_pkey PRIMARY KEY (name)
);

CREATE INDEX change_log_txid_id_idx ON pgorm.change_log USING btree (txid, id);

CREATE TRIGGER pgorm_notify AFTER INSERT OR UPDATE OR DELETE ON public.todo FOR EACH ROW EXECUTE FUNCTION pgorm.capture_change('id');

COMMENT ON TABLE public.todo IS 'Things to do; the quickstart writes and reads them, and streams their changes.';

COMMENT ON TRIGGER pgorm_notify ON public.todo IS 'pgorm:notify public.todo';

COMMENT ON TABLE pgorm.change_log IS 'pgorm:notify change log';

COMMENT ON TABLE pgorm.change_consumer IS 'pgorm:notify consumers';

COMMENT ON FUNCTION pgorm.capture_change() IS 'pgorm:notify capture function';

