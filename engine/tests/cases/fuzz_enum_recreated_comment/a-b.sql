alter type "public"."ty2" add value 'y955' before 'l2';

