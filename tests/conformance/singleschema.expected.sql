alter type "goodschema"."sdfasdfasdf" add value 'not delivered';

drop index if exists "goodschema"."t_id_idx";

alter table "goodschema"."t" add column "name" text;

create or replace view "goodschema"."v" as  SELECT 2 AS a;



