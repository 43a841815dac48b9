alter table "public"."tab20" drop column "c22";

alter table "public"."tab20" alter column "line_item c24" set default 'it''s'::character varying;

alter table "public"."tab20" alter column "line_item c24" set data type character varying(40) using "line_item c24"::character varying(40);

