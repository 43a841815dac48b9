set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create table "a b s1"."a b tab18" (
    "id19" integer not null,
    "x-y c20" integer,
    "c21" bigint,
    "c22" boolean
);


CREATE UNIQUE INDEX pk23 ON "a b s1"."a b tab18" USING btree (id19);

CREATE UNIQUE INDEX uq24 ON "a b s1"."a b tab18" USING btree ("x-y c20");

alter table "a b s1"."a b tab18" add constraint "pk23" PRIMARY KEY using index "pk23";

alter table "a b s1"."a b tab18" add constraint "uq24" UNIQUE using index "uq24";

alter table "a b s1"."a b tab18" add constraint "x-y fk29" FOREIGN KEY (id19) REFERENCES "a b s1"."a b tab18"("x-y c20") not valid;

comment on column "a b s1"."a b tab18"."c21" is 'a column''s comment';

commit;

begin;

alter table "a b s1"."a b tab18" validate constraint "x-y fk29";

commit;

