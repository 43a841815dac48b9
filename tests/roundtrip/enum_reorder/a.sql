create type size as enum ('small', 'large', 'medium');
create table shirt (id int, s size);
