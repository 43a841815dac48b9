create table parent (id int primary key, code text unique);
create table child (
    id int primary key,
    parent_id int references parent (id),
    code text,
    qty int constraint qty_positive check (qty > 0),
    other int
);
create table other (id int primary key, ref int);
