-- Text search objects (superuser: parsers and templates). Parsers and templates: one kept, one
-- changed (recreated, with the dictionary and configuration on it and the index on that), one
-- removed, one added. Dictionaries: options reordered, removed and changed in place, a template
-- changed (recreated, with the configuration mapping to it). Configurations: mappings added,
-- altered and dropped in place, a parser changed, one removed, one added; comments.
create schema ts;
create text search parser ts.prs_keep (start = prsd_start, gettoken = prsd_nexttoken, end = prsd_end,
    lextypes = prsd_lextype, headline = prsd_headline);
create text search parser ts.prs_changes (start = prsd_start, gettoken = prsd_nexttoken,
    end = prsd_end, lextypes = prsd_lextype);
create text search parser ts.prs_gone (start = prsd_start, gettoken = prsd_nexttoken, end = prsd_end,
    lextypes = prsd_lextype);
create text search template ts.tmpl_changes (lexize = dsimple_lexize);
create text search template ts.tmpl_gone (init = dsimple_init, lexize = dsimple_lexize);
create text search dictionary ts.on_tmpl (template = ts.tmpl_changes);
create text search dictionary ts.stem (template = snowball, language = english, stopwords = english);
create text search dictionary ts.simple_opts (template = simple, stopwords = english, accept = true);
create text search dictionary ts.retemplated (template = simple);
create text search dictionary ts.dict_gone (template = ts.tmpl_gone);
create text search configuration ts.mapped (parser = ts.prs_keep);
alter text search configuration ts.mapped add mapping for asciiword, word with ts.stem, ts.simple_opts;
alter text search configuration ts.mapped add mapping for email with simple;
alter text search configuration ts.mapped add mapping for int, uint with simple;
create text search configuration ts.reparsed (parser = ts.prs_changes);
alter text search configuration ts.reparsed add mapping for asciiword with ts.on_tmpl;
create text search configuration ts.on_retemplated (parser = "default");
alter text search configuration ts.on_retemplated add mapping for asciiword with ts.retemplated;
create text search configuration ts.cfg_gone (copy = english);
alter text search configuration ts.cfg_gone alter mapping for int with ts.dict_gone;
comment on text search dictionary ts.stem is 'stems';
comment on text search parser ts.prs_keep is 'the default, again';
create table ts.docs (id int, body text);
create index docs_fts on ts.docs using gin (to_tsvector('ts.reparsed'::regconfig, body));
