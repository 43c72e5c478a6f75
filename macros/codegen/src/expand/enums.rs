//! Enum and union models: a string enum of the spec as a Rust enum, with a
//! variant per listed value, and a tagged union as a Rust enum with a variant
//! per model; each has `Other` for what the spec does not list, so that
//! decoding never fails on a value the API adds.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::doc;
use docspec_ir::ident::OTHER;
use docspec_ir::ir::{EnumVariant, NonEmpty, UnionVariant};

/// The enum, its string conversions, and its serde impls through the
/// runtime's serde.
pub(crate) fn expand(
    name: &str,
    variants: &NonEmpty<EnumVariant>,
    docs: TokenStream,
    rt: &TokenStream,
) -> TokenStream {
    let name = format_ident!("{}", name);
    let wires: Vec<&str> = variants.iter().map(|v| v.value.as_str()).collect();
    let idents: Vec<_> = variants
        .iter()
        .map(|v| format_ident!("{}", v.ident))
        .collect();
    let other = format_ident!("{OTHER}");
    let variant_docs = wires.iter().map(|w| doc::attrs(&format!("`{w}`")));
    let first = format_ident!("{}", variants.first().ident);
    let serde = quote!(#rt::__private::serde);
    quote! {
        #docs
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        pub enum #name {
            #( #variant_docs #idents, )*
            /// A value the spec does not list, kept as sent.
            #other(::std::string::String),
        }

        impl #name {
            /// Every listed value, in the spec's order.
            pub const ALL: &'static [Self] = &[#(Self::#idents),*];

            /// The value as it is sent.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#idents => #wires,)*
                    Self::#other(value) => value,
                }
            }
        }

        impl ::core::default::Default for #name {
            /// The first listed value.
            fn default() -> Self {
                Self::#first
            }
        }

        impl ::core::fmt::Display for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::str::FromStr for #name {
            type Err = ::core::convert::Infallible;
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                ::core::result::Result::Ok(match s {
                    #(#wires => Self::#idents,)*
                    other => Self::#other(::std::string::ToString::to_string(other)),
                })
            }
        }

        impl #serde::Serialize for #name {
            fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                let value = <::std::string::String as #serde::Deserialize>::deserialize(deserializer)?;
                ::core::result::Result::Ok(match value.as_str() {
                    #(#wires => Self::#idents,)*
                    _ => Self::#other(value),
                })
            }
        }
    }
}

/// A tagged union: a variant per model, chosen by the tag field, and
/// `Other` with the whole object for a tag the spec does not list.
pub(crate) fn union(
    name: &str,
    tag: &str,
    variants: &NonEmpty<UnionVariant>,
    docs: TokenStream,
    rt: &TokenStream,
) -> TokenStream {
    let name = format_ident!("{}", name);
    let tags: Vec<&str> = variants.iter().map(|v| v.tag.as_str()).collect();
    let idents: Vec<_> = variants
        .iter()
        .map(|v| format_ident!("{}", v.model))
        .collect();
    let other = format_ident!("{OTHER}");
    let variant_docs = tags
        .iter()
        .map(|t| doc::attrs(&format!("`{tag}` is `{t}`.")));
    let first = format_ident!("{}", variants.first().model);
    let serde = quote!(#rt::__private::serde);
    let json = quote!(#rt::__private::serde_json);
    quote! {
        #docs
        #[derive(Clone, Debug, PartialEq)]
        pub enum #name {
            #( #variant_docs #idents(#idents), )*
            /// A tag the spec does not list, with the whole object as sent.
            #other(#json::Value),
        }

        impl #name {
            /// The field that holds the tag.
            pub const TAG: &'static str = #tag;

            /// The tag of this value.
            pub fn tag(&self) -> ::core::option::Option<&str> {
                match self {
                    #(Self::#idents(_) => ::core::option::Option::Some(#tags),)*
                    Self::#other(value) => value.get(#tag).and_then(#json::Value::as_str),
                }
            }
        }

        impl ::core::default::Default for #name {
            /// The first variant, with its defaults.
            fn default() -> Self {
                Self::#first(::core::default::Default::default())
            }
        }

        impl #serde::Serialize for #name {
            fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                let (tag, mut value) = match self {
                    #(Self::#idents(inner) => (#tags, #json::to_value(inner).map_err(<S::Error as #serde::ser::Error>::custom)?),)*
                    Self::#other(value) => return #serde::Serialize::serialize(value, serializer),
                };
                // The variant decides the tag, whatever its own field holds.
                if let #json::Value::Object(map) = &mut value {
                    map.insert(::std::borrow::ToOwned::to_owned(#tag), #json::Value::from(tag));
                }
                #serde::Serialize::serialize(&value, serializer)
            }
        }

        impl<'de> #serde::Deserialize<'de> for #name {
            fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                let value = <#json::Value as #serde::Deserialize>::deserialize(deserializer)?;
                let tag = value.get(#tag).and_then(#json::Value::as_str).map(::std::borrow::ToOwned::to_owned);
                ::core::result::Result::Ok(match tag.as_deref() {
                    #(::core::option::Option::Some(#tags) => Self::#idents(#json::from_value(value).map_err(<D::Error as #serde::de::Error>::custom)?),)*
                    _ => Self::#other(value),
                })
            }
        }
    }
}
