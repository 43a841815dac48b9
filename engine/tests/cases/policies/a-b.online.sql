set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop policy "gone" on "public"."doc";

drop policy "changes" on "public"."doc";

drop policy "to_role" on "public"."doc";

create policy "restricted"
on "public"."doc"
as restrictive
for delete
to public
using ((NOT public));


create policy "changes"
on "public"."doc"
as permissive
for insert
to public
with check (((owner = CURRENT_USER) AND (id > 0)));


create policy "to_role"
on "public"."doc"
as permissive
for update
to postgres, schemainspect_test_role
using (true)
with check ((id > 0));


commit;

