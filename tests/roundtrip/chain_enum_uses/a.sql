create type color as enum ('red', 'green', 'blue', 'purple');
create domain primary_color as color check (value <> 'purple');
create table paint (id int, c color default 'red', p primary_color);
create function is_warm(c color) returns boolean language sql immutable as $$ select c = 'red' $$;
create function favourite() returns color language sql as $$ select 'blue'::color $$;
create view warm_paint as select id from paint where is_warm(c);
