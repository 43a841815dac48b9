drop rule if exists "src_check" on "public"."src";

drop rule if exists "src_copy" on "public"."src";

drop view if exists "public"."dst_ids";

alter table "public"."dst" drop column "extra";

create or replace view "public"."dst_ids" as  SELECT dst.id
   FROM dst;


CREATE RULE src_check AS
    ON UPDATE TO public.src
   WHERE (EXISTS ( SELECT
           FROM dst_ids d
          WHERE (d.id = new.id))) DO INSTEAD NOTHING;

CREATE RULE src_copy AS
    ON INSERT TO public.src DO  INSERT INTO dst (id)
  VALUES (new.id);

