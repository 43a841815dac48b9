alter table "public"."tab13" alter column "c15" set data type character varying(40) using "c15"::character varying(40);

comment on index "public"."part16_c15_idx" is null;

comment on index "public"."part17_c15_idx" is 'its own';

