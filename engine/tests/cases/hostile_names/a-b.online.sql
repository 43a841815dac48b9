set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

create schema if not exists "new ""schema""; drop schema x; --";

alter extension "citext" set schema "ünï código ✓";

create collation if not exists "new ""schema""; drop schema x; --"."Coll ""ation"" 2" (provider = 'libc', lc_collate = 'C', lc_ctype = 'C');

alter domain "select"."Dom.""ain" drop constraint "chk ""one""; --";

alter domain "select"."Dom.""ain" set default 'x;y;z'::text;

alter domain "select"."Dom.""ain" add constraint "chk ""one""; --" CHECK ((VALUE <> 'drop table y;'::text));

alter domain "select"."Dom.""ain" add constraint "chk ""two""" CHECK ((VALUE <> '$$'::text));

create sequence "new ""schema""; drop schema x; --"."a sequence of 63 bytes ""seq""; $$ drop sequence x; -- ü ......." start with 7;

drop event trigger if exists "evt ""e""; --";

drop trigger if exists "trg; drop --" on "Sch.""ema $1"."Tab ""le";

drop policy "pol ""p""; --" on "Sch.""ema $1"."Tab ""le";

alter table "Sch.""ema $1"."Tab ""le" drop constraint "uniq ""u"" $";

alter table "Sch.""ema $1"."Tab ""le" drop constraint "chk; drop table x; --";

alter table "ünï código ✓"."Sixty-three bytes: ""quoted"" . dotted $dollar ü€ and more!!!!" drop constraint "a constraint of 63 bytes; drop table ""x""; -- ünï $fn$ .......";

alter table "ünï código ✓"."Sixty-three bytes: ""quoted"" . dotted $dollar ü€ and more!!!!" drop constraint "a foreign key of 63 bytes ""fk""; drop table x; -- ü ...........";

drop type "Sch.""ema $1"."rng $";

create type "Sch.""ema $1"."rng $" as range (subtype = bigint);

drop materialized view if exists "Sch.""ema $1"."mat.view";

commit;

drop index concurrently if exists "Sch.""ema $1"."uniq ""u"" $";

drop index concurrently if exists "Sch.""ema $1"."an index of 63 bytes; drop index ""x""; -- /* ünïcode */ $$ ...";

drop index concurrently if exists "Sch.""ema $1"."ix ""1"" $ .";

begin;

drop table "select"."part; --";

alter table "Sch.""ema $1"."Tab ""le" alter column "left" drop default;

alter table "Sch.""ema $1"."Tab ""le" alter column "select" drop default;

alter type "Sch.""ema $1"."mo""od" rename to "mo""od__old_version_to_be_dropped";

create type "Sch.""ema $1"."mo""od" as enum ('a', 'c');

alter type "select"."an enum of 63 bytes ""odd""; $$ ünï ..........................." rename to "an enum of 63 bytes ""odd""; _ad254bb4__old_version_to_be_dropped";

create type "select"."an enum of 63 bytes ""odd""; $$ ünï ..........................." as enum ('two', 'one');

alter type "select"."from" rename to "from__old_version_to_be_dropped";

create type "select"."from" as enum ('new ''label''; --', 'it''s', 'drop table "x"; --', '$$', E'a\\b', 'ünï', ' spaced ', 'a label of 63 bytes: it''s "quoted"; drop type x; -- ü $$ .....');

alter type "ünï código ✓"."€€€€€€€€€€€€€€€€€€€€€" rename to "€€€€€€€€€_8f06e0f8__old_version_to_be_dropped";

create type "ünï código ✓"."€€€€€€€€€€€€€€€€€€€€€" as enum ('z', 'y', 'x');

alter type "select"."Comp ""type""" rename to "Comp ""type""__old_version_to_be_dropped";

create type "select"."Comp ""type""" as ("Attr ""1""" bigint, "select" text, "left" numeric(5,1), "new ""attr""" text);

create table "select"."part $$" partition of "select"."part ""p""" FOR VALUES IN ('$fn$', '*/');


alter table "Sch.""ema $1"."Tab ""le" alter column "--c" type "select"."Comp ""type""" using case when "--c"::text is null then null else row(("--c")."Attr ""1"""::bigint, ("--c")."select"::text, ("--c")."left"::numeric(5,1), null::text)::"select"."Comp ""type""" end;

