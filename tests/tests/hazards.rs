//! Hazards proven by the server (issue 16, part 2). Every statement carries the hazards true of it
//! alone; this suite runs every statement of the round-trip cases (`tests/roundtrip/`, both
//! directions) on a database holding the FROM schema with rows in its tables, and asks PostgreSQL
//! what the statement did to the tables (and materialized views) that existed before it:
//!
//! - **the locks it took** (`pg_locks`, this session's granted relation locks): it takes an
//!   ACCESS EXCLUSIVE lock on a table exactly when it claims `ACCESS_EXCLUSIVE_LOCK`;
//! - **whether it rewrote one** (`pg_relation_filenode`): a new file exactly when it claims
//!   `REWRITES_TABLE`;
//! - **whether it scanned one under lock**: sequential and index scans of the table and its
//!   indexes in this transaction (`pg_stat_get_xact_numscans`, read before and after the
//!   statement; nothing flushes them inside a transaction) while it held at least SHARE UPDATE
//!   EXCLUSIVE on it. A statement claiming `SCANS_TABLE` scanned; one claiming neither that nor
//!   `REWRITES_TABLE` (a rewrite reads the whole table) did not;
//! - **whether it dropped data** (`pg_class`, `pg_attribute`): a statement dropping a table or a
//!   column claims `DROPS_DATA`, and one claiming it drops one or rewrites;
//! - **whether it fails on existing rows**: a statement that fails on the filled tables must claim
//!   `MAY_FAIL_ON_EXISTING_ROWS` (the tables it names are then emptied, and it must succeed); one
//!   claiming it that fails counts as confirmed;
//! - **whether a new enum value is usable**: after a statement claiming
//!   `ENUM_VALUE_NOT_USABLE_IN_TRANSACTION`, a cast to the new label in the same transaction fails
//!   with `unsafe use of new value`.
//!
//! `DROPS_OBJECT` and `PRIVILEGES_LOST` are not checked: what they say is in the SQL itself.
//!
//! # How it runs
//!
//! Each case loads both sides into fresh databases and fills every table with a few rows
//! ([`ROWS`]) made to fit its columns' types (partitions through their parents); a table no such
//! row fits (a partition whose bounds hold none of them, a check refusing them) stays empty, and
//! the summary counts the statements that locked a table with rows. `migra --unsafe --format
//! json`, on the sides' catalogs, gives the migrations, whose statements then run in order, **each
//! in a transaction of its own**: a transaction keeps every lock it takes, so in one transaction
//! a statement's lock on a table an earlier statement had locked could not be told apart, and a
//! hazard is a claim about the statement alone. Run one by one in order the statements still
//! migrate the database (the round trips apply them with `psql -1`). The session's `TimeZone` is
//! not UTC, where `timestamp` ↔ `timestamptz` needs no rewrite.
//!
//! When the `--online` migration (`migra --unsafe --online`) differs from the plain one, it runs
//! too, on fresh databases: its settings as it sets them, its `transaction` and `after_commit`
//! statements checked as above, its `outside_transaction` ones (`CREATE INDEX CONCURRENTLY`,
//! `DROP INDEX CONCURRENTLY`) alone, while a second session holds ACCESS EXCLUSIVE locks on every
//! table, so that the first lock the statement asks for shows in `pg_locks` as it waits: it must
//! not be ACCESS EXCLUSIVE unless claimed. Their scans are not checked.
//!
//! A contradiction fails the test unless [`EXCEPTIONS`] explains it. One test runs every case,
//! [`WORKERS`] at a time, and prints one summary line to standard error: statements checked, how
//! many locked tables with rows, each hazard's confirmations.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use migra_engine::{Hazard, Migration, Placement, Statement};
use migra_tests::{Cluster, TempDir};
use postgres::Client;

use crate::conformance::{fenced, migra};
use crate::roundtrip::{own_cases, Db};

/// Rows put into every table that takes them.
const ROWS: i32 = 3;

/// The cases checked at a time.
const WORKERS: usize = 2;

/// One pair of schemas to migrate between, both ways.
struct Pair {
    name: String,
    dir: PathBuf,
    /// `--unsafe` and the case's own flags.
    flags: Vec<String>,
}

impl Pair {
    fn side(&self, side: &str) -> PathBuf {
        self.dir.join(format!("{side}.sql"))
    }
}

/// The round-trip cases of `tests/roundtrip/` the running server can load (their `min_major`).
/// Generated pairs, once there are any, join them here.
fn pairs(major: u32) -> Vec<Pair> {
    let mut names: Vec<String> = std::fs::read_dir(own_cases::dir())
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
        .into_iter()
        .filter_map(|name| {
            let dir = own_cases::dir().join(&name);
            let read = |file: &str| std::fs::read_to_string(dir.join(file)).ok();
            if let Some(min) = read("min_major") {
                let min: u32 = min.trim().parse().expect("min_major holds a major version");
                if major < min {
                    return None;
                }
            }
            let mut flags = vec!["--unsafe".to_string()];
            flags.extend(
                read("flags")
                    .unwrap_or_default()
                    .split_whitespace()
                    .map(str::to_string),
            );
            Some(Pair { name, dir, flags })
        })
        .collect()
}

