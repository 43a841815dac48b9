drop aggregate if exists "public"."added"(text);

drop aggregate if exists "public"."my_avg"(numeric);

drop aggregate if exists "public"."my_pct"(p double precision ORDER BY v anyelement);

drop aggregate if exists "public"."sum_moving"(double precision);

drop view if exists "public"."v";

drop aggregate if exists "public"."my_sum"(integer);

create aggregate public.gone(integer) (
    sfunc = int_add,
    stype = integer
);

create aggregate public.my_avg(numeric) (
    sfunc = numeric_avg_accum,
    stype = internal,
    finalfunc = numeric_avg,
    combinefunc = numeric_avg_combine,
    serialfunc = numeric_avg_serialize,
    deserialfunc = numeric_avg_deserialize,
    parallel = safe
);

create aggregate public.my_pct(p double precision ORDER BY v anyelement) (
    sfunc = ordered_set_transition,
    stype = internal,
    finalfunc = percentile_disc_final,
    finalfunc_extra
);

create aggregate public.my_sum(integer) (
    sfunc = int_add,
    stype = integer,
    initcond = '0'
);

create aggregate public.sum_moving(double precision) (
    sfunc = float8pl,
    stype = double precision,
    msfunc = float8pl,
    minvfunc = float8mi,
    mstype = double precision
);

create or replace view "public"."v" as  SELECT my_sum(t.a) AS s
   FROM t;


comment on aggregate "public"."my_count"(*) is 'counts';

comment on aggregate "public"."my_rank"(VARIADIC "any" ORDER BY VARIADIC "any") is null;

