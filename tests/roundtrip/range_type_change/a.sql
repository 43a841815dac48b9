create type textrange as range (subtype = text, collation = "C");
create function textrange_len(r textrange) returns int language sql as $$ select length(upper(r)) $$;
