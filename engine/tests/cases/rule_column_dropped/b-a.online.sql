set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop rule if exists "src_copy" on "public"."src";

alter table "public"."dst" add column "extra" text;

create or replace view "public"."dst_ids" as  SELECT dst.id,
    dst.extra
   FROM dst;


CREATE RULE src_copy AS
    ON INSERT TO public.src DO  INSERT INTO dst (id, extra)
  VALUES (new.id, new.extra);

commit;

