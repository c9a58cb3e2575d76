CREATE TABLE doc (id int, owner text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_own ON doc USING (owner = current_user);
CREATE TABLE memo (id int);
