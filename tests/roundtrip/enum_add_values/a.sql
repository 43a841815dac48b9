create type mood as enum ('sad', 'happy');
create table person (name text, current_mood mood default 'sad');
create view happy_people as select name from person where current_mood = 'happy';
