alter index "public"."measurements_high_id_idx1" rename to "measurements_high_id_idx1_migra_tmp0";

alter index "public"."measurements_high_id_idx" rename to "measurements_high_id_idx_migra_tmp1";

alter index "public"."measurements_low_id_idx1" rename to "measurements_low_id_idx1_migra_tmp2";

alter index "public"."measurements_low_id_idx" rename to "measurements_low_id_idx_migra_tmp3";

alter index "public"."measurements_high_id_idx1_migra_tmp0" rename to "measurements_high_id_idx";

alter index "public"."measurements_high_id_idx_migra_tmp1" rename to "measurements_high_id_idx1";

alter index "public"."measurements_low_id_idx1_migra_tmp2" rename to "measurements_low_id_idx";

alter index "public"."measurements_low_id_idx_migra_tmp3" rename to "measurements_low_id_idx1";

