alter type "public"."ty2" rename to "ty2__old_version_to_be_dropped";

create type "public"."ty2" as enum ('l1', 'l2', 'l3');

drop type "public"."ty2__old_version_to_be_dropped";

comment on type "public"."ty2" is 'about 2: it''s "quoted"';

