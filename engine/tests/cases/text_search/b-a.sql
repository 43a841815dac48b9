drop text search configuration if exists "ts"."cfg_new";

drop text search configuration if exists "ts"."on_retemplated";

drop text search dictionary if exists "ts"."dict_new";

drop text search dictionary if exists "ts"."retemplated";

drop text search template if exists "ts"."tmpl_new";

drop text search parser if exists "ts"."prs_new";

create text search parser "ts"."prs_gone" (start = pg_catalog.prsd_start, gettoken = pg_catalog.prsd_nexttoken, end = pg_catalog.prsd_end, lextypes = pg_catalog.prsd_lextype);

create text search template "ts"."tmpl_gone" (init = pg_catalog.dsimple_init, lexize = pg_catalog.dsimple_lexize);

create text search dictionary "ts"."dict_gone" (template = ts.tmpl_gone);

create text search dictionary "ts"."retemplated" (template = pg_catalog.simple);

alter text search dictionary "ts"."simple_opts" (stopwords = 'english', accept = 'true');

alter text search dictionary "ts"."stem" (stopwords = 'english');

create text search configuration "ts"."cfg_gone" (parser = pg_catalog."default");

alter text search configuration "ts"."cfg_gone" add mapping for asciiword, word, hword_part, hword_asciipart, asciihword, hword with pg_catalog.english_stem;

alter text search configuration "ts"."cfg_gone" add mapping for numword, email, url, host, sfloat, version, hword_numpart, numhword, url_path, file, "float", uint with pg_catalog.simple;

alter text search configuration "ts"."cfg_gone" add mapping for "int" with ts.dict_gone;

alter text search configuration "ts"."mapped" drop mapping for url;

alter text search configuration "ts"."mapped" alter mapping for asciiword with ts.stem, ts.simple_opts;

alter text search configuration "ts"."mapped" alter mapping for email with pg_catalog.simple;

alter text search configuration "ts"."mapped" add mapping for "int", uint with pg_catalog.simple;

create text search configuration "ts"."on_retemplated" (parser = pg_catalog."default");

alter text search configuration "ts"."on_retemplated" add mapping for asciiword with ts.retemplated;

drop index if exists "ts"."docs_fts";

drop text search configuration if exists "ts"."reparsed";

drop text search dictionary if exists "ts"."on_tmpl";

drop text search template if exists "ts"."tmpl_changes";

drop text search parser if exists "ts"."prs_changes";

create text search parser "ts"."prs_changes" (start = pg_catalog.prsd_start, gettoken = pg_catalog.prsd_nexttoken, end = pg_catalog.prsd_end, lextypes = pg_catalog.prsd_lextype);

create text search template "ts"."tmpl_changes" (lexize = pg_catalog.dsimple_lexize);

create text search dictionary "ts"."on_tmpl" (template = ts.tmpl_changes);

create text search configuration "ts"."reparsed" (parser = ts.prs_changes);

alter text search configuration "ts"."reparsed" add mapping for asciiword with ts.on_tmpl;

CREATE INDEX docs_fts ON ts.docs USING gin (to_tsvector('ts.reparsed'::regconfig, body));

comment on text search parser "ts"."prs_keep" is 'the default, again';

comment on text search dictionary "ts"."stem" is 'stems';

