//! Loading the spec that `#[derive(FromApiError)]` checks against, once per
//! compiler process however many enums derive.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use docspec_codegen::derive::Handoff;
use docspec_codegen::{Api, Input};
use proc_macro2::TokenStream;

use crate::report::to_syn_error;

/// A loaded spec and the bytes of every file it was read from.
struct Cached {
    files: Vec<(PathBuf, Vec<u8>)>,
    api: Arc<Api>,
}

impl Cached {
    /// Whether no file it was read from has changed since.
    fn is_fresh(&self) -> bool {
        self.files
            .iter()
            .all(|(path, bytes)| std::fs::read(path).is_ok_and(|now| now == *bytes))
    }
}

/// The spec at the handoff's path, parsed and checked. The cache keeps the
/// bytes of every file read (the spec, and any page or document it names),
/// so an edited file (in a long-lived compiler process, such as an IDE's)
/// is loaded again.
fn load(handoff: &Handoff) -> Result<Arc<Api>, syn::Error> {
    type Cache = Mutex<HashMap<Input, Cached>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let input = handoff.api_input();
    let cache = CACHE.get_or_init(Cache::default);
    let hit = cache.lock().ok().and_then(|c| {
        c.get(&input)
            .filter(|cached| cached.is_fresh())
            .map(|cached| cached.api.clone())
    });
    if let Some(api) = hit {
        return Ok(api);
    }
    let loaded = input
        .load()
        .map_err(|d| to_syn_error(handoff.spec.span(), d))?;
    let files = input
        .files_read(&loaded)
        .into_iter()
        .filter_map(|p| std::fs::read(&p).ok().map(|bytes| (p, bytes)))
        .collect();
    let api = Arc::new(loaded.api);
    if let Ok(mut c) = cache.lock() {
        c.insert(
            input,
            Cached {
                files,
                api: api.clone(),
            },
        );
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
