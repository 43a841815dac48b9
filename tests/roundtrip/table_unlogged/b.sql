create unlogged table cache (k text primary key, v text);
create table log (id bigint, msg text);
create unlogged table scratch (x int);