/// A statement's claim the server contradicted that is known and explained: the test reports it
/// apart and stays strict everywhere else. An exception the server no longer shows fails the
/// test, so that it gets removed.
struct Exception {
    case: &'static str,
    /// Whether it is the `--online` migration's statement.
    online: bool,
    /// Text the statement contains.
    statement: &'static str,
    hazard: Hazard,
    why: &'static str,
}

/// The known exceptions.
const EXCEPTIONS: &[Exception] = &[
    // The column's type is the same type as before: `citext` moved to another schema with its
    // extension (`alter extension ... set schema`, an earlier statement), so the statement
    // changes nothing. Type changes are classified by the types' names
    // (engine/src/core/type_change.rs), and a pair of names without a rule is taken at its
    // worst: rewritten, may fail, may change values.
    Exception {
        case: "hostile_names",
        online: false,
        statement: "citext using",
        hazard: Hazard::RewritesTable,
        why: "a type relocated with its extension is classified by name, at its worst",
    },
    Exception {
        case: "hostile_names",
        online: false,
        statement: "citext using",
        hazard: Hazard::DropsData,
        why: "a type relocated with its extension is classified by name, at its worst",
    },
    Exception {
        case: "hostile_names",
        online: true,
        statement: "citext using",
        hazard: Hazard::RewritesTable,
        why: "a type relocated with its extension is classified by name, at its worst",
    },
    Exception {
        case: "hostile_names",
        online: true,
        statement: "citext using",
        hazard: Hazard::DropsData,
        why: "a type relocated with its extension is classified by name, at its worst",
    },
];

#[test]
fn the_server_confirms_every_hazard() {
    let started = Instant::now();
    let cluster = Cluster::shared();
    let pairs = pairs(cluster.major());
    let queue = Mutex::new(pairs.iter());
    let results = Mutex::new(Tally::default());
    std::thread::scope(|scope| {
        for _ in 0..WORKERS {
            scope.spawn(|| loop {
                let Some(pair) = queue.lock().unwrap().next() else {
                    break;
                };
                let mut tally = Tally::default();
                check_pair(cluster, pair, &mut tally);
                results.lock().unwrap().add(tally);
            });
        }
    });
    let tally = results.into_inner().unwrap();
    let mut unused: Vec<String> = vec![];
    for (i, e) in EXCEPTIONS.iter().enumerate() {
        let ran = pairs.iter().any(|p| p.name == e.case);
        if ran && !tally.exceptions_seen.contains(&i) {
            unused.push(format!(
                "{}: {:?} in a statement containing {:?} ({})",
                e.case, e.hazard, e.statement, e.why
            ));
        }
    }
    let summary = tally.summary(cluster.major(), started.elapsed());
    // Straight to the process's standard error, past the test harness's capture: the one line
    // CI's log should show.
    let _ = writeln!(std::io::stderr(), "{summary}");
    let mut problems = tally.failures;
    if !unused.is_empty() {
        problems.push(format!(
            "known exceptions the server no longer shows (remove them from EXCEPTIONS):\n{}",
            unused.join("\n")
        ));
    }
    assert!(
        problems.is_empty(),
        "{summary}\n\nthe server contradicts these hazards on PostgreSQL {}:\n\n{}",
        cluster.server_version_num(),
        problems.join("\n\n")
    );
}

/// What the checks found, summed over the cases.
#[derive(Default)]
struct Tally {
    pairs: usize,
    directions: usize,
    statements: usize,
    /// Statements that locked a table that existed before and had rows.
    with_rows: usize,
    /// Statements that locked only tables that existed before and were empty.
    on_empty: usize,
    /// Claims the server confirmed, per hazard.
    confirmed: BTreeMap<Hazard, usize>,
    /// Statements claiming `MAY_FAIL_ON_EXISTING_ROWS` that did fail on the rows.
    failed_on_rows: usize,
    /// Statements run outside a transaction, and those seen waiting for their first lock.
    outside: usize,
    outside_waited: usize,
    /// Tables filled with rows, of all the tables of the FROM schemas.
    tables_filled: usize,
    tables: usize,
    /// Indexes into [`EXCEPTIONS`] that matched a contradiction.
    exceptions_seen: BTreeSet<usize>,
    failures: Vec<String>,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.pairs += other.pairs;
        self.directions += other.directions;
        self.statements += other.statements;
        self.with_rows += other.with_rows;
        self.on_empty += other.on_empty;
        for (hazard, n) in other.confirmed {
            *self.confirmed.entry(hazard).or_default() += n;
        }
        self.failed_on_rows += other.failed_on_rows;
        self.outside += other.outside;
        self.outside_waited += other.outside_waited;
        self.tables_filled += other.tables_filled;
        self.tables += other.tables;
        self.exceptions_seen.extend(other.exceptions_seen);
        self.failures.extend(other.failures);
    }

    fn summary(&self, major: u32, elapsed: Duration) -> String {
        let confirmed: Vec<String> = self
            .confirmed
            .iter()
            .map(|(hazard, n)| format!("{} {n}", hazard_name(*hazard)))
            .collect();
        format!(
            "hazards on PostgreSQL {major}: {} statements of {} migrations ({} cases) checked \
             against the server: {} locked a table with rows, {} only empty tables, the rest no \
             table that existed before ({} of {} tables filled); {} ran outside a transaction \
             ({} seen waiting for their first lock); confirmed: {}; {} failed on the rows as \
             claimed; {} known exceptions; {:.1} s",
            self.statements,
            self.directions,
            self.pairs,
            self.with_rows,
            self.on_empty,
            self.tables_filled,
            self.tables,
            self.outside,
            self.outside_waited,
            confirmed.join(", "),
            self.failed_on_rows,
            self.exceptions_seen.len(),
            elapsed.as_secs_f64()
        )
    }
}

