//! Finding the spec file a macro names.

use std::path::PathBuf;

/// The environment variable that overrides `CARGO_MANIFEST_DIR` as the base
/// of relative spec paths. Test drivers set it: trybuild compiles each case in
/// a project under `target/tests/`, where the real manifest directory is not.
pub(crate) const MANIFEST_DIR_OVERRIDE: &str = "DOCSPEC_MANIFEST_DIR_OVERRIDE";

/// `path` resolved against the manifest directory of the crate being built:
/// there if the file exists there, else against the override when one is
/// set (a trybuild case, whose manifest directory holds no fixtures; the
/// crates it depends on keep resolving against their own directories).
pub(crate) fn locate(path: &str) -> PathBuf {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    let override_dir = std::env::var_os(MANIFEST_DIR_OVERRIDE).map(PathBuf::from);
    let in_manifest = manifest.as_ref().map(|dir| dir.join(path));
    let joined = match (in_manifest, override_dir) {
        (Some(own), _) if own.exists() => own,
        (_, Some(dir)) => dir.join(path),
        (Some(own), None) => own,
        (None, None) => PathBuf::from(path),
    };
    // An absolute path keeps `include_bytes!` independent of where the
    // generated code ends up.
    std::path::absolute(&joined).unwrap_or(joined)
}
