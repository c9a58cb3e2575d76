CREATE TABLE log (msg text);
CREATE PROCEDURE note(m text) LANGUAGE sql AS $$ INSERT INTO log VALUES (upper(m)) $$;
CREATE PROCEDURE counted(INOUT n int) LANGUAGE plpgsql AS $$ BEGIN n := n + 1; END $$;
