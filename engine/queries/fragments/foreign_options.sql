(select coalesce(json_agg(json_build_object(
        'name', split_part(o, '=', 1),
        'value', substr(o, length(split_part(o, '=', 1)) + 2))), '[]')
 from unnest($1) o)
