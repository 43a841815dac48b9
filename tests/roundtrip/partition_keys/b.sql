create table events (id bigint not null, at timestamptz not null, kind text) partition by range (at);
create table events_2024 partition of events for values from ('2024-01-01') to ('2025-01-01');
create table events_2025 partition of events for values from ('2025-01-01') to ('2026-01-01');
create index events_kind on events (kind, id);
alter table events add primary key (id, at);
create table flat (id int, at date) partition by range (at);
create table flat_all partition of flat default;
