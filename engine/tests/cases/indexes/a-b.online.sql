set lock_timeout = '5s';

set statement_timeout = '15min';

drop index concurrently if exists "public"."t_gone";

drop index concurrently if exists "public"."t_created";

drop index concurrently if exists "public"."t_email";

drop index concurrently if exists "public"."t_email_active";

CREATE INDEX CONCURRENTLY t_data ON public.t USING gin (data jsonb_path_ops);

CREATE INDEX CONCURRENTLY t_expr_partial ON public.t USING btree (((data ->> 'kind'::text)), id DESC NULLS LAST) INCLUDE (email) WHERE (data ? 'kind'::text);

CREATE INDEX CONCURRENTLY t_created ON public.t USING brin (created);

CREATE INDEX CONCURRENTLY t_email ON public.t USING btree (lower(email));

CREATE UNIQUE INDEX CONCURRENTLY t_email_active ON public.t USING btree (email) WHERE (active AND (id > 0));

