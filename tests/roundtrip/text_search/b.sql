create schema ts;
create text search parser ts.prs_keep (start = prsd_start, gettoken = prsd_nexttoken, end = prsd_end,
    lextypes = prsd_lextype, headline = prsd_headline);
create text search parser ts.prs_changes (start = prsd_start, gettoken = prsd_nexttoken,
    end = prsd_end, lextypes = prsd_lextype, headline = prsd_headline);
create text search parser ts.prs_new (start = prsd_start, gettoken = prsd_nexttoken, end = prsd_end,
    lextypes = prsd_lextype);
create text search template ts.tmpl_changes (init = dsimple_init, lexize = dsimple_lexize);
create text search template ts.tmpl_new (lexize = dsimple_lexize);
create text search dictionary ts.on_tmpl (template = ts.tmpl_changes);
create text search dictionary ts.stem (template = snowball, stopwords = english, language = english);
create text search dictionary ts.simple_opts (template = simple, accept = false);
create text search dictionary ts.retemplated (template = ts.tmpl_new);
create text search dictionary ts.dict_new (template = simple, stopwords = english);
create text search configuration ts.mapped (parser = ts.prs_keep);
alter text search configuration ts.mapped add mapping for asciiword with ts.stem;
alter text search configuration ts.mapped add mapping for word with ts.stem, ts.simple_opts;
alter text search configuration ts.mapped add mapping for email, url with ts.simple_opts, simple;
create text search configuration ts.reparsed (parser = ts.prs_changes);
alter text search configuration ts.reparsed add mapping for asciiword with ts.on_tmpl;
create text search configuration ts.on_retemplated (parser = "default");
alter text search configuration ts.on_retemplated add mapping for asciiword with ts.retemplated;
create text search configuration ts.cfg_new (parser = ts.prs_new);
alter text search configuration ts.cfg_new add mapping for asciiword with ts.dict_new;
comment on text search dictionary ts.stem is 'stems, differently';
comment on text search configuration ts.cfg_new is 'new';
create table ts.docs (id int, body text);
create index docs_fts on ts.docs using gin (to_tsvector('ts.reparsed'::regconfig, body));
