set lock_timeout = '5s';

set statement_timeout = '15min';

drop index concurrently if exists "public"."t_data";

drop index concurrently if exists "public"."t_expr_partial";

drop index concurrently if exists "public"."t_created";

drop index concurrently if exists "public"."t_email";

drop index concurrently if exists "public"."t_email_active";

CREATE INDEX CONCURRENTLY t_gone ON public.t USING btree (id);

CREATE INDEX CONCURRENTLY t_created ON public.t USING btree (created);

CREATE INDEX CONCURRENTLY t_email ON public.t USING btree (email);

CREATE UNIQUE INDEX CONCURRENTLY t_email_active ON public.t USING btree (email) WHERE active;

