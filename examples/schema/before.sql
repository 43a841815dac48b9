-- A small SaaS billing schema, as it is in production today.
create extension if not exists citext;

create schema billing;

create type billing.plan_tier as enum ('free', 'pro', 'enterprise');
create type billing.invoice_status as enum ('draft', 'open', 'paid', 'void');

create table billing.accounts (
    id bigint generated always as identity primary key,
    email citext not null unique,
    name text not null,
    tier billing.plan_tier not null default 'free',
    created_at timestamptz not null default now()
);
comment on table billing.accounts is 'One row per customer account';

create table billing.invoices (
    id bigint generated always as identity primary key,
    account_id bigint not null references billing.accounts (id) on delete cascade,
    status billing.invoice_status not null default 'draft',
    amount_cents integer not null check (amount_cents >= 0),
    issued_on date,
    notes varchar(200)
);
create index invoices_account_id_idx on billing.invoices (account_id);

create function billing.touch_created_at() returns trigger language plpgsql as $$
begin
    new.created_at := coalesce(new.created_at, now());
    return new;
end;
$$;

create trigger accounts_touch before insert on billing.accounts
    for each row execute function billing.touch_created_at();

create view billing.open_invoices as
    select i.id, a.email, i.amount_cents, i.issued_on
    from billing.invoices i join billing.accounts a on a.id = i.account_id
    where i.status = 'open';

alter table billing.invoices enable row level security;
create policy invoices_by_account on billing.invoices
    using (account_id = current_setting('app.account_id')::bigint);
