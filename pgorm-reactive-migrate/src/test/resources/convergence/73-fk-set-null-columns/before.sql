CREATE TABLE tenant_user (tenant int, id int, PRIMARY KEY (tenant, id));
CREATE TABLE doc (
  tenant int NOT NULL,
  id int,
  author int,
  reviewer int DEFAULT 0,
  PRIMARY KEY (tenant, id),
  CONSTRAINT doc_author_fkey FOREIGN KEY (tenant, author) REFERENCES tenant_user ON DELETE SET NULL,
  CONSTRAINT doc_reviewer_fkey FOREIGN KEY (tenant, reviewer) REFERENCES tenant_user
    ON DELETE SET DEFAULT (reviewer)
);
