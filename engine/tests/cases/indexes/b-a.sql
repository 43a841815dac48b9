drop index if exists "public"."t_data";

drop index if exists "public"."t_expr_partial";

drop index if exists "public"."t_created";

drop index if exists "public"."t_email";

drop index if exists "public"."t_email_active";

CREATE INDEX t_gone ON public.t USING btree (id);

CREATE INDEX t_created ON public.t USING btree (created);

CREATE INDEX t_email ON public.t USING btree (email);

CREATE UNIQUE INDEX t_email_active ON public.t USING btree (email) WHERE active;

