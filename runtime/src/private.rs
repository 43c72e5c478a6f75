//! Items generated code refers to. Not public API: they may change in any
//! release.

pub use http;
pub use serde;
pub use serde_json;

use http::StatusCode;

use crate::code::ApiErrorCode;

/// The status for a number a validated spec holds (400–599); anything else
/// reads as 500.
pub const fn status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(s) => s,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Deserializes a generated `ErrorCode` from its code string.
pub fn deserialize_code<'de, C, D>(deserializer: D) -> Result<C, D::Error>
where
    C: ApiErrorCode,
    D: serde::Deserializer<'de>,
{
    struct CodeVisitor<C>(std::marker::PhantomData<C>);

    impl<C: ApiErrorCode> serde::de::Visitor<'_> for CodeVisitor<C> {
        type Value = C;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an error code string")
        }

        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<C, E> {
            C::from_code(v).ok_or_else(|| E::custom(crate::UnknownErrorCode::new(v)))
        }
    }

    deserializer.deserialize_str(CodeVisitor(std::marker::PhantomData))
}
