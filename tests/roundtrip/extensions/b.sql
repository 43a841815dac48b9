create schema ext;
create extension citext with schema ext;
create extension pg_trgm;
create table t (name ext.citext);
create index t_name_trgm on t using gin ((name::text) gin_trgm_ops);
