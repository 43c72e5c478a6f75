//! The subcommands.

use std::path::Path;
use std::process::ExitCode;

use docspec_codegen::{Diagnostics, ExpandOptions, Input, InputFile, Loaded};
use serde_json::json;

/// A path as it is reported: as given, with `/` separators.
fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Loads a spec named on the command line, reported by the path as given;
/// with `errors`, the path is an OpenAPI document and `errors` its errors
/// page. Warnings are printed.
pub(crate) fn load(path: &Path, errors: Option<&Path>) -> Result<Loaded, Diagnostics> {
    let file = |p: &Path| InputFile::new(p, display(p));
    let input = Input::new(file(path), errors.map(file));
    let loaded = input.load()?;
    for w in &loaded.warnings {
        eprintln!("warning: {w}");
    }
    Ok(loaded)
}

fn report(diags: &Diagnostics) {
    for d in diags {
        eprintln!("{d}");
    }
}

pub(crate) fn check(specs: &[std::path::PathBuf], errors: Option<&Path>) -> ExitCode {
    let mut failed = false;
    for path in specs {
        match load(path, errors) {
            Ok(spec) => {
                let statuses = match spec.api.statuses().len() {
                    0 => String::new(),
                    n => format!(", {n} documented statuses"),
                };
                println!(
                    "{}: ok ({} codes{statuses}, {} categories, {} models, {} endpoints)",
                    path.display(),
                    spec.api.codes().len(),
                    spec.api.categories().len(),
                    spec.api.models.len(),
                    spec.api.endpoints.len()
                )
            }
            Err(diags) => {
                report(&diags);
                let n = diags.len();
                eprintln!(
                    "{}: {n} problem{}",
                    path.display(),
                    if n == 1 { "" } else { "s" }
                );
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

pub(crate) fn expand(path: &Path, errors: Option<&Path>, runtime: &str) -> ExitCode {
    let runtime = match runtime.parse() {
        Ok(tokens) => tokens,
        Err(e) => {
            eprintln!("error: `--crate {runtime}` is not a Rust path: {e}");
            return ExitCode::from(2);
        }
    };
    let loaded = match load(path, errors) {
        Ok(loaded) => loaded,
        Err(diags) => {
            report(&diags);
            return ExitCode::FAILURE;
        }
    };
    let options = ExpandOptions {
        runtime,
        warnings: loaded.warnings.iter().map(ToString::to_string).collect(),
        ..Default::default()
    };
    match docspec_codegen::pretty(docspec_codegen::expand(&loaded.api, &options)) {
        Ok(code) => {
            print!("{code}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("internal error: generated code does not parse: {e}");
            ExitCode::FAILURE
        }
    }
}

pub(crate) fn diff(old: &Path, new: &Path, errors: Option<&Path>, as_json: bool) -> ExitCode {
    let (old_spec, new_spec) = match (load(old, errors), load(new, errors)) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => {
            for d in [a.err(), b.err()].into_iter().flatten() {
                report(&d);
            }
            return ExitCode::from(2);
        }
    };
    let changes = docspec_codegen::diff::diff(&old_spec.spec, &new_spec.spec);
    let breaking = changes.iter().filter(|c| c.breaking).count();
    if as_json {
        let list: Vec<_> = changes
            .iter()
            .map(|c| {
                json!({
                    "item": c.item.as_str(),
                    "kind": c.kind.as_str(),
                    "name": c.name,
                    "detail": c.detail,
                    "breaking": c.breaking,
                })
            })
            .collect();
        let doc = json!({"changes": list, "total": changes.len(), "breaking": breaking});
        println!("{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
    } else if changes.is_empty() {
        println!("no changes");
    } else {
        for c in &changes {
            println!("{c}");
        }
        println!(
            "{} change{}, {breaking} breaking",
            changes.len(),
            if changes.len() == 1 { "" } else { "s" }
        );
    }
    if breaking > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

pub(crate) fn import(page: &Path, output: Option<&Path>) -> ExitCode {
    let spec = match load(page, None) {
        Ok(spec) => spec,
        Err(diags) => {
            report(&diags);
            return ExitCode::FAILURE;
        }
    };
    let json = docspec_codegen::write::errors_to_json(&spec);
    match output {
        None => {
            print!("{json}");
            ExitCode::SUCCESS
        }
        Some(path) => match std::fs::write(path, json) {
            Ok(()) => {
                eprintln!(
                    "wrote {} ({} codes, {} documented statuses, {} categories)",
                    path.display(),
                    spec.api.codes().len(),
                    spec.api.statuses().len(),
                    spec.api.categories().len()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", path.display());
                ExitCode::FAILURE
            }
        },
    }
}

pub(crate) fn mock(path: &Path, errors: Option<&Path>, port: u16) -> ExitCode {
    let spec = match load(path, errors) {
        Ok(spec) => spec,
        Err(diags) => {
            report(&diags);
            return ExitCode::FAILURE;
        }
    };
    let served = docspec_mock::MockServer::builder(spec.api)
        .port(port)
        .serve_until_interrupted();
    match served {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
