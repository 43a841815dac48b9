//! Prints the catalog format's JSON Schema: `cargo run -q -p migra-engine --example catalog_schema > engine/catalog.schema.json`.

fn main() {
    print!("{}", migra_engine::model::json_schema());
}
