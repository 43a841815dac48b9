-- The same schema after the next release: plan add-ons, invoice currencies, a new tier.
create extension if not exists citext;

create schema billing;

create type billing.plan_tier as enum ('free', 'pro', 'team', 'enterprise');
create type billing.invoice_status as enum ('draft', 'open', 'paid', 'void');

create table billing.accounts (
    id bigint generated always as identity primary key,
    email citext not null unique,
    name text not null,
    tier billing.plan_tier not null default 'free',
    created_at timestamptz not null default now(),
    trial_ends_at timestamptz
);
comment on table billing.accounts is 'One row per customer account; trials end on trial_ends_at';

create table billing.invoices (
    id bigint generated always as identity primary key,
    account_id bigint not null references billing.accounts (id) on delete cascade,
    status billing.invoice_status not null default 'draft',
    amount_cents bigint not null check (amount_cents >= 0),
    currency char(3) not null default 'EUR',
    issued_on date,
    notes text
);
create index invoices_account_id_idx on billing.invoices (account_id);
create index invoices_open_idx on billing.invoices (issued_on) where status = 'open';

create table billing.addons (
    id bigint generated always as identity primary key,
    account_id bigint not null references billing.accounts (id) on delete cascade,
    code text not null,
    unique (account_id, code)
);

create function billing.touch_created_at() returns trigger language plpgsql as $$
begin
    new.created_at := coalesce(new.created_at, clock_timestamp());
    return new;
end;
$$;

create trigger accounts_touch before insert on billing.accounts
    for each row execute function billing.touch_created_at();

create view billing.open_invoices as
    select i.id, a.email, i.amount_cents, i.currency, i.issued_on
    from billing.invoices i join billing.accounts a on a.id = i.account_id
    where i.status = 'open';

alter table billing.invoices enable row level security;
create policy invoices_by_account on billing.invoices
    using (account_id = current_setting('app.account_id')::bigint);
