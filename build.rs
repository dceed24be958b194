// The Fluent loader and the migration macros embed files at compile time but only notice
// changes to files they already knew; a new locale file or migration folder must rebuild too.
fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=migrations");
}
