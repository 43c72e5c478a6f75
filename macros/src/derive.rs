//! Finding the spec for `#[derive(FromApiError)]`.

use std::sync::OnceLock;

use proc_macro2::Span;
use syn::LitStr;
use userplane_codegen::derive::LoadedSpec;
use userplane_codegen::{Api, Diagnostics, SourceFile};

use crate::report::to_syn_error;
use crate::spec_path;

/// The spec the `userplane` crate itself is generated from. Embedding it here
/// makes this crate, and so every user of the derive, rebuild when it changes.
const USERPLANE_SPEC: &str = include_str!("../spec/userplane.json");

/// Loads the spec a derive names, or the built-in Userplane spec.
pub(crate) fn load(lit: Option<&LitStr>) -> Result<LoadedSpec, syn::Error> {
    match lit {
        None => {
            // Parsed once per compiler process, however many enums derive.
            static PARSED: OnceLock<Result<Api, Diagnostics>> = OnceLock::new();
            PARSED
                .get_or_init(|| {
                    userplane_codegen::load_source(SourceFile::new(
                        "spec/userplane.json",
                        USERPLANE_SPEC,
                    ))
                })
                .clone()
                .map(|spec| LoadedSpec {
                    spec,
                    track_files: Vec::new(),
                })
                .map_err(|d| to_syn_error(Span::call_site(), d))
        }
        Some(lit) => {
            let display = lit.value();
            let path = spec_path::resolve(&display);
            userplane_codegen::load_file(&path, &display)
                .map(|spec| {
                    let mut track_files = vec![path];
                    track_files.extend(spec.extra_files.iter().cloned());
                    LoadedSpec { spec, track_files }
                })
                .map_err(|d| to_syn_error(lit.span(), d))
        }
    }
}
