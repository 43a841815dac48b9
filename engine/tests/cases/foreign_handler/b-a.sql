alter foreign data wrapper "w" no handler no validator;

alter server "s" options (drop "host", drop "dbname");

drop server if exists "other";

