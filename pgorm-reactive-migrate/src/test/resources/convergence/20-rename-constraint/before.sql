CREATE TABLE r (
  id int CONSTRAINT r_pk PRIMARY KEY,
  code text CONSTRAINT r_code_uq UNIQUE,
  qty int CONSTRAINT r_qty_ck CHECK (qty > 0)
);
CREATE TABLE rc (r_id int CONSTRAINT rc_r_fk REFERENCES r);
