create table doc (id int, owner text);
alter table doc enable row level security;
alter table doc force row level security;
create table secret (id int);
create table half (id int);
alter table half enable row level security;
alter table half force row level security;
