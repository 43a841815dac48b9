-- Collations: [{schema, name, owner, provider, lc_collate, lc_ctype, locale, icu_rules, deterministic,
-- comment}]. Where the ICU locale is kept differs by major: collcollate (13-14), colliculocale
-- (15-16), colllocale (17+).
select coalesce(json_agg(json_build_object(
    'schema', n.nspname,
    'name', c.collname,
    'owner', pg_get_userbyid(c.collowner),
    'provider', case c.collprovider when 'c' then 'libc' when 'i' then 'icu' when 'b' then 'builtin' else 'default' end,
    'lc_collate', case when c.collprovider = 'c' then c.collcollate::text end,
    'lc_ctype', case when c.collprovider = 'c' then c.collctype::text end,
    'locale', case when c.collprovider <> 'c' then c.collcollate::text end, -- [pg<15]
    'locale', case when c.collprovider <> 'c' then c.colliculocale end, -- [pg15-16]
    'locale', case when c.collprovider <> 'c' then c.colllocale end, -- [pg17+]
    'icu_rules', c.collicurules, -- [pg16+]
    'deterministic', c.collisdeterministic,
    'comment', dsc.description
)), '[]')
from pg_collation c
join pg_namespace n on n.oid = c.collnamespace
left join pg_description dsc on dsc.objoid = c.oid and dsc.classoid = 'pg_collation'::regclass and dsc.objsubid = 0
where {{user_schema n.nspname}}
  and not exists (
      select from pg_depend d
      where d.classid = 'pg_collation'::regclass and d.objid = c.oid and d.deptype = 'e')
