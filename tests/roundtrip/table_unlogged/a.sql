create table cache (k text primary key, v text);
create unlogged table log (id bigint, msg text);
