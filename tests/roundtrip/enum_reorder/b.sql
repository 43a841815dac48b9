create type size as enum ('small', 'medium', 'large');
create table shirt (id int, s size);
