//! What an API's description is read from, decided once: a spec, or an
//! OpenAPI document with its errors page. The attribute, the derive and the
//! command line all load through [`Input`].

use std::path::{Path, PathBuf};

use crate::diag::Diagnostics;
use crate::load::{Loaded, load_file, load_openapi};

/// A file to read, with the name diagnostics give it (the path as the user
/// wrote it, relative to their crate or working directory).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct InputFile {
    /// Where the file is.
    pub path: PathBuf,
    /// How reports name it.
    pub display: String,
}

impl InputFile {
    /// A file at `path`, reported as `display`.
    pub fn new(path: impl Into<PathBuf>, display: impl Into<String>) -> Self {
        InputFile {
            path: path.into(),
            display: display.into(),
        }
    }

    /// A file reported under its path as given.
    pub fn at(path: impl Into<PathBuf>) -> Self {
        let path = path.into();
        let display = path.to_string_lossy().into_owned();
        InputFile { path, display }
    }
}

/// What an API's description is read from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Input {
    /// A spec in the docspec format: JSON, or a Markdown errors page
    /// (`.md`, `.mdx`, `.markdown`) alone.
    Spec(InputFile),
    /// An OpenAPI document (3.0 or 3.1) as the source of endpoints and
    /// models, with an errors page (Markdown, or a JSON spec whose errors
    /// are taken) as the source of error codes.
    OpenApi {
        /// The OpenAPI document.
        document: InputFile,
        /// The errors page.
        errors: InputFile,
    },
}

impl Input {
    /// A spec alone, or an OpenAPI document with its errors page: the one
    /// place where the two ways of naming an API's files are told apart.
    pub fn new(main: InputFile, errors: Option<InputFile>) -> Self {
        match errors {
            None => Input::Spec(main),
            Some(errors) => Input::OpenApi {
                document: main,
                errors,
            },
        }
    }

    /// The file named first: the spec, or the OpenAPI document.
    pub fn main(&self) -> &InputFile {
        match self {
            Input::Spec(file) | Input::OpenApi { document: file, .. } => file,
        }
    }

    /// The errors page given beside an OpenAPI document.
    pub fn errors(&self) -> Option<&InputFile> {
        match self {
            Input::Spec(_) => None,
            Input::OpenApi { errors, .. } => Some(errors),
        }
    }

    /// Reads, parses and checks every file of the input.
    pub fn load(&self) -> Result<Loaded, Diagnostics> {
        match self {
            Input::Spec(spec) => load_file(&spec.path, &spec.display),
            Input::OpenApi { document, errors } => load_openapi(
                (&document.path, &document.display),
                (&errors.path, &errors.display),
            ),
        }
    }

    /// Every file a successful [`load`](Self::load) read (absolute paths):
    /// the input's own and the pages and documents a spec names. Whoever
    /// caches or generates from an input watches these for changes.
    pub fn files_read(&self, loaded: &Loaded) -> Vec<PathBuf> {
        let mut files = vec![absolute(&self.main().path)];
        for file in self.errors().into_iter().map(|e| absolute(&e.path)) {
            files.push(file);
        }
        for file in &loaded.files {
            if !files.contains(file) {
                files.push(file.clone());
            }
        }
        files
    }
}

/// `path`, absolute when the working directory can be read.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
