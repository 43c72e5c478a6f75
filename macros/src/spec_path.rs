//! Finding the spec file a macro names.

use std::path::PathBuf;

/// The environment variable that overrides `CARGO_MANIFEST_DIR` as the base
/// of relative spec paths. Test drivers set it: trybuild compiles each case in
/// a project under `target/tests/`, where the real manifest directory is not.
pub(crate) const MANIFEST_DIR_OVERRIDE: &str = "USERPLANE_MANIFEST_DIR_OVERRIDE";

/// `path` resolved against the manifest directory of the crate being built.
pub(crate) fn resolve(path: &str) -> PathBuf {
    let base = std::env::var_os(MANIFEST_DIR_OVERRIDE)
        .or_else(|| std::env::var_os("CARGO_MANIFEST_DIR"))
        .map(PathBuf::from)
        .unwrap_or_default();
    let joined = base.join(path);
    // An absolute path keeps `include_bytes!` independent of where the
    // generated code ends up.
    std::path::absolute(&joined).unwrap_or(joined)
}
