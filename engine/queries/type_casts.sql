-- The casts into the types the tables' columns use: [{type, category, from}], one per type, with an
-- array column's element type in place of the array and a domain's base type (at any depth) in
-- place of the domain, which is what PostgreSQL casts. `from` lists the types with a `pg_cast`
-- row into the type, but for the type itself (length coercions) and the string types, from which
-- every type reads by its input function anyway; it is empty for a string type, which every type
-- casts to by its output function. What a column's type change needs to know
-- (engine/src/core/type_change.rs): whether to cast directly, through text, or not at all.
with recursive used(oid) as (
    select a.atttypid
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p', 'f') and a.attnum > 0 and not a.attisdropped
      and {{user_schema n.nspname}}
    union
    select case when t.typtype = 'd' then t.typbasetype else t.typelem end
    from used u join pg_type t on t.oid = u.oid
    where t.typtype = 'd' or (t.typcategory = 'A' and t.typelem <> 0)
)
select coalesce(json_agg(json_build_object(
    'type', format_type(t.oid, null),
    'category', t.typcategory,
    'from', (select coalesce(json_agg(format_type(k.castsource, null)), '[]')
             from pg_cast k join pg_type s on s.oid = k.castsource
             where k.casttarget = t.oid and k.castsource <> t.oid and s.typcategory <> 'S'
               and t.typcategory <> 'S')
)), '[]')
from used u
join pg_type t on t.oid = u.oid
where t.typtype <> 'd' and not (t.typcategory = 'A' and t.typelem <> 0)
