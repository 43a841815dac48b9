create table base (created timestamptz not null default now(), note text,
    constraint base_note_check check (note <> ''),
    constraint base_created_check check (created > '2000-01-01'));
create table keeps (created timestamptz not null default now(), note text, a int,
    constraint base_note_check check (note <> ''),
    constraint base_created_check check (created > '2000-01-01'));
create table drops (created timestamptz not null default now(), note text, b int);
