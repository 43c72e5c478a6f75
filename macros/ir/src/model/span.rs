//! Where a value was written: every value of the spec model keeps its
//! file, byte offset and JSON pointer, so that a diagnostic can name them.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use crate::diag::Diagnostic;
use crate::source::SourceFile;

/// Where a value was written: its file, byte offset and JSON pointer.
#[derive(Clone)]
pub struct Loc {
    source: Arc<SourceFile>,
    offset: usize,
    pointer: String,
}

impl Loc {
    /// A location in `source`.
    pub fn new(source: Arc<SourceFile>, offset: usize, pointer: &str) -> Self {
        Loc {
            source,
            offset,
            pointer: pointer.to_owned(),
        }
    }

    /// The JSON pointer of the value (`/errors/3/status`).
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// The file the value is in.
    pub fn source(&self) -> &SourceFile {
        &self.source
    }

    /// The 1-based line and column of the value.
    pub fn line_col(&self) -> crate::source::LineCol {
        self.source.line_col(self.offset)
    }

    /// A diagnostic about this value.
    pub fn error(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::at(&self.source, self.offset, &self.pointer, message)
    }
}

impl fmt::Debug for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pos = self.line_col();
        write!(
            f,
            "{}:{}:{} {}",
            self.source.name(),
            pos.line,
            pos.column,
            self.pointer
        )
    }
}

/// A value with the place it was written.
#[derive(Clone, Debug)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub loc: Loc,
}

impl<T> Spanned<T> {
    /// Pairs a value with its location.
    pub fn new(value: T, loc: Loc) -> Self {
        Spanned { value, loc }
    }
}

impl<T> Deref for Spanned<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}