alter table "Sch.""ema $1"."Tab ""le" alter column "left" type "Sch.""ema $1"."mo""od" using "left"::text::"Sch.""ema $1"."mo""od";

alter table "Sch.""ema $1"."Tab ""le" alter column "select" type "select"."from" using "select"::text::"select"."from";

alter table "ünï código ✓"."Sixty-three bytes: ""quoted"" . dotted $dollar ü€ and more!!!!" alter column "is" type "ünï código ✓"."€€€€€€€€€€€€€€€€€€€€€" using "is"::text::"ünï código ✓"."€€€€€€€€€€€€€€€€€€€€€";

alter table "ünï código ✓"."Sixty-three bytes: ""quoted"" . dotted $dollar ü€ and more!!!!" alter column "join" type "select"."an enum of 63 bytes ""odd""; $$ ünï ..........................." using "join"::text::"select"."an enum of 63 bytes ""odd""; $$ ünï ...........................";

alter table "Sch.""ema $1"."Tab ""le" alter column "left" set default 'c'::"Sch.""ema $1"."mo""od";

alter table "Sch.""ema $1"."Tab ""le" alter column "select" set default 'new ''label''; --'::"select"."from";

drop type "Sch.""ema $1"."mo""od__old_version_to_be_dropped";

drop type "select"."an enum of 63 bytes ""odd""; _ad254bb4__old_version_to_be_dropped";

drop type "select"."from__old_version_to_be_dropped";

drop type "ünï código ✓"."€€€€€€€€€_8f06e0f8__old_version_to_be_dropped";

drop type "select"."Comp ""type""__old_version_to_be_dropped";

alter table "Sch.""ema $1"."Tab ""le" drop column "/*d*/";

alter table "Sch.""ema $1"."Tab ""le" add column "new; col" text default 'drop column "new; col"'::text;

alter table "Sch.""ema $1"."Tab ""le" alter column "$x" set data type "ünï código ✓".citext using "$x"::"ünï código ✓".citext;

alter table "Sch.""ema $1"."Tab ""le" alter column "Col.""1""" set default '$fn$ drop table "Tab ""le"; $fn$'::text;

alter table "Sch.""ema $1"."Tab ""le" alter column "Col.""1""" drop not null;

alter table "Sch.""ema $1"."Tab ""le" alter column "int" set data type bigint using "int"::bigint;

alter table "ünï código ✓"."Sixty-three bytes: ""quoted"" . dotted $dollar ü€ and more!!!!" alter column "a column of 63 bytes, ""quoted"", dotted. $dollar; -- ünïcode!!" drop not null;

alter sequence "Sch.""ema $1"."owned.seq" owned by "Sch.""ema $1"."Tab ""le"."id";

alter sequence "select"."seq ""1"".$" increment by 5;

commit;

CREATE UNIQUE INDEX CONCURRENTLY "uniq ""u"" 2" ON "Sch.""ema $1"."Tab ""le" USING btree ("int", "select");

CREATE INDEX CONCURRENTLY "new ix; --" ON "select".victim USING btree (id) WHERE (id <> 0);

CREATE UNIQUE INDEX CONCURRENTLY "an index of 63 bytes; drop index ""x""; -- /* ünïcode */ $$ ..." ON "Sch.""ema $1"."Tab ""le" USING btree ("int") WHERE ("select" <> '$$'::"select"."from");

CREATE INDEX CONCURRENTLY "ix ""1"" $ ." ON "Sch.""ema $1"."Tab ""le" USING btree (lower("Col.""1""")) WHERE ("Col.""1""" <> 'drop index'::text);

begin;

alter table "Sch.""ema $1"."Tab ""le" add constraint "uniq ""u"" 2" UNIQUE using index "uniq ""u"" 2";

alter table "Sch.""ema $1"."Tab ""le" add constraint "chk; drop table x; --" CHECK (("Col.""1""" <> 'x'';drop table z;--'::text)) not valid;

alter table "ünï código ✓"."Sixty-three bytes: ""quoted"" . dotted $dollar ü€ and more!!!!" add constraint "a constraint of 63 bytes; drop table ""x""; -- ünï $fn$ ......." CHECK ((ref > 0)) NOT VALID;

