create collation added (provider = icu, locale = 'de-u-co-phonebk');
create collation changed (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
create table t (id int, name text collate changed, title text collate added);
