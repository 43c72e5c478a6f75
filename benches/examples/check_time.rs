//! Size of the generated code, and `cargo check` time of a crate holding it,
//! for our generator and for progenitor, on the same Userplane API.
//!
//! `cargo run --release -p docspec-benches --example check_time`
//!
//! Builds two crates under `target/check-time/` (dependencies are compiled
//! once first), then times `cargo check` of each crate alone, after touching
//! its source, five times, and prints the median.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use docspec_codegen::{ExpandOptions, SourceFile, expand, load_source, pretty};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn write_crate(dir: &Path, manifest: &str, lib: &str) {
    let _ = std::fs::remove_dir_all(dir.join("src"));
    std::fs::create_dir_all(dir.join("src")).expect("create crate");
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("manifest");
    std::fs::write(dir.join("src/lib.rs"), lib).expect("lib.rs");
}

fn cargo_check(dir: &Path, target: &Path) -> Duration {
    let started = Instant::now();
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["check", "--quiet"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .status()
        .expect("cargo runs");
    assert!(status.success(), "cargo check failed in {}", dir.display());
    started.elapsed()
}

fn median_check(dir: &Path, target: &Path) -> Duration {
    cargo_check(dir, target); // dependencies
    let mut times: Vec<Duration> = (0..5)
        .map(|_| {
            let lib = dir.join("src/lib.rs");
            let text = std::fs::read_to_string(&lib).expect("read");
            std::fs::write(&lib, text).expect("touch");
            cargo_check(dir, target)
        })
        .collect();
    times.sort();
    times[2]
}

fn main() {
    let root = workspace();
    let spec_text = std::fs::read_to_string(root.join("spec/userplane.json")).expect("spec");
    let spec = load_source(SourceFile::new("spec/userplane.json", spec_text)).expect("valid");

    let ours = pretty(expand(&spec.api, &ExpandOptions::default())).expect("parses");
    let doc_value = docspec_benches::openapi(&spec.api);
    let doc: openapiv3::OpenAPI = serde_json::from_value(doc_value.clone()).expect("OpenAPI");
    let page = std::fs::read_to_string(root.join("spec/docs/errors-page.md")).expect("page");
    let from_openapi = docspec_codegen::load_openapi_sources(
        SourceFile::new("openapi.json", doc_value.to_string()),
        SourceFile::new("errors-page.md", page),
    )
    .expect("loads");
    let ours_openapi =
        pretty(expand(&from_openapi.api, &ExpandOptions::default())).expect("parses");
    let theirs = progenitor_impl::Generator::default()
        .generate_tokens(&doc)
        .map(|t| prettyplease::unparse(&syn2::parse2(t).expect("parses")))
        .expect("generates");

    let base = root.join("target/check-time");
    let target = base.join("target");
    let runtime = root.join("runtime");
    let ours_crate = |name: &str, code: &str| {
        let dir = base.join(name);
        write_crate(
            &dir,
            &format!(
                "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n[dependencies]\ndocspec = {{ path = {runtime:?} }}\n\n[workspace]\n"
            ),
            &format!("#![allow(warnings)]\npub mod api {{\n{code}\n}}\n"),
        );
        let _ = std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"));
        dir
    };
    let ours_dir = ours_crate("ours", &ours);
    let ours_openapi_dir = ours_crate("ours_openapi", &ours_openapi);
    let theirs_dir = base.join("progenitor");
    write_crate(
        &theirs_dir,
        "[package]\nname = \"theirs\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[dependencies]\nprogenitor-client = \"0.11\"\nreqwest = { version = \"0.12\", default-features = false, features = [\"json\", \"stream\", \"rustls-tls\"] }\nserde = { version = \"1\", features = [\"derive\"] }\nserde_json = \"1\"\nregress = \"0.10\"\nfutures = \"0.3\"\n\n[workspace]\n",
        &format!("#![allow(warnings)]\n{theirs}\n"),
    );

    let lines = |s: &str| s.lines().count();
    println!(
        "generated code: ours {} bytes / {} lines; ours from the OpenAPI document {} bytes / {} lines; progenitor {} bytes / {} lines",
        ours.len(),
        lines(&ours),
        ours_openapi.len(),
        lines(&ours_openapi),
        theirs.len(),
        lines(&theirs)
    );
    let ours_time = median_check(&ours_dir, &target);
    let ours_openapi_time = median_check(&ours_openapi_dir, &target);
    let theirs_time = median_check(&theirs_dir, &target);
    println!(
        "cargo check of the crate (median of 5, dependencies built): ours {:.2} s, ours from the OpenAPI document {:.2} s, progenitor {:.2} s",
        ours_time.as_secs_f64(),
        ours_openapi_time.as_secs_f64(),
        theirs_time.as_secs_f64()
    );
}