/// A hazard as JSON names it.
fn hazard_name(hazard: Hazard) -> String {
    serde_json::to_value(hazard)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{hazard:?}"))
}

/// Both directions of a pair, and their online migrations when those differ.
fn check_pair(cluster: &Cluster, pair: &Pair, tally: &mut Tally) {
    tally.pairs += 1;
    let prepare = |side: &str| {
        let db = Db::load(
            cluster,
            &format!("hz_{}_{side}", pair.name),
            &[pair.side(side)],
        );
        let filled = fill(cluster, &db.name);
        (db, filled)
    };
    let ((a, a_filled), (b, b_filled)) = (prepare("a"), prepare("b"));
    for (filled, of) in [a_filled, b_filled] {
        tally.tables_filled += filled;
        tally.tables += of;
    }
    // Each side fetched once; the four migrations are computed from the files.
    let scratch = TempDir::new(&format!("hazards-{}", pair.name)).unwrap();
    let (a_json, b_json) = (a.catalog(&scratch, "a"), b.catalog(&scratch, "b"));
    let migration = |from: &str, to: &str, online: bool| {
        let mut args = pair.flags.clone();
        if online {
            args.push("--online".into());
        }
        args.extend(["--format".into(), "json".into(), from.into(), to.into()]);
        let run = migra(&args);
        if run.code == Some(0) {
            return None;
        }
        assert_eq!(run.code, Some(2), "{}", run.describe());
        let migration: Migration = serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("not a migration ({e}): {}", run.describe()));
        Some(migration)
    };
    // Every migration is computed before any is applied: applying changes the databases.
    let plans = [
        (
            "a",
            "b",
            migration(&a_json, &b_json, false),
            migration(&a_json, &b_json, true),
        ),
        (
            "b",
            "a",
            migration(&b_json, &a_json, false),
            migration(&b_json, &a_json, true),
        ),
    ];
    for (from, to, plain, online) in plans {
        let from_db = if from == "a" { &a } else { &b };
        if let Some(plain) = &plain {
            let label = format!("{} {from}→{to}", pair.name);
            Direction::new(cluster, &from_db.name, &pair.name, false, label, tally).run(plain);
        }
        if let (Some(plain), Some(online)) = (&plain, &online) {
            if differs(plain, online) {
                let (fresh, _) = prepare(from);
                let label = format!("{} {from}→{to} online", pair.name);
                Direction::new(cluster, &fresh.name, &pair.name, true, label, tally).run(online);
            }
        }
    }
}

/// Whether an online migration does anything another way than the plain one (its settings,
/// `begin;` and `commit;` aside).
fn differs(plain: &Migration, online: &Migration) -> bool {
    let work = |m: &Migration| -> Vec<(String, Placement)> {
        m.statements
            .iter()
            .filter(|s| s.setting.is_none())
            .map(|s| (s.sql.clone(), s.placement))
            .collect()
    };
    work(plain) != work(online)
}

/// Lock modes as `pg_locks` names them, weakest first: a mode's strength is its place here, plus
/// one (0: no lock).
const LOCK_MODES: [&str; 8] = [
    "AccessShareLock",
    "RowShareLock",
    "RowExclusiveLock",
    "ShareUpdateExclusiveLock",
    "ShareLock",
    "ShareRowExclusiveLock",
    "ExclusiveLock",
    "AccessExclusiveLock",
];

const SHARE_UPDATE_EXCLUSIVE: u8 = 4;
const ACCESS_EXCLUSIVE: u8 = 8;

fn lock_strength(mode: &str) -> u8 {
    LOCK_MODES
        .iter()
        .position(|m| *m == mode)
        .map_or(0, |i| i as u8 + 1)
}

fn lock_name(strength: u8) -> &'static str {
    match strength {
        0 => "no lock",
        n => LOCK_MODES[usize::from(n) - 1],
    }
}

