-- Aggregates of every form: plain, over no arguments, parallel with serialization, with a sort
-- operator, moving, ordered-set and hypothetical; one dropped, one used by a view.
create function int_add(state int, x int) returns int language sql immutable as 'select state + x';
create aggregate my_sum(int) (sfunc = int_add, stype = int, initcond = '0');
create aggregate gone(int) (sfunc = int_add, stype = int);
create aggregate my_count(*) (sfunc = int8inc, stype = int8, initcond = '0');
comment on aggregate my_count(*) is 'counts';
create aggregate my_avg(numeric) (
    stype = internal, sfunc = numeric_avg_accum, finalfunc = numeric_avg,
    serialfunc = numeric_avg_serialize, deserialfunc = numeric_avg_deserialize,
    combinefunc = numeric_avg_combine, parallel = safe
);
create aggregate my_max(int4) (sfunc = int4larger, stype = int4, sortop = >);
create aggregate sum_moving(float8) (
    stype = float8, sfunc = float8pl, mstype = float8, msfunc = float8pl, minvfunc = float8mi
);
create aggregate my_pct(p float8 order by v anyelement) (
    sfunc = ordered_set_transition, stype = internal, finalfunc = percentile_disc_final,
    finalfunc_extra
);
create aggregate my_rank(variadic "any" order by variadic "any") (
    sfunc = ordered_set_transition_multi, stype = internal, finalfunc = rank_final,
    finalfunc_extra, hypothetical
);
create table t (a int);
create view v as select my_sum(a) as s from t;
