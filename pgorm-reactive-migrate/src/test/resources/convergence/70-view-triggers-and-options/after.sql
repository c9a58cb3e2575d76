CREATE FUNCTION ins() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE base (id int, v int);
CREATE VIEW v WITH (check_option = cascaded, security_barrier = true) AS SELECT id, v FROM base WHERE v > 0;
CREATE TRIGGER v_ins INSTEAD OF INSERT OR UPDATE ON v FOR EACH ROW EXECUTE FUNCTION ins();