/// A table, foreign table or materialized view that exists before the migration.
struct Table {
    /// A table, not a materialized view: what ACCESS_EXCLUSIVE_LOCK and DROPS_DATA are about
    /// (scans and rewrites are about both).
    is_table: bool,
    /// Its rows are stored here (not a foreign table's): what DROPS_DATA is about.
    holds_rows: bool,
    /// Its name, quoted, as it was before the migration: for messages.
    name: String,
    /// The ways a statement spells its name: always quoted (the engine's), and quoted only as
    /// needed (`pg_get_indexdef`'s).
    spellings: [String; 2],
    has_rows: bool,
}

/// One table at one moment, as this session sees it.
#[derive(Debug, Clone)]
struct TableState {
    /// False once it is dropped.
    exists: bool,
    filenode: Option<i64>,
    /// The strongest lock this session holds on it.
    lock: u8,
    /// Sequential and index scans in this transaction so far.
    scans: i64,
    columns: Vec<i16>,
}

/// The tables that exist before the migration, by OID, as they are now.
type Snapshot = BTreeMap<i64, TableState>;

const SNAPSHOT: &str = "
select o.oid,
       c.oid is not null,
       pg_relation_filenode(c.oid)::int8,
       coalesce(l.strength, 0)::int2,
       (coalesce(pg_stat_get_xact_numscans(c.oid), 0)
        + coalesce((select sum(pg_stat_get_xact_numscans(i.indexrelid)) from pg_index i
                    where i.indrelid = c.oid), 0))::int8,
       coalesce((select array_agg(a.attnum order by a.attnum) from pg_attribute a
                 where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped),
                '{}')
from unnest($1::int8[]) o(oid)
left join pg_class c on c.oid::int8 = o.oid
left join (
  select relation::int8 as oid, max(array_position($2::text[], mode)) as strength
  from pg_locks
  where locktype = 'relation' and granted and pid = pg_backend_pid()
  group by relation
) l on l.oid = o.oid";

/// Every user table, foreign table and materialized view: what the checks follow.
const TABLES: &str = "
select c.oid::int8,
       '\"' || replace(n.nspname, '\"', '\"\"') || '\".\"' || replace(c.relname, '\"', '\"\"') || '\"',
       quote_ident(n.nspname) || '.' || quote_ident(c.relname),
       c.relkind <> 'm',
       c.relkind in ('r', 'p')
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p', 'm', 'f')
  and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname !~ '^pg_(toast|temp_)'";

/// The tables of `$1` (OIDs) that are still there, by name as `regclass` prints it now.
const NAMES: &str = "select oid::int8, oid::regclass::text from pg_class where oid::int8 = any($1)";

/// What one statement did to the tables that existed before the migration.
#[derive(Default)]
struct Observed {
    /// The strongest lock it took on one of them, and the tables it locked.
    lock: u8,
    locked: Vec<String>,
    rewritten: Vec<String>,
    /// Scanned while the statement held at least SHARE UPDATE EXCLUSIVE on it.
    scanned: Vec<String>,
    /// Dropped, or lost a column.
    dropped: Vec<String>,
    /// Whether a table it locked had rows; `None` when it locked none.
    with_rows: Option<bool>,
}

/// One migration applied statement by statement to one database.
struct Direction<'a> {
    cluster: &'a Cluster,
    db: String,
    case: &'a str,
    label: String,
    /// Whether this is the `--online` migration.
    online: bool,
    client: Client,
    tables: BTreeMap<i64, Table>,
    tally: &'a mut Tally,
}

