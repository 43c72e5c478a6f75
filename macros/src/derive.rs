//! Finding the spec for `#[derive(FromApiError)]`.

use syn::LitStr;
use userplane_codegen::derive::LoadedSpec;
use userplane_codegen::{Diagnostics, SourceFile};

use crate::spec_path;

/// The spec the `userplane` crate itself is generated from. Embedding it here
/// makes this crate, and so every user of the derive, rebuild when it changes.
const USERPLANE_SPEC: &str = include_str!("../../spec/userplane.json");

fn to_error(lit: Option<&LitStr>, diags: Diagnostics) -> syn::Error {
    let span = lit.map_or_else(proc_macro2::Span::call_site, LitStr::span);
    let mut errors = diags.into_iter().map(|d| syn::Error::new(span, d));
    let mut first = errors
        .next()
        .unwrap_or_else(|| syn::Error::new(span, "the spec could not be loaded"));
    for e in errors {
        first.combine(e);
    }
    first
}

/// Loads the spec a derive names, or the built-in Userplane spec.
pub(crate) fn load(lit: Option<&LitStr>) -> Result<LoadedSpec, syn::Error> {
    match lit {
        None => {
            userplane_codegen::load_source(SourceFile::new("spec/userplane.json", USERPLANE_SPEC))
                .map(|spec| LoadedSpec {
                    spec,
                    track_files: Vec::new(),
                })
                .map_err(|d| to_error(None, d))
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
                .map_err(|d| to_error(Some(lit), d))
        }
    }
}
