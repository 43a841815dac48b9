create trusted language pl_keep handler plpgsql_call_handler;
create trusted language pl_changes handler plpgsql_call_handler inline plpgsql_inline_handler
    validator plpgsql_validator;
create language pl_new handler plpgsql_call_handler validator plpgsql_validator;
create function in_new() returns integer language pl_new as 'begin return 2; end';
comment on language pl_new is 'new';
create schema cv;
create conversion cv.keep for 'LATIN1' to 'UTF8' from iso8859_1_to_utf8;
create default conversion cv.changes for 'UTF8' to 'LATIN1' from utf8_to_iso8859_1;
create conversion cv.added for 'UTF8' to 'LATIN2' from utf8_to_iso8859;
comment on conversion cv.added is 'added';