impl<'a> Direction<'a> {
    fn new(
        cluster: &'a Cluster,
        db: &str,
        case: &'a str,
        online: bool,
        label: String,
        tally: &'a mut Tally,
    ) -> Direction<'a> {
        let mut client = cluster.client(db);
        // Not UTC: there, PostgreSQL 12 and later turn `timestamp` into `timestamptz` (and back)
        // without the rewrite it needs anywhere else.
        client
            .batch_execute("set timezone = 'America/New_York'")
            .expect("set timezone");
        let mut tables = BTreeMap::new();
        for row in client.query(TABLES, &[]).expect("listing tables") {
            let table = Table {
                is_table: row.get(3),
                holds_rows: row.get(4),
                name: row.get(1),
                spellings: [row.get(1), row.get(2)],
                has_rows: false,
            };
            tables.insert(row.get::<_, i64>(0), table);
        }
        let mut direction = Direction {
            cluster,
            db: db.to_string(),
            case,
            online,
            label,
            client,
            tables,
            tally,
        };
        direction.count_rows();
        direction
    }

    /// The tables of `oids` still there, by their names now (a migration may rename a schema).
    fn current_names(
        client: &mut impl postgres::GenericClient,
        oids: &[i64],
    ) -> Vec<(i64, String)> {
        client
            .query(NAMES, &[&oids])
            .expect("naming tables")
            .into_iter()
            .map(|row| (row.get(0), row.get(1)))
            .collect()
    }

    /// Which tables have rows now.
    fn count_rows(&mut self) {
        let oids: Vec<i64> = self.tables.keys().copied().collect();
        for table in self.tables.values_mut() {
            table.has_rows = false;
        }
        for (oid, name) in Self::current_names(&mut self.client, &oids) {
            // A materialized view created `with no data` cannot be read.
            let has_rows = self
                .client
                .query_one(&format!("select exists (select from {name})"), &[])
                .is_ok_and(|row| row.get(0));
            self.tables.get_mut(&oid).unwrap().has_rows = has_rows;
        }
    }

    fn fail(&mut self, i: usize, statement: &Statement, what: String) {
        self.tally.failures.push(format!(
            "{}: statement {i}: {what}\n{}",
            self.label,
            fenced(&statement.sql)
        ));
    }

    /// A contradiction, unless it is a known exception.
    fn contradicts(&mut self, i: usize, statement: &Statement, hazard: Hazard, what: String) {
        let known = EXCEPTIONS.iter().position(|e| {
            e.case == self.case
                && e.online == self.online
                && e.hazard == hazard
                && statement.sql.contains(e.statement)
        });
        match known {
            Some(e) => {
                self.tally.exceptions_seen.insert(e);
            }
            None => self.fail(i, statement, what),
        }
    }

    fn confirm(&mut self, hazard: Hazard) {
        *self.tally.confirmed.entry(hazard).or_default() += 1;
    }

    fn run(mut self, migration: &Migration) {
        self.tally.directions += 1;
        for (i, statement) in migration.statements.iter().enumerate() {
            let ok = match (&statement.setting, statement.placement) {
                // The online migration's `begin;` and `commit;`: every statement here runs in a
                // transaction of its own.
                (Some(setting), _) if setting == "transaction" => true,
                (Some(_), _) => self.session_setting(i, statement),
                (None, Placement::OutsideTransaction) => self.outside_transaction(i, statement),
                (None, _) => self.in_transaction(i, statement, false),
            };
            if !ok {
                return;
            }
        }
    }

    fn session_setting(&mut self, i: usize, statement: &Statement) -> bool {
        match self.client.batch_execute(&statement.sql) {
            Ok(()) => true,
            Err(e) => {
                self.fail(i, statement, format!("failed: {}", message(&e)));
                false
            }
        }
    }

    fn snapshot(client: &mut impl postgres::GenericClient, oids: &[i64]) -> Snapshot {
        client
            .query(SNAPSHOT, &[&oids, &LOCK_MODES.to_vec()])
            .expect("reading the tables' state")
            .into_iter()
            .map(|row| {
                let state = TableState {
                    exists: row.get(1),
                    filenode: row.get(2),
                    lock: row.get::<_, i16>(3) as u8,
                    scans: row.get(4),
                    columns: row.get(5),
                };
                (row.get::<_, i64>(0), state)
            })
            .collect()
    }

    /// Runs a statement in a transaction of its own and checks its hazards. When it fails on
    /// tables with rows, empties the tables it names and tries once more (`retry`).
    fn in_transaction(&mut self, i: usize, statement: &Statement, retry: bool) -> bool {
        let oids: Vec<i64> = self.tables.keys().copied().collect();
        let mut tx = self.client.transaction().expect("begin");
        let before = Self::snapshot(&mut tx, &oids);
        if let Err(e) = tx.batch_execute(&statement.sql) {
            drop(tx);
            let error = message(&e);
            if retry || !self.tables.values().any(|t| t.has_rows) {
                let on = if retry { "emptied" } else { "empty" };
                self.fail(i, statement, format!("failed on {on} tables: {error}"));
                return false;
            }
            let claims = statement.hazards.contains(&Hazard::MayFailOnExistingRows);
            if claims {
                self.tally.failed_on_rows += 1;
                self.confirm(Hazard::MayFailOnExistingRows);
            } else {
                self.contradicts(
                    i,
                    statement,
                    Hazard::MayFailOnExistingRows,
                    format!("failed on the rows without MAY_FAIL_ON_EXISTING_ROWS: {error}"),
                );
            }
            self.empty_tables_named(&statement.sql);
            return self.in_transaction(i, statement, true);
        }
        let after = Self::snapshot(&mut tx, &oids);
        let enum_check = statement
            .hazards
            .contains(&Hazard::EnumValueNotUsableInTransaction)
            .then(|| new_enum_value_usable(&mut tx, &statement.sql));
        tx.commit().expect("commit");
        let observed = self.observe(&before, &after);
        self.check(i, statement, &observed, true);
        if let Some(result) = enum_check {
            match result {
                Err(e) => self.fail(i, statement, e),
                Ok(false) => self.confirm(Hazard::EnumValueNotUsableInTransaction),
                Ok(true) => self.contradicts(
                    i,
                    statement,
                    Hazard::EnumValueNotUsableInTransaction,
                    "claims ENUM_VALUE_NOT_USABLE_IN_TRANSACTION, but the new value is usable \
                     in the transaction that added it"
                        .into(),
                ),
            }
        } else if is_add_value(&statement.sql) {
            self.fail(
                i,
                statement,
                "adds an enum value without ENUM_VALUE_NOT_USABLE_IN_TRANSACTION".into(),
            );
        }
        true
    }

    /// Empties the tables a statement names (all of them when it names none it knows), with
    /// those referring to them.
    fn empty_tables_named(&mut self, sql: &str) {
        let filled = |t: &&Table| t.has_rows;
        let named: Vec<i64> = self
            .tables
            .iter()
            .filter(|(_, t)| filled(t) && t.spellings.iter().any(|s| sql.contains(s.as_str())))
            .map(|(oid, _)| *oid)
            .collect();
        let targets = if named.is_empty() {
            self.tables
                .iter()
                .filter(|(_, t)| filled(t))
                .map(|(oid, _)| *oid)
                .collect()
        } else {
            named
        };
        for (_, table) in Self::current_names(&mut self.client, &targets) {
            self.client
                .batch_execute(&format!("truncate table {table} cascade"))
                .unwrap_or_else(|e| panic!("truncate table {table} cascade: {}", message(&e)));
        }
        self.count_rows();
    }

    fn observe(&self, before: &Snapshot, after: &Snapshot) -> Observed {
        let mut observed = Observed::default();
        for (oid, was) in before.iter().filter(|(_, was)| was.exists) {
            let table = &self.tables[oid];
            let now = &after[oid];
            let name = || table.name.clone();
            if now.lock > was.lock && table.is_table {
                observed.lock = observed.lock.max(now.lock);
                observed.locked.push(name());
                observed.with_rows = Some(observed.with_rows.unwrap_or(false) || table.has_rows);
            }
            if !now.exists {
                if table.holds_rows {
                    observed.dropped.push(name());
                }
                continue;
            }
            if was.filenode.is_some() && now.filenode.is_some() && was.filenode != now.filenode {
                observed.rewritten.push(name());
            }
            if now.scans > was.scans && now.lock >= SHARE_UPDATE_EXCLUSIVE {
                observed.scanned.push(name());
            }
            if table.holds_rows && was.columns.iter().any(|c| !now.columns.contains(c)) {
                observed.dropped.push(name());
            }
        }
        observed
    }

    /// Compares a statement's claims with what it did. `scans_known`: whether scans were seen
    /// (not for statements outside a transaction).
    fn check(&mut self, i: usize, statement: &Statement, observed: &Observed, scans_known: bool) {
        self.tally.statements += 1;
        match observed.with_rows {
            Some(true) => self.tally.with_rows += 1,
            Some(false) => self.tally.on_empty += 1,
            None => {}
        }
        let claims = |h: Hazard| statement.hazards.contains(&h);
        let list = |tables: &[String]| tables.join(", ");

        let exclusive = observed.lock == ACCESS_EXCLUSIVE;
        match (claims(Hazard::AccessExclusiveLock), exclusive) {
            (true, true) => self.confirm(Hazard::AccessExclusiveLock),
            (true, false) => self.contradicts(
                i,
                statement,
                Hazard::AccessExclusiveLock,
                format!(
                    "claims ACCESS_EXCLUSIVE_LOCK, but took at most {} on a table that existed \
                     before{}",
                    lock_name(observed.lock),
                    if observed.locked.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", list(&observed.locked))
                    }
                ),
            ),
            (false, true) => self.contradicts(
                i,
                statement,
                Hazard::AccessExclusiveLock,
                format!(
                    "took an ACCESS EXCLUSIVE lock on a table that existed before ({}) without \
                     ACCESS_EXCLUSIVE_LOCK",
                    list(&observed.locked)
                ),
            ),
            (false, false) => {}
        }

        let rewrote = !observed.rewritten.is_empty();
        match (claims(Hazard::RewritesTable), rewrote) {
            (true, true) => self.confirm(Hazard::RewritesTable),
            (true, false) => self.contradicts(
                i,
                statement,
                Hazard::RewritesTable,
                "claims REWRITES_TABLE, but no table that existed before got a new file".into(),
            ),
            (false, true) => self.contradicts(
                i,
                statement,
                Hazard::RewritesTable,
                format!(
                    "rewrote {} without REWRITES_TABLE",
                    list(&observed.rewritten)
                ),
            ),
            (false, false) => {}
        }

        if scans_known {
            let scanned = !observed.scanned.is_empty();
            let claims_scan = claims(Hazard::ScansTable);
            if claims_scan && scanned {
                self.confirm(Hazard::ScansTable);
            } else if claims_scan {
                self.contradicts(
                    i,
                    statement,
                    Hazard::ScansTable,
                    "claims SCANS_TABLE, but scanned no table that existed before under lock"
                        .into(),
                );
            } else if scanned && !claims(Hazard::RewritesTable) {
                self.contradicts(
                    i,
                    statement,
                    Hazard::ScansTable,
                    format!(
                        "scanned {} under lock without SCANS_TABLE or REWRITES_TABLE",
                        list(&observed.scanned)
                    ),
                );
            }
        }

        let dropped = !observed.dropped.is_empty();
        match (claims(Hazard::DropsData), dropped) {
            (true, true) => self.confirm(Hazard::DropsData),
            (true, false) if rewrote => self.confirm(Hazard::DropsData),
            (true, false) => self.contradicts(
                i,
                statement,
                Hazard::DropsData,
                "claims DROPS_DATA, but dropped no table or column and rewrote nothing".into(),
            ),
            (false, true) => self.contradicts(
                i,
                statement,
                Hazard::DropsData,
                format!(
                    "dropped {} (or a column of it) without DROPS_DATA",
                    list(&observed.dropped)
                ),
            ),
            (false, false) => {}
        }
    }

    /// A statement that cannot run in a transaction (`CREATE INDEX CONCURRENTLY`, `DROP INDEX
    /// CONCURRENTLY`): run alone while a second session holds ACCESS EXCLUSIVE on every table
    /// that existed before, so the statement waits for the first of them it locks, and its
    /// request shows in `pg_locks`.
    fn outside_transaction(&mut self, i: usize, statement: &Statement) -> bool {
        let oids: Vec<i64> = self.tables.keys().copied().collect();
        let before = Self::snapshot(&mut self.client, &oids);
        let names: Vec<String> = Self::current_names(&mut self.client, &oids)
            .into_iter()
            .filter(|(oid, _)| self.tables[oid].is_table)
            .map(|(_, name)| name)
            .collect();
        let mut observer = self.cluster.client(&self.db);
        observer.batch_execute("begin").expect("begin");
        if !names.is_empty() {
            observer
                .batch_execute(&format!(
                    "lock table {} in access exclusive mode",
                    names.join(", ")
                ))
                .expect("locking the tables");
        }
        let pid: i32 = self
            .client
            .query_one("select pg_backend_pid()", &[])
            .expect("pid")
            .get(0);
        let client = &mut self.client;
        let (result, waited) = std::thread::scope(|scope| {
            let running = scope.spawn(move || client.batch_execute(&statement.sql));
            let deadline = Instant::now() + Duration::from_secs(60);
            let mut waited: Option<(i64, u8)> = None;
            while !running.is_finished() && Instant::now() < deadline {
                let rows = observer
                    .query(
                        "select relation::int8, mode from pg_locks \
                         where pid = $1 and locktype = 'relation' and not granted",
                        &[&pid],
                    )
                    .expect("pg_locks");
                if let Some(row) = rows.first() {
                    waited = Some((row.get(0), lock_strength(row.get(1))));
                    break;
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            observer.batch_execute("rollback").expect("rollback");
            (running.join().expect("the statement's thread"), waited)
        });
        if let Err(e) = result {
            self.fail(i, statement, format!("failed: {}", message(&e)));
            return false;
        }
        let after = Self::snapshot(&mut self.client, &oids);
        let mut observed = self.observe(&before, &after);
        if let Some((oid, lock)) = waited {
            self.tally.outside_waited += 1;
            observed.lock = lock;
            observed.locked = vec![self
                .tables
                .get(&oid)
                .map_or_else(|| oid.to_string(), |t| t.name.clone())];
            observed.with_rows = self.tables.get(&oid).map(|t| t.has_rows);
        }
        self.tally.outside += 1;
        self.check(i, statement, &observed, false);
        true
    }
}

/// The server's message rather than `db error`.
fn message(e: &postgres::Error) -> String {
    e.as_db_error()
        .map_or_else(|| e.to_string(), |db| db.message().to_string())
}

/// Whether `sql` is `alter type ... add value ...`.
fn is_add_value(sql: &str) -> bool {
    add_value_parts(sql).is_some()
}

/// The type and the label literal of `alter type T add value 'L' ...;`, as written.
fn add_value_parts(sql: &str) -> Option<(&str, &str)> {
    let rest = sql.strip_prefix("alter type ")?;
    // The type's name ends at the first ` add value ` outside double quotes.
    let mut quoted = false;
    let mut end = None;
    for (at, c) in rest.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if !quoted && rest[at..].starts_with(" add value ") {
            end = Some(at);
            break;
        }
    }
    let end = end?;
    let type_name = &rest[..end];
    let literal_start = &rest[end + " add value ".len()..];
    let (escape, body) = match literal_start.strip_prefix('E') {
        Some(body) => (true, body),
        None => (false, literal_start),
    };
    let body = body.strip_prefix('\'')?;
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' if escape => {
                chars.next();
            }
            '\'' if chars.peek().is_some_and(|(_, next)| *next == '\'') => {
                chars.next();
            }
            '\'' => {
                let len = literal_start.len() - body.len() + at + 1;
                return Some((type_name, &literal_start[..len]));
            }
            _ => {}
        }
    }
    None
}

