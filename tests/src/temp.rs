//! Temporary directories under `/tmp` (`/tmp/migra-test-<pid>-<n>-<label>`), removed on drop:
//! the library's [`migra_cluster::TempDir`]. Under `/tmp` rather than `$TMPDIR` or the target
//! directory because the server runs as the `postgres` user when the tests run as root, and that
//! user must be able to traverse every directory above its data.

pub use migra_cluster::TempDir;
