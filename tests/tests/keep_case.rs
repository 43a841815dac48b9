//! Keeping a failing generated pair (issue 15, part 3): `just keep-schema-case SEED NAME` runs
//! [`keep`], which shrinks the pair of `MIGRA_KEEP_SEED` to a small pair failing the same property
//! (`migra_schemagen::shrink`), writes it as `tests/roundtrip/NAME/{a.sql,b.sql}` (with `flags`
//! and `min_major` when it needs them) and adds NAME to `own_cases!` in roundtrip.rs; the recipe
//! then fetches its engine case's catalogs and writes its expected outputs.

use std::path::Path;

use migra_schemagen::{render, shrink, Pair};
use migra_tests::Cluster;

use crate::roundtrip::own_cases;
use crate::schema_pairs::{check, features};

/// Adds `name` to the `own_cases!` list of `roundtrip` (sorted), unless it is there.
fn list_case(roundtrip: &str, name: &str) -> Result<String, String> {
    let start = roundtrip
        .find("\nown_cases! {\n")
        .ok_or("roundtrip.rs has no `own_cases! {` list")?
        + "\nown_cases! {\n".len();
    let end = start
        + roundtrip[start..]
            .find("\n}\n")
            .ok_or("the own_cases! list has no end")?;
    let entries = &roundtrip[start..end];
    if entries
        .lines()
        .any(|l| l.trim().trim_end_matches([',', '{']).trim() == name)
    {
        return Ok(roundtrip.to_string());
    }
    // Before the first top-level entry that sorts after it.
    let mut at = end + 1;
    let mut offset = start;
    for line in entries.split_inclusive('\n') {
        let is_entry = line.starts_with("    ") && !line.starts_with("     ");
        let ident = line.trim().trim_end_matches([',', '{']).trim();
        if is_entry && ident > name && !ident.starts_with('}') {
            at = offset;
            break;
        }
        offset += line.len();
    }
    let mut out = roundtrip.to_string();
    out.insert_str(at, &format!("    {name},\n"));
    Ok(out)
}

#[test]
#[ignore = "writes a round-trip case: run with `just keep-schema-case SEED NAME`"]
fn keep() {
    let seed: u64 = std::env::var("MIGRA_KEEP_SEED")
        .expect("MIGRA_KEEP_SEED")
        .parse()
        .expect("MIGRA_KEEP_SEED is a number");
    let name = std::env::var("MIGRA_KEEP_NAME").expect("MIGRA_KEEP_NAME");
    assert!(
        !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
        "MIGRA_KEEP_NAME={name}: a case name is lower-case letters, digits and _"
    );
    let cluster = Cluster::shared();
    let pair = Pair::from_seed(seed, features(cluster));
    let failure = match check(cluster, &pair) {
        Ok(()) => panic!(
            "seed {seed} passes on PostgreSQL {}: nothing to keep",
            cluster.major()
        ),
        Err(f) => f,
    };
    eprintln!(
        "seed {seed} fails ({}); shrinking {} parts",
        failure.property,
        pair.size()
    );
    let mut tries = 0;
    let small = shrink(&pair, |candidate| {
        tries += 1;
        check(cluster, candidate).is_err_and(|f| f.property == failure.property)
    });
    eprintln!("shrunk to {} parts in {tries} tries", small.size());
    let (a, b) = (small.a_sql(), small.b_sql());
    let dir = own_cases::dir().join(&name);
    std::fs::create_dir_all(&dir).unwrap();
    let header = format!(
        "-- Generated pair (issue 15): seed {seed}, shrunk; it failed `{}`.\n",
        failure.property
    );
    std::fs::write(dir.join("a.sql"), format!("{header}{a}")).unwrap();
    std::fs::write(dir.join("b.sql"), format!("{header}{b}")).unwrap();
    let grants = a.contains(render::GRANTEE) || b.contains(render::GRANTEE);
    if grants {
        std::fs::write(dir.join("flags"), "--with-privileges\n").unwrap();
    }
    if a.contains("IMMUTABLE RETURN") || b.contains("IMMUTABLE RETURN") {
        std::fs::write(dir.join("min_major"), "14\n").unwrap();
    }
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/roundtrip.rs");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, list_case(&text, &name).unwrap()).unwrap();
    eprintln!(
        "wrote {} and listed it in own_cases!\n-- a.sql\n{a}\n-- b.sql\n{b}\n-- the failure:\n{}",
        dir.display(),
        failure.detail
    );
}

#[test]
fn a_kept_case_is_listed_in_order() {
    let text = "x\nown_cases! {\n    alpha,\n    gamma {\n        a_to_b,\n        b_to_a,\n    },\n    zeta,\n}\n";
    let listed = list_case(text, "delta").unwrap();
    assert!(
        listed.contains("    alpha,\n    delta,\n    gamma {"),
        "{listed}"
    );
    assert_eq!(list_case(&listed, "delta").unwrap(), listed);
    let last = list_case(text, "zz").unwrap();
    assert!(last.contains("    zeta,\n    zz,\n}\n"), "{last}");
}
