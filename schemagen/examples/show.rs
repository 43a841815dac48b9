//! Prints the pair of a seed: `cargo run -p migra-schemagen --example show -- SEED [MAJOR]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let seed: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let major: u32 = args.next().and_then(|s| s.parse().ok()).unwrap_or(15);
    let pair = migra_schemagen::Pair::from_seed(seed, migra_schemagen::Features::of_major(major));
    println!("-- a.sql\n{}\n-- b.sql\n{}", pair.a_sql(), pair.b_sql());
    println!("-- rows\n{}", migra_schemagen::render::rows_sql(&pair.base));
}
