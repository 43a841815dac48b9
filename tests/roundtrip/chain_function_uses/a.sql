create function score(x int) returns int language sql immutable as $$ select x * 10 $$;
create table item (
    id int primary key,
    points int default score(1),
    constraint item_points_check check (score(points) >= 0)
);
alter table item enable row level security;
create policy item_visible on item using (score(id) > 0);
create index item_score on item (score(id));
create view item_scores as select id, score(points) as s from item;
