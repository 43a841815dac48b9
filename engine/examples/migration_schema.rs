//! Prints the JSON Schema of the migration report (`migra --format json`): `cargo run -q -p migra-engine --example migration_schema > engine/migration.schema.json`.

fn main() {
    print!("{}", migra_engine::report_json_schema());
}
