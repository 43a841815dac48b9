create extension hstore;
create schema ext;
create extension citext with schema public;
