-- renamed constraint public.r.r_pkey from r_pk
-- renamed constraint public.r.r_code_key from r_code_uq
-- renamed constraint public.r.r_qty_check from r_qty_ck
-- renamed constraint public.rc.rc_r_id_fkey from rc_r_fk
CREATE TABLE r (
  id int PRIMARY KEY,
  code text UNIQUE,
  qty int CHECK (qty > 0)
);
CREATE TABLE rc (r_id int REFERENCES r);
