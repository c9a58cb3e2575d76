DO $$ BEGIN CREATE ROLE pgorm_cv_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE pgorm_cv_writer; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE doc (id int, owner text, public boolean);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY mine ON doc USING (owner = current_user);
CREATE POLICY gone ON doc FOR DELETE USING (false);
CREATE POLICY readers ON doc FOR SELECT TO pgorm_cv_reader USING (public);
CREATE POLICY kind ON doc AS PERMISSIVE FOR UPDATE USING (true);
CREATE TABLE other (id int);
