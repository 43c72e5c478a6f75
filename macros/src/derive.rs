//! Loading the spec that `#[derive(FromApiError)]` checks against, once per
//! compiler process however many enums derive.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use docspec_codegen::Api;
use docspec_codegen::derive::Handoff;
use proc_macro2::TokenStream;

use crate::report::to_syn_error;

/// Where a cached spec was read from: its file, and the errors page of an
/// OpenAPI document.
type Key = (PathBuf, Option<PathBuf>);

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
    type Cache = Mutex<HashMap<Key, Cached>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let display = handoff.spec.value();
    let path = PathBuf::from(&display);
    let errors = handoff.errors.as_ref().map(|e| PathBuf::from(e.value()));
    let key = (path.clone(), errors.clone());
    let cache = CACHE.get_or_init(Cache::default);
    let hit = cache.lock().ok().and_then(|c| {
        c.get(&key)
            .filter(|cached| cached.is_fresh())
            .map(|cached| cached.api.clone())
    });
    if let Some(api) = hit {
        return Ok(api);
    }
    let loaded = match &errors {
        Some(errors) => {
            let errors_display = errors.to_string_lossy().into_owned();
            docspec_codegen::load_openapi((&path, &display), (errors, &errors_display))
        }
        None => docspec_codegen::load_file(&path, &display),
    };
    let api = loaded
        .map(Arc::new)
        .map_err(|d| to_syn_error(handoff.spec.span(), d))?;
    let files = std::iter::once(path)
        .chain(api.extra_files.iter().cloned())
        .filter_map(|p| std::fs::read(&p).ok().map(|bytes| (p, bytes)))
        .collect();
    if let Ok(mut c) = cache.lock() {
        c.insert(
            key,
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
