-- NO INHERIT leaves the parent's columns and checks on the child as its own.
create table base (created timestamptz not null default now(), note text,
    constraint base_note_check check (note <> ''),
    constraint base_created_check check (created > '2000-01-01'));
create table keeps (a int) inherits (base);
create table drops (b int) inherits (base);
