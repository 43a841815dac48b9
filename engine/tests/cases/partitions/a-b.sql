create table "public"."measurement_default" partition of "public"."measurement" DEFAULT;


create table "public"."region_us" partition of "public"."region" FOR VALUES IN ('us');


alter table "public"."measurement" attach partition "public"."measurement_2022" FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');

alter table "public"."measurement" detach partition "public"."measurement_old";

alter table "public"."region" detach partition "public"."region_eu";

alter table "public"."region" attach partition "public"."region_eu" FOR VALUES IN ('eu', 'uk');

