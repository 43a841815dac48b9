//! Prints the JSON Schema of the binding's option and result types, from which
//! `npm/scripts/gen-types.mjs` generates the package's TypeScript declarations.

fn main() {
    print!("{}", migra_wasm::api_schema());
}