/// After `alter type T add value 'L'` in this transaction: whether `'L'::T` works here (in a
/// savepoint). `Err` when the statement is not one that adds a value or the cast fails otherwise.
fn new_enum_value_usable(tx: &mut postgres::Transaction<'_>, sql: &str) -> Result<bool, String> {
    let (type_name, literal) = add_value_parts(sql).ok_or_else(|| {
        "claims ENUM_VALUE_NOT_USABLE_IN_TRANSACTION, but adds no enum value".to_string()
    })?;
    let mut savepoint = tx.transaction().expect("savepoint");
    let result = savepoint.batch_execute(&format!("select {literal}::{type_name}"));
    drop(savepoint);
    match result {
        Ok(()) => Ok(true),
        Err(e) if e.code() == Some(&postgres::error::SqlState::UNSAFE_NEW_ENUM_VALUE_USAGE) => {
            Ok(false)
        }
        Err(e) => Err(format!(
            "using the new value {literal} of {type_name} failed otherwise: {}",
            message(&e)
        )),
    }
}

/// The values filled into a column, per type category (`pg_type.typcategory` of the column's
/// type, or of the domain's base type), `g` running from 1 to [`ROWS`], `%T` the column's type
/// and `%B` the base type. Columns of other categories are left to their defaults (NULL).
const FILL: &str = "
select c.oid::int8,
       c.oid::regclass::text,
       coalesce(string_agg(quote_ident(a.attname), ', ' order by a.attnum)
                  filter (where v.expr is not null), ''),
       coalesce(string_agg(v.expr, ', ' order by a.attnum) filter (where v.expr is not null), ''),
       coalesce(string_agg(quote_ident(a.attname), ', ' order by a.attnum)
                  filter (where v.expr is not null and a.attnotnull), ''),
       coalesce(string_agg(v.expr, ', ' order by a.attnum)
                  filter (where v.expr is not null and a.attnotnull), '')
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
  and a.attidentity = '' and a.attgenerated = '' and not a.atthasdef
