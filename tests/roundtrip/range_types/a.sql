create type floatrange as range (subtype = float8, subtype_diff = float8mi);
create type dropped_range as range (subtype = int4);
create table measurement (id int, r floatrange);
