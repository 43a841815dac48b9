create table parent (id int primary key, code text unique);
create table child (
    id int primary key,
    parent_id int references parent (id) on delete cascade,
    code text references parent (code) on update cascade deferrable initially deferred,
    qty int constraint qty_positive check (qty >= 0),
    other int constraint other_small check (other < 10) no inherit
);
create table other (id int primary key, ref int);
alter table other add constraint other_ref_fkey foreign key (ref) references parent (id) not valid;
alter table other add constraint other_ref_check check (ref > 0) not valid;
