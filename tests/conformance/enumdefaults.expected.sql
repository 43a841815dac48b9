alter type "public"."order_status" add value 'rejected';

alter table "public"."orders" alter column "othercolumn" set data type other.otherenum2 using "othercolumn"::text::other.otherenum2;


