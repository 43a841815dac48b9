set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop text search configuration if exists "ts"."cfg_gone";

drop text search configuration if exists "ts"."on_retemplated";

drop text search dictionary if exists "ts"."dict_gone";

drop text search dictionary if exists "ts"."retemplated";

drop text search template if exists "ts"."tmpl_gone";

drop text search parser if exists "ts"."prs_gone";

create text search parser "ts"."prs_new" (start = pg_catalog.prsd_start, gettoken = pg_catalog.prsd_nexttoken, end = pg_catalog.prsd_end, lextypes = pg_catalog.prsd_lextype);

create text search template "ts"."tmpl_new" (lexize = pg_catalog.dsimple_lexize);

create text search dictionary "ts"."dict_new" (template = pg_catalog.simple, stopwords = 'english');

create text search dictionary "ts"."retemplated" (template = ts.tmpl_new);

alter text search dictionary "ts"."simple_opts" (stopwords, accept = 'false');

alter text search dictionary "ts"."stem" (language = 'english');

create text search configuration "ts"."cfg_new" (parser = ts.prs_new);

alter text search configuration "ts"."cfg_new" add mapping for asciiword with ts.dict_new;

alter text search configuration "ts"."mapped" drop mapping for "int", uint;

alter text search configuration "ts"."mapped" alter mapping for asciiword with ts.stem;

alter text search configuration "ts"."mapped" alter mapping for email with ts.simple_opts, pg_catalog.simple;

alter text search configuration "ts"."mapped" add mapping for url with ts.simple_opts, pg_catalog.simple;

create text search configuration "ts"."on_retemplated" (parser = pg_catalog."default");

alter text search configuration "ts"."on_retemplated" add mapping for asciiword with ts.retemplated;

commit;

drop index concurrently if exists "ts"."docs_fts";

begin;

drop text search configuration if exists "ts"."reparsed";

drop text search dictionary if exists "ts"."on_tmpl";

drop text search template if exists "ts"."tmpl_changes";

drop text search parser if exists "ts"."prs_changes";

create text search parser "ts"."prs_changes" (start = pg_catalog.prsd_start, gettoken = pg_catalog.prsd_nexttoken, end = pg_catalog.prsd_end, lextypes = pg_catalog.prsd_lextype, headline = pg_catalog.prsd_headline);

create text search template "ts"."tmpl_changes" (init = pg_catalog.dsimple_init, lexize = pg_catalog.dsimple_lexize);

create text search dictionary "ts"."on_tmpl" (template = ts.tmpl_changes);

create text search configuration "ts"."reparsed" (parser = ts.prs_changes);

alter text search configuration "ts"."reparsed" add mapping for asciiword with ts.on_tmpl;

commit;

CREATE INDEX CONCURRENTLY docs_fts ON ts.docs USING gin (to_tsvector('ts.reparsed'::regconfig, body));

begin;

comment on text search parser "ts"."prs_keep" is null;

comment on text search dictionary "ts"."stem" is 'stems, differently';

comment on text search configuration "ts"."cfg_new" is 'new';

commit;

