alter table "public"."drops" add constraint "base_created_check" CHECK ((created > '2000-01-01 00:00:00+00'::timestamp with time zone));

alter table "public"."drops" add constraint "base_note_check" CHECK ((note <> ''::text));

alter table "public"."drops" inherit "public"."base";

alter table "public"."keeps" inherit "public"."base";

