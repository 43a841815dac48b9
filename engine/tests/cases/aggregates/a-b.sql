drop aggregate if exists "public"."gone"(integer);

drop aggregate if exists "public"."my_avg"(numeric);

drop aggregate if exists "public"."my_pct"(p double precision ORDER BY v anyelement);

drop aggregate if exists "public"."sum_moving"(double precision);

drop view if exists "public"."v";

drop aggregate if exists "public"."my_sum"(integer);

create aggregate public.added(text) (
    sfunc = array_append,
    stype = text[],
    sspace = 64,
    finalfunc = pg_catalog.array_to_json,
    finalfunc_modify = shareable,
    initcond = '{}'
);

create aggregate public.my_avg(numeric) (
    sfunc = numeric_avg_accum,
    stype = internal,
    finalfunc = numeric_avg,
    combinefunc = numeric_avg_combine,
    serialfunc = numeric_avg_serialize,
    deserialfunc = numeric_avg_deserialize,
    parallel = restricted
);

create aggregate public.my_pct(p double precision ORDER BY v anyelement) (
    sfunc = ordered_set_transition,
    stype = internal,
    finalfunc = percentile_disc_final,
    finalfunc_extra,
    parallel = safe
);

revoke execute on function "public"."my_pct"(double precision, anyelement) from PUBLIC;

create aggregate public.my_sum(integer) (
    sfunc = int_add,
    stype = integer,
    initcond = '10'
);

create aggregate public.sum_moving(double precision) (
    sfunc = float8pl,
    stype = double precision,
    initcond = '0',
    msfunc = float8pl,
    minvfunc = float8mi,
    mstype = double precision,
    msspace = 16,
    minitcond = '0'
);

create or replace view "public"."v" as  SELECT my_sum(t.a) AS s
   FROM t;


comment on aggregate "public"."my_count"(*) is 'counts rows';

comment on aggregate "public"."my_rank"(VARIADIC "any" ORDER BY VARIADIC "any") is 'a rank';

