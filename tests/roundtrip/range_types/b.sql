create type floatrange as range (subtype = float8, subtype_diff = float8mi);
create type timerange as range (subtype = time);
create table measurement (id int, r floatrange, t timerange);
