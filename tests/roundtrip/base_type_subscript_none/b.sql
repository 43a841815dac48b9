-- A type with ELEMENT whose subscripting handler is set to NONE (14+), which CREATE TYPE
-- cannot say: read as `-`, created then altered, and set both ways.
create schema s;

create type s.xy;
create function s.xy_in(cstring) returns s.xy language internal immutable strict as 'point_in';
create function s.xy_out(s.xy) returns cstring language internal immutable strict as 'point_out';
create type s.xy (input = s.xy_in, output = s.xy_out, internallength = 16,
    alignment = double, element = float8);

create type s.zw;
create function s.zw_in(cstring) returns s.zw language internal immutable strict as 'point_in';
create function s.zw_out(s.zw) returns cstring language internal immutable strict as 'point_out';
create type s.zw (input = s.zw_in, output = s.zw_out, internallength = 16,
    alignment = double, element = float8);
alter type s.zw set (subscript = none);

create type s.nw;
create function s.nw_in(cstring) returns s.nw language internal immutable strict as 'point_in';
create function s.nw_out(s.nw) returns cstring language internal immutable strict as 'point_out';
create type s.nw (input = s.nw_in, output = s.nw_out, internallength = 16,
    alignment = double, element = float8);
alter type s.nw set (subscript = none);
