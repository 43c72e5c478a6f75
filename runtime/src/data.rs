//! Decoding the payload of a success response at the spec's pointer
//! (`/data` of `{"message": …, "data": …}`) in one pass, skipping the rest.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor,
};

/// Decodes `T` at `path` (object keys) inside `body`; the whole body when
/// `path` is empty. An empty body (a `204 No Content`) decodes as `null`,
/// which a `serde_json::Value` or `()` payload takes and a model refuses.
pub(crate) fn decode<T: DeserializeOwned>(
    body: &[u8],
    path: &[&str],
) -> Result<T, serde_json::Error> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return serde_json::from_slice(b"null");
    }
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = At::<T> {
        path,
        marker: PhantomData,
    }
    .deserialize(&mut de)?;
    de.end()?;
    Ok(value)
}

struct At<'p, T> {
    path: &'p [&'p str],
    marker: PhantomData<T>,
}

impl<'de, T: DeserializeOwned> DeserializeSeed<'de> for At<'_, T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        match self.path {
            [] => T::deserialize(d),
            _ => d.deserialize_map(self),
        }
    }
}

impl<'de, T: DeserializeOwned> Visitor<'de> for At<'_, T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "an object with a `{}` field",
            self.path.first().unwrap_or(&"")
        )
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let Some((first, rest)) = self.path.split_first() else {
            return Err(de::Error::custom("empty path"));
        };
        let mut found = None;
        while let Some(key) = map.next_key_seed(KeyEq(first))? {
            if key && found.is_none() {
                found = Some(map.next_value_seed(At::<T> {
                    path: rest,
                    marker: PhantomData,
                })?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        found.ok_or_else(|| de::Error::custom(format_args!("missing field `{first}`")))
    }
}

/// Reads an object key and says whether it is the wanted one, without
/// allocating it.
struct KeyEq<'k>(&'k str);

impl<'de> DeserializeSeed<'de> for KeyEq<'_> {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for KeyEq<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        Ok(v == self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Thing {
        id: String,
    }

    #[test]
    fn payload_at_a_pointer() {
        let body = br#"{"message":"ok","data":{"id":"x","other":[1,2]},"extra":null}"#;
        assert_eq!(
            decode::<Thing>(body, &["data"]).unwrap(),
            Thing { id: "x".into() }
        );
        assert_eq!(
            decode::<Thing>(br#"{"id":"y"}"#, &[]).unwrap(),
            Thing { id: "y".into() }
        );
    }

    #[test]
    fn missing_and_malformed_payloads() {
        let err = decode::<Thing>(br#"{"message":"ok"}"#, &["data"]).unwrap_err();
        assert_eq!(err.to_string(), "missing field `data` at line 1 column 16");
        let err = decode::<Thing>(br#"{"data":{"name":"x"}}"#, &["data"]).unwrap_err();
        assert!(err.to_string().starts_with("missing field `id`"), "{err}");
        assert!(decode::<Thing>(b"[1]", &["data"]).is_err());
        assert!(decode::<Thing>(b"", &["data"]).is_err());
    }
}
