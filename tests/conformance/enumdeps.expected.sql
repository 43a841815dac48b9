alter type "public"."e" add value 'd';

create table "public"."created_with_e" (
    "id" integer,
    "category" e
);



