create schema s;
create domain s.positive as int constraint positive_check check (value > 0);
comment on constraint positive_check on domain s.positive is 'must be positive, changed';
-- The check changes: dropped and added again, with its comment.
create domain s.code as text constraint code_length check (length(value) = 4);
comment on constraint code_length on domain s.code is 'three letters';
create type s.pair as (left_side int, right_side int);
comment on column s.pair.right_side is 'the right one';
create table s.t (id int, amount int);
-- Changed constraint and index: dropped and created again, with their comments.
alter table s.t add constraint t_amount_check check (amount >= 0);
comment on constraint t_amount_check on s.t is 'amount is positive';
create index t_id on s.t (id, amount);
comment on index s.t_id is 'by id';