alter table "ünï código ✓"."Sixty-three bytes: ""quoted"" . dotted $dollar ü€ and more!!!!" add constraint "a foreign key of 63 bytes ""fk""; drop table x; -- ü ..........." FOREIGN KEY (ref) REFERENCES "Sch.""ema $1"."Tab ""le"(id) ON DELETE SET NULL not valid;

create materialized view "Sch.""ema $1"."mat.view" as  SELECT "Tab ""le".id,
    "Tab ""le"."select",
    "Tab ""le"."left"
   FROM "Sch.""ema $1"."Tab ""le" with no data;


create or replace view "select"."view ""v""; --" as  SELECT "Tab ""le".id,
    "Tab ""le"."Col.""1""" AS "out ""put""",
    'a;b'::text AS "$lit",
    '$$'::text AS dollar,
    '$fn$'::text AS "$fn$"
   FROM "Sch.""ema $1"."Tab ""le"
  WHERE ("Tab ""le"."Col.""1""" <> 'drop table x'::text);


create policy "pol 2 $$"
on "Sch.""ema $1"."Tab ""le"
as permissive
for insert
to public
with check (("left" <> 'a'::"Sch.""ema $1"."mo""od"));


create policy "pol ""p""; --"
on "Sch.""ema $1"."Tab ""le"
as permissive
for select
to postgres
using (("Col.""1""" <> 'drop policy x;'::text));


CREATE TRIGGER "trg 2 ""$$""" AFTER INSERT ON "Sch.""ema $1"."Tab ""le" FOR EACH ROW EXECUTE FUNCTION "select"."trg ""fn"""();

CREATE TRIGGER "trg; drop --" BEFORE UPDATE ON "Sch.""ema $1"."Tab ""le" FOR EACH ROW WHEN ((old."Col.""1""" IS DISTINCT FROM 'drop table'::text)) EXECUTE FUNCTION "select"."trg ""fn"""('a''b', 'drop table x;', '$$');

create event trigger "evt ""e""; --" on ddl_command_end when tag in ('CREATE TABLE', 'DROP TABLE') execute function "select"."evt fn"();

drop collation if exists "select"."Coll ""ation""";

commit;

begin;

alter table "Sch.""ema $1"."Tab ""le" validate constraint "chk; drop table x; --";

alter table "ünï código ✓"."Sixty-three bytes: ""quoted"" . dotted $dollar ü€ and more!!!!" validate constraint "a foreign key of 63 bytes ""fk""; drop table x; -- ü ...........";

commit;

-- warning: online: statement 41 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "Sch.""ema $1"."Tab ""le" alter column "--c" type "select"."Comp ""type""" using case when "--c"::text is null then null else row(("--c")."Attr ""1"""::bigint, ("--c")."select"::text, ("--c")."left"::numeric(5,1), null::text)::"select"."Comp ""type""" end;
-- warning: online: statement 42 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "Sch.""ema $1"."Tab ""le" alter column "left" type "Sch.""ema $1"."mo""od" using "left"::text::"Sch.""ema $1"."mo""od";
-- warning: online: statement 43 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "Sch.""ema $1"."Tab ""le" alter column "select" type "select"."from" using "select"::text::"select"."from";
-- warning: online: statement 44 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "ünï código ✓"."Sixty-three bytes: ""quoted"" . dotted $dollar ü€ and more!!!!" alter column "is" type "ünï código ✓"."€€€€€€€€€€€€€€€€€€€€€" using "is"::text::"ünï código ✓"."€€€€€€€€€€€€€€€€€€€€€";
-- warning: online: statement 45 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "ünï código ✓"."Sixty-three bytes: ""quoted"" . dotted $dollar ü€ and more!!!!" alter column "join" type "select"."an enum of 63 bytes ""odd""; $$ ünï ..........................." using "join"::text::"select"."an enum of 63 bytes ""odd""; $$ ünï ...........................";
-- warning: online: statement 55 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "Sch.""ema $1"."Tab ""le" alter column "$x" set data type "ünï código ✓".citext using "$x"::"ünï código ✓".citext;
-- warning: online: statement 58 rewrites a table under an ACCESS EXCLUSIVE lock, which blocks its reads and writes until the transaction ends: alter table "Sch.""ema $1"."Tab ""le" alter column "int" set data type bigint using "int"::bigint;
