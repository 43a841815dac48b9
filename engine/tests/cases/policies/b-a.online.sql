set lock_timeout = '5s';

set statement_timeout = '15min';

begin;

drop policy "restricted" on "public"."doc";

drop policy "changes" on "public"."doc";

drop policy "to_role" on "public"."doc";

create policy "gone"
on "public"."doc"
as permissive
for select
to public
using (public);


create policy "changes"
on "public"."doc"
as permissive
for insert
to public
with check ((owner = CURRENT_USER));


create policy "to_role"
on "public"."doc"
as permissive
for update
to schemainspect_test_role
using (true);


commit;

