//! Loading the spec that `#[derive(FromApiError)]` checks against, once per
//! compiler process however many enums derive.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use docspec_codegen::Api;
use docspec_codegen::derive::Handoff;
use proc_macro2::TokenStream;

use crate::report::to_syn_error;

/// The spec at the handoff's path, parsed and checked. The cache keeps the
/// file's bytes, so an edited file (in a long-lived compiler process, such as
/// an IDE's) is loaded again.
fn load(handoff: &Handoff) -> Result<Arc<Api>, syn::Error> {
    type Cache = Mutex<HashMap<PathBuf, (Vec<u8>, Arc<Api>)>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let display = handoff.spec.value();
    let path = PathBuf::from(&display);
    let bytes = std::fs::read(&path).map_err(|e| {
        syn::Error::new(
            handoff.spec.span(),
            format!("cannot read the spec `{display}` of the module the enum names: {e}"),
        )
    })?;
    let cache = CACHE.get_or_init(Cache::default);
    let hit = cache.lock().ok().and_then(|c| {
        c.get(&path)
            .filter(|(cached, _)| *cached == bytes)
            .map(|(_, api)| api.clone())
    });
    if let Some(api) = hit {
        return Ok(api);
    }
    let loaded = match &handoff.errors {
        Some(errors) => {
            let errors = errors.value();
            docspec_codegen::load_openapi(
                (&path, &display),
                (PathBuf::from(&errors).as_path(), &errors),
            )
        }
        None => docspec_codegen::load_file(&path, &display),
    };
    let api = loaded
        .map(Arc::new)
        .map_err(|d| to_syn_error(handoff.spec.span(), d))?;
    if let Ok(mut c) = cache.lock() {
        c.insert(path, (bytes, api.clone()));
    }
    Ok(api)
}

/// Expands the hidden macro's handoff into the derive's conversions.
pub(crate) fn expand(handoff: &Handoff) -> TokenStream {
    let spec = load(handoff);
    docspec_codegen::derive::expand(
        &handoff.input,
        &handoff.module,
        spec.as_deref().map_err(Clone::clone),
    )
}
