//! Helpers shared by the workspace's tests.
//!
//! The tests themselves live in `tests/tests/`: compile-fail cases
//! (`ui.rs`, cases under `ui/`), snapshots of generated code
//! (`snapshots.rs`, files under `snapshots/`), behaviour tests of the
//! generated API for the fixture specs under `fixtures/specs/`, and
//! tests that build a scratch crate with cargo (`rebuild.rs`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// This crate's directory (`<workspace>/tests`).
pub fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The workspace root.
pub fn workspace_dir() -> PathBuf {
    crate_dir()
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| crate_dir().to_path_buf())
}

/// A throwaway cargo package, built with the real `cargo`, that depends on
/// the workspace's generic `docspec` crate (and nothing of Userplane's).
/// Used to observe what a user's build does when a spec file changes, and
/// what a user of another API depends on.
pub struct ScratchCrate {
    dir: PathBuf,
    target: PathBuf,
}

impl ScratchCrate {
    /// Creates (or empties) `target/scratch/<name>` with a manifest, the
    /// workspace's lock file and the given `src/main.rs`.
    pub fn new(name: &str, main_rs: &str) -> std::io::Result<Self> {
        let root = workspace_dir();
        let dir = root.join("target").join("scratch").join(name);
        if dir.exists() {
            std::fs::remove_dir_all(&dir)?;
        }
        std::fs::create_dir_all(dir.join("src"))?;
        let runtime = root.join("runtime");
        let manifest = format!(
            "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\ndocspec = {{ path = {runtime:?} }}\n\n[workspace]\n"
        );
        std::fs::write(dir.join("Cargo.toml"), manifest)?;
        std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))?;
        std::fs::write(dir.join("src").join("main.rs"), main_rs)?;
        // One target directory for every scratch crate, so dependencies are
        // compiled once per machine rather than once per test.
        let target = root.join("target").join("scratch").join("target");
        Ok(ScratchCrate { dir, target })
    }

    /// The package directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes a file relative to the package directory.
    pub fn write(&self, relative: &str, contents: &str) -> std::io::Result<()> {
        let path = self.dir.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, contents)
    }

    /// Rewrites a file as an edit would, dated unmistakably later than the
    /// last build whatever the file system's timestamp resolution.
    pub fn edit(&self, relative: &str, contents: &str) -> std::io::Result<()> {
        self.write(relative, contents)?;
        let file = std::fs::File::options()
            .write(true)
            .open(self.dir.join(relative))?;
        file.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(2))
    }

    /// Runs `cargo <args>` in the package, offline (everything it needs was
    /// fetched for the workspace).
    pub fn cargo(&self, args: &[&str]) -> std::io::Result<Output> {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        Command::new(cargo)
            .args(args)
            .arg("--offline")
            .arg("--quiet")
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", &self.target)
            .env_remove("DOCSPEC_MANIFEST_DIR_OVERRIDE")
            .env_remove("RUSTFLAGS")
            .output()
    }
}

pub mod capture;
pub mod faults;
pub mod fuzzing;
pub mod recorder;
pub mod redis;
pub mod time;

/// A client for a mock server: its URL and key, no retries (so that every
/// error a test provokes reaches the test).
pub fn mock_client(mock: &userplane_mock::MockServer) -> userplane::Client {
    userplane::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .no_retries()
        .build()
        .unwrap_or_else(|e| panic!("client for the mock: {e}"))
}