left join pg_type t on t.oid = a.atttypid
left join pg_type b on b.oid = case when t.typtype = 'd' then t.typbasetype else t.oid end
cross join lateral (
  select replace(replace(
    case
      when b.typname = 'uuid' then 'md5(g::text)::uuid::%T'
      when b.typcategory = 'N' then 'g::%T'
      when b.typcategory in ('S', 'U') then 'g::text::%T'
      when b.typcategory = 'B' then '(g % 2 = 0)::%T'
      when b.typcategory = 'D' then '(timestamp ''2020-01-01'' + g * interval ''1 day'')::%T'
      when b.typcategory = 'T' then '(g * interval ''1 hour'')::%T'
      when b.typcategory = 'E'
        then '(enum_range(null::%B))[1 + (g - 1) % cardinality(enum_range(null::%B))]::%T'
      when b.typcategory = 'I' then '(''10.0.0.'' || g)::inet::%T'
      when b.typcategory = 'A' then '''{}''::%T'
    end,
    '%T', format_type(a.atttypid, a.atttypmod)), '%B', format_type(b.oid, null)) as expr
) v
where c.relkind in ('r', 'p') and not c.relispartition
  and n.nspname not in ('pg_catalog', 'information_schema')
  and n.nspname !~ '^pg_(toast|temp_)'
  and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                  and d.objid = c.oid and d.deptype = 'e')
group by c.oid";

/// Puts [`ROWS`] rows into every table that takes them (partitions through their parents):
/// values for every column, else for the NOT NULL ones, else the defaults; tables referring to
/// others are tried again after those are filled.
fn fill(cluster: &Cluster, db: &str) -> (usize, usize) {
    let mut client = cluster.client(db);
    let mut tx = client.transaction().expect("begin");
    let tables = tx.query(FILL, &[]).expect("listing tables to fill");
    let total = tables.len();
    let mut pending: Vec<Vec<String>> = tables
        .iter()
        .map(|row| {
            let name: String = row.get(1);
            let attempts: Vec<String> = [(2, 3), (4, 5)]
                .iter()
                .map(|&(columns, values)| {
                    let columns: String = row.get(columns);
                    let values: String = row.get(values);
                    if columns.is_empty() {
                        format!("insert into {name} select from generate_series(1, {ROWS}) g")
                    } else {
                        format!(
                            "insert into {name} ({columns}) select {values} \
                             from generate_series(1, {ROWS}) g"
                        )
                    }
                })
                .collect();
            attempts
        })
        .collect();
    loop {
        let before = pending.len();
        pending.retain(|attempts| {
            !attempts.iter().any(|sql| {
                let mut savepoint = tx.transaction().expect("savepoint");
                let ok = savepoint.batch_execute(sql).is_ok();
                if ok {
                    savepoint.commit().expect("release savepoint");
                }
                ok
            })
        });
        if pending.is_empty() || pending.len() == before {
            break;
        }
    }
    tx.commit().expect("commit");
    (total - pending.len(), total)
}
