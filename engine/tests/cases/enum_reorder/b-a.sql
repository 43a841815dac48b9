alter type "public"."size" rename to "size__old_version_to_be_dropped";

create type "public"."size" as enum ('small', 'large', 'medium');

alter table "public"."shirt" alter column s type "public"."size" using s::text::"public"."size";

drop type "public"."size__old_version_to_be_dropped";

