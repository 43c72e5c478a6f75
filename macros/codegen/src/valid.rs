//! [`Api`]: a spec that passed every check, the only input generation
//! accepts.
//!
//! The loaders ([`load_file`](crate::load_file),
//! [`load_source`](crate::load_source),
//! [`load_markdown_source`](crate::load_markdown_source)) are the only way
//! to make one: raw parse output ([`parse`](crate::parse)) is a [`Spec`] and
//! cannot reach [`expand`](crate::expand()). It reads as the [`Spec`] it
//! holds.

use std::ops::Deref;

use crate::model::Spec;

/// A spec that passed parsing and every check.
#[derive(Clone, Debug)]
pub struct Api {
    spec: Spec,
}

impl Api {
    /// Wraps a spec that has just passed checking.
    pub(crate) fn checked(spec: Spec) -> Self {
        Api { spec }
    }

    /// The validated spec.
    pub fn spec(&self) -> &Spec {
        &self.spec
    }

    /// The validated spec, by value.
    pub fn into_spec(self) -> Spec {
        self.spec
    }
}

impl Deref for Api {
    type Target = Spec;

    fn deref(&self) -> &Spec {
        &self.spec
    }
}
