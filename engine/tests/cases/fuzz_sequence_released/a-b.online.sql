set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create table "public"."tab5" (
    "id6" text not null,
    "c7" text[] default '{a,"b c"}'::text[],
    "c8" integer generated always as identity not null,
    "c10" text[]
);


alter sequence "public"."seq4" owned by "public"."tab5"."c7";

CREATE UNIQUE INDEX k25 ON public.tab5 USING btree (id6);

CREATE UNIQUE INDEX k26 ON public.tab5 USING btree (c8);

alter table "public"."tab5" add constraint "k25" PRIMARY KEY using index "k25";

alter table "public"."tab5" add constraint "Order k27" CHECK ((c8 <> ALL (ARRAY['-1'::integer, '-2'::integer]))) not valid;

alter table "public"."tab5" add constraint "k26" UNIQUE using index "k26";

alter table "public"."tab5" add constraint "k28" CHECK ((c10 <> '{}'::text[])) not valid;

comment on sequence "public"."seq4" is 'changed 2';

commit;

begin;

alter table "public"."tab5" validate constraint "Order k27";

alter table "public"."tab5" validate constraint "k28";

commit;

