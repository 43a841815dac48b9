-- Comments on what has no COMMENT of its own in migra: domain constraints and composite type
-- attributes; and comments that must come back when their object is dropped and created again.
create schema s;
create domain s.positive as int constraint positive_check check (value > 0);
comment on constraint positive_check on domain s.positive is 'must be positive';
create domain s.code as text constraint code_length check (length(value) = 3);
comment on constraint code_length on domain s.code is 'three letters';
create type s.pair as (left_side int, right_side int);
comment on column s.pair.left_side is 'the left one';
create table s.t (id int, amount int);
alter table s.t add constraint t_amount_check check (amount > 0);
comment on constraint t_amount_check on s.t is 'amount is positive';
create index t_id on s.t (id);
comment on index s.t_id is 'by id';
