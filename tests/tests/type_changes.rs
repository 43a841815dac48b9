//! Column type changes on tables with rows (issue 14, part 3). The round-trip case
//! `column_type_no_cast` applies on empty tables whichever way a type changes; here the FROM
//! table has rows, and the server shows what each way does to them: a change with a cast or
//! through text keeps the values converted, migra's `using "c"::uuid` for a type without a
//! cast fails (and through text would fail on every row), and the drop and add that migra-rs
//! emits instead is refused without `--unsafe`, says `DROPS_DATA`, and leaves the column empty.

use migra_engine::{Hazard, Migration};
use migra_tests::{Cluster, TempDir};

use crate::conformance::{fenced, migra};
use crate::roundtrip::Db;

const FROM: &str = "
create type mood as enum ('sad', 'happy');
create type feeling as enum ('calm', 'sad', 'happy');
create type point2 as (x integer, y integer);
create type coords as (x integer, y integer);
create table readings (
    id integer primary key,
    ref integer,
    span int4range,
    place point2,
    tags text[],
    mood mood,
    amount integer
);
insert into readings values
    (1, 42, '[1,5)', '(1,2)', '{1,2}', 'happy', 7),
    (2, null, 'empty', '(3,4)', '{}', 'sad', -1);
";

const TO: &str = "
create type mood as enum ('sad', 'happy');
create type feeling as enum ('calm', 'sad', 'happy');
create type point2 as (x integer, y integer);
create type coords as (x integer, y integer);
create table readings (
    id integer primary key,
    ref uuid,
    span int8range,
    place coords,
    tags integer[],
    mood feeling,
    amount bigint
);
";

#[test]
fn type_changes_apply_on_rows_and_the_drop_and_add_loses_the_column() {
    let cluster = Cluster::shared();
    let scratch = TempDir::new("type-changes").unwrap();
    let file = |name: &str, sql: &str| {
        let path = scratch.path().join(format!("{name}.sql"));
        std::fs::write(&path, sql).unwrap();
        path
    };
    let from = Db::load(cluster, "tc_from", &[file("from", FROM)]);
    let to = Db::load(cluster, "tc_to", &[file("to", TO)]);
    let (from_json, to_json) = (from.catalog(&scratch, "from"), to.catalog(&scratch, "to"));

    // migra's statement for a type without a cast fails, and through text fails on the rows.
    let mut client = cluster.client(&from.name);
    for (using, error) in [
        ("ref::uuid", "cannot cast type integer to uuid"),
        ("ref::text::uuid", "invalid input syntax for type uuid"),
    ] {
        let sql = format!("alter table readings alter column ref type uuid using {using}");
        let e = client.batch_execute(&sql).expect_err(&sql);
        let message = e.as_db_error().map(|d| d.message().to_string());
        assert!(
            message.as_deref().is_some_and(|m| m.contains(error)),
            "{sql}: {e:?}"
        );
    }

    // Refused without --unsafe: the drop loses data.
    let refused = migra(&[&from_json, &to_json]);
    assert_eq!(refused.code, Some(3), "{}", refused.describe());

    let run = migra(&["--unsafe", "--format", "json", &from_json, &to_json]);
    assert_eq!(run.code, Some(2), "{}", run.describe());
    let migration: Migration = serde_json::from_str(&run.stdout).unwrap();
    let sql = migration.sql();
    for expected in [
        "alter table \"public\".\"readings\" drop column \"ref\";",
        "alter table \"public\".\"readings\" add column \"ref\" uuid;",
        "set data type int8range using \"span\"::text::int8range;",
        "set data type coords using \"place\"::text::coords;",
        "set data type integer[] using \"tags\"::integer[];",
        "set data type feeling using \"mood\"::text::feeling;",
        "set data type bigint using \"amount\"::bigint;",
    ] {
        assert!(
            sql.contains(expected),
            "{expected} not in\n{}",
            fenced(&sql)
        );
    }
    let drop = migration
        .statements
        .iter()
        .find(|s| s.sql.contains("drop column \"ref\""))
        .expect("the drop");
    assert!(
        drop.destructive && drop.hazards.contains(&Hazard::DropsData),
        "{drop:?}"
    );

    // Applied in one transaction on the rows: the values converted, the re-added column empty.
    client
        .batch_execute(&format!("begin;\n{sql}\ncommit;"))
        .unwrap_or_else(|e| panic!("{e:?}\n{}", fenced(&sql)));
    let rows = client
        .query(
            "select id, ref::text, span::text, place::text, tags::text, mood::text, amount \
             from readings order by id",
            &[],
        )
        .unwrap();
    let got: Vec<String> = rows
        .iter()
        .map(|r| {
            let text = |i: usize| r.get::<_, Option<String>>(i).unwrap_or("null".into());
            format!(
                "{} {} {} {} {} {} {}",
                r.get::<_, i32>(0),
                text(1),
                text(2),
                text(3),
                text(4),
                text(5),
                r.get::<_, i64>(6)
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "1 null [1,5) (1,2) {1,2} happy 7",
            "2 null empty (3,4) {} sad -1"
        ]
    );

    // And the schema is the target's.
    let after = from.catalog(&scratch, "after");
    let again = migra(&[&after, &to_json]);
    assert_eq!(again.code, Some(0), "{}", again.describe());
}
