-- Subscriptions of the current database (pg_subscription is shared, by database): [{name, owner,
-- connection, connection_secrets, publications, slot_name, enabled, synchronous_commit, binary,
-- streaming, two_phase, disable_on_error, origin, password_required, run_as_owner, failover,
-- comment}], each option on the majors that have it. (A subscription's comment is in the
-- database's pg_description, not in pg_shdescription.)
--
-- Not every role may read every column: subconninfo is revoked from PUBLIC on every major, and
-- on 13 oid and subsynccommit are too. Naming a column the role may not read fails the whole
-- query, so those three are read by a query built from the columns the role may read and run
-- through query_to_xml (the one way a plain SELECT runs a query it builds); the others are
-- granted to PUBLIC. What the role may not read is null here: unknown.
--
-- Secrets never leave the server unless asked for: the parameters of the connection string
-- whose name contains pass, secret, token, key or cred (and a URI's password) are cut out here,
-- on the server, and only their names returned, unless the session set migra.with_secrets to on
-- (migra-fetch --with-secrets).
with granted as (
    select string_agg(a.attname, ', ') as columns
    from pg_attribute a
    where a.attrelid = 'pg_catalog.pg_subscription'::regclass
      and a.attname in ('oid', 'subconninfo', 'subsynccommit')
      and has_column_privilege(a.attrelid, a.attnum, 'SELECT')
),
private as (
    select s.subname, x.row
    from pg_subscription s, granted g,
         lateral (select query_to_xml(
             format('select %s from pg_catalog.pg_subscription where subdbid = %s and subname = %L',
                    g.columns, s.subdbid, s.subname), false, true, '') as row) x
    where g.columns is not null
      and s.subdbid = (select oid from pg_database where datname = current_database())
),
-- query_to_xml escapes &, < and > in the text; unescaped last to first.
readable as (
    select p.subname,
           (xpath('/row/oid/text()', p.row))[1]::text::oid as oid,
           (xpath('/row/subsynccommit/text()', p.row))[1]::text as synccommit,
           replace(replace(replace((xpath('/row/subconninfo/text()', p.row))[1]::text,
               '&lt;', '<'), '&gt;', '>'), '&amp;', '&') as conninfo
    from private p
),
-- A secret parameter: `name = value` (a value quoted or not) in a keyword/value string, `name=value`
-- in a URI's query, `:password@` in a URI's authority.
secret_names as (
    select r.subname, array_agg(lower(m[1])) as names
    from readable r,
         regexp_matches(r.conninfo,
                        '(?:^|[\s?&])([a-z_]*(?:pass|secret|token|key|cred)[a-z_]*)\s*=', 'gi') as m
    group by r.subname
),
connections as (
    select r.subname,
           case when current_setting('migra.with_secrets', true) = 'on' then r.conninfo
                else btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(r.conninfo,
                    -- keyword/value: the parameter, its value quoted (with \' and \\) or bare, the spaces after
                    '(^|\s)[a-z_]*(pass|secret|token|key|cred)[a-z_]*\s*=\s*(''([^''\\]|\\.)*''|[^\s'']\S*)\s*', '\1', 'gi'),
                    -- URI query: the parameter and its &
                    '([?&])[a-z_]*(pass|secret|token|key|cred)[a-z_]*=[^&#]*&?', '\1', 'gi'),
                    -- URI authority: user:password@ becomes user@
                    '^(postgres(ql)?://[^/?#@:]*):[^/?#@]*@', '\1@', 'i'),
                    '[?&]$', ''))
           end as connection,
           coalesce(sn.names, '{}')
               || case when r.conninfo ~* '^postgres(ql)?://[^/?#@:]*:[^/?#@]*@' then '{password}'::text[]
                       else '{}' end as secrets
    from readable r
    left join secret_names sn on sn.subname = r.subname
    where r.conninfo is not null
)
select coalesce(json_agg(json_build_object(
    'name', s.subname,
    'owner', pg_get_userbyid(s.subowner),
    'connection', c.connection,
    'connection_secrets', case when current_setting('migra.with_secrets', true) = 'on' then '{}'
                               else coalesce(c.secrets, '{}') end,
    'publications', s.subpublications,
    'slot_name', s.subslotname,
    'enabled', s.subenabled,
    'synchronous_commit', r.synccommit,
    'binary', s.subbinary, -- [pg14+]
    'streaming', case when s.substream then 'on' else 'off' end, -- [pg14-15]
    'streaming', case s.substream when 't' then 'on' when 'p' then 'parallel' else 'off' end, -- [pg16+]
    'two_phase', s.subtwophasestate <> 'd', -- [pg15+]
    'disable_on_error', s.subdisableonerr, -- [pg15+]
    'origin', s.suborigin, -- [pg16+]
    'password_required', s.subpasswordrequired, -- [pg16+]
    'run_as_owner', s.subrunasowner, -- [pg16+]
    'failover', s.subfailover, -- [pg17+]
    'comment', dsc.description
)), '[]')
from pg_subscription s
left join readable r on r.subname = s.subname
left join connections c on c.subname = s.subname
left join pg_description dsc
    on dsc.objoid = r.oid and dsc.classoid = 'pg_subscription'::regclass and dsc.objsubid = 0
where s.subdbid = (select oid from pg_database where datname = current_database())
