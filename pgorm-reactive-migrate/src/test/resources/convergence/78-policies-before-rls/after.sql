CREATE TABLE doc (id int, owner text);
CREATE POLICY doc_own ON doc USING (owner = current_user);
CREATE TABLE memo (id int);
ALTER TABLE memo FORCE ROW LEVEL SECURITY;
