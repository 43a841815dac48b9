create schema s;

create type s.kept;
create function s.kept_in(cstring) returns s.kept language internal immutable strict as 'int4in';
create function s.kept_out(s.kept) returns cstring language internal immutable strict as 'int4out';
create function s.kept_send(s.kept) returns bytea language internal immutable strict as 'int4send';
create type s.kept (input = s.kept_in, output = s.kept_out, send = s.kept_send,
    internallength = 4, passedbyvalue, alignment = int4);
comment on type s.kept is 'kept';
create table s.uses (id integer primary key, k s.kept);

create type s.label;
create function s.label_in(cstring) returns s.label language internal immutable strict as 'textin';
create function s.label_out(s.label) returns cstring language internal immutable strict as 'textout';
create type s.label (input = s.label_in, output = s.label_out, internallength = variable,
    storage = main, category = 'S', collatable = true);
create table s.labels (id integer primary key, l s.label);

create type s.changes;
create function s.changes_in(cstring) returns s.changes language internal immutable strict as 'int4in';
create function s.changes_out(s.changes) returns cstring language internal immutable strict as 'int4out';
create type s.changes (input = s.changes_in, output = s.changes_out, internallength = 4,
    passedbyvalue, alignment = int4, category = 'N', default = '0');
create function s.changes_abs(s.changes) returns s.changes language internal immutable strict as 'int4abs';
create view s.changes_view as select s.changes_abs('1'::s.changes) as c;

create type s.added;
create function s.added_in(cstring, oid, integer) returns s.added language internal immutable strict as 'varcharin';
create function s.added_out(s.added) returns cstring language internal immutable strict as 'varcharout';
create function s.added_typmod_in(cstring[]) returns integer language internal immutable strict as 'varchartypmodin';
create function s.added_typmod_out(integer) returns cstring language internal immutable strict as 'varchartypmodout';
create type s.added (input = s.added_in, output = s.added_out, typmod_in = s.added_typmod_in,
    typmod_out = s.added_typmod_out, internallength = variable, storage = extended,
    category = 'S', preferred = true, collatable = true);
comment on type s.added is 'added';
create table s.added_uses (a s.added(20));

create type s.new_shell;

-- ELEMENT makes a fixed-length array of float8 (as point is): 14 and later give it the
-- raw_array_subscript_handler, which the catalog leaves implied.
create type s.xy;
create function s.xy_in(cstring) returns s.xy language internal immutable strict as 'point_in';
create function s.xy_out(s.xy) returns cstring language internal immutable strict as 'point_out';
create type s.xy (input = s.xy_in, output = s.xy_out, internallength = 16,
    alignment = double, element = float8);
create table s.xys (p s.xy);
