-- Procedural languages (superuser) on plpgsql's handlers: one kept, one changed in place (trust,
-- inline handler, validator), one removed with the function written in it, one added with
-- one. Conversions: one kept, one changed (dropped and created again), one removed, one added.
create trusted language pl_keep handler plpgsql_call_handler;
create language pl_changes handler plpgsql_call_handler;
create trusted language pl_gone handler plpgsql_call_handler inline plpgsql_inline_handler
    validator plpgsql_validator;
create function in_gone() returns integer language pl_gone as 'begin return 1; end';
comment on language pl_keep is 'kept';
create schema cv;
create conversion cv.keep for 'LATIN1' to 'UTF8' from iso8859_1_to_utf8;
create conversion cv.changes for 'UTF8' to 'LATIN1' from utf8_to_iso8859_1;
create conversion cv.gone for 'LATIN2' to 'UTF8' from iso8859_to_utf8;
