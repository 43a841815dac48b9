//! The options of a diff: migra's command-line flags that change what is compared.

/// migra's options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Only this schema (`--schema`).
    pub schema: Option<String>,
    /// Never these schemas (`--exclude-schema`).
    pub exclude_schema: Vec<String>,
    /// Only create the extensions the target has and the source lacks (`--create-extensions-only`).
    pub create_extensions_only: bool,
    /// Do not update extensions whose version differs (`--ignore-extension-versions`).
    pub ignore_extension_versions: bool,
    /// Also diff privileges (`--with-privileges`).
    pub with_privileges: bool,
}
