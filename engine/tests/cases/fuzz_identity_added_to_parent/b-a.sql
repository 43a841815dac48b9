alter table "public"."tab4" drop column "c25";

