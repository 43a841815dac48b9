create type textrange as range (subtype = text, collation = "POSIX");
create function textrange_len(r textrange) returns int language sql as $$ select length(upper(r)) $$;
