//! Typed query parameters: the enum of a parameter's values, the setter's
//! documentation (each rule once), and the checks run before sending.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::doc;
use docspec_ir::Api;
use docspec_ir::ir::{ParamType, QueryEnum, QueryParam};

/// Every query parameter's enum of values, for the `models` module.
pub(crate) fn enums(api: &Api) -> TokenStream {
    let all = api.endpoints.iter().flat_map(|e| {
        e.query
            .iter()
            .filter_map(|q| Some(one(&e.id, &q.name, q.values.as_ref()?)))
    });
    quote!(#(#all)*)
}

fn one(endpoint: &str, param: &str, en: &QueryEnum) -> TokenStream {
    let name = format_ident!("{}", en.name);
    let docs = doc::attrs(&format!(
        "The values of `{param}` on `{endpoint}`, as the spec lists them."
    ));
    let idents: Vec<_> = en
        .variants
        .iter()
        .map(|(i, _)| format_ident!("{}", i))
        .collect();
    let wires: Vec<String> = en.variants.iter().map(|(_, v)| v.wire()).collect();
    let variant_docs = wires.iter().map(|w| doc::attrs(&format!("`{w}`")));
    quote! {
        #docs
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum #name {
            #( #variant_docs #idents, )*
        }

        impl #name {
            /// Every value, in the spec's order.
            pub const ALL: &'static [Self] = &[#(Self::#idents),*];

            /// The value as it is sent.
            pub const fn as_str(self) -> &'static str {
                match self {
                    #(Self::#idents => #wires,)*
                }
            }
        }

        impl ::core::fmt::Display for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    }
}

/// The setter's documentation: the description, then each rule once.
pub(crate) fn setter_doc(q: &QueryParam) -> String {
    let mut d = match &q.description {
        Some(d) => doc::escape(d),
        None => format!("Sets `{}`.", q.name),
    };
    let rule = if let Some(values) = &q.values {
        let values: Vec<String> = values
            .variants
            .iter()
            .map(|(_, v)| format!("`{}`", v.wire()))
            .collect();
        Some(format!("One of {}.", values.join(", ")))
    } else {
        match (q.ty, q.minimum, q.maximum) {
            (ParamType::Integer, Some(min), Some(max)) => Some(format!("From {min} to {max}.")),
            (ParamType::Integer, Some(min), None) => Some(format!("At least {min}.")),
            (ParamType::Integer, None, Some(max)) => Some(format!("At most {max}.")),
            _ => match (&q.min_length, &q.max_length) {
                (Some(min), Some(max)) => Some(format!("{min} to {max} characters.")),
                (Some(min), None) => Some(format!("At least {min} characters.")),
                (None, Some(max)) => Some(format!("At most {max} characters.")),
                (None, None) => None,
            },
        }
    };
    if let Some(rule) = rule {
        d.push_str(&format!(
            " {rule} A value outside it is refused before sending."
        ));
    }
    if let Some(default) = &q.default {
        d.push_str(&format!(" The server's default is `{default}`."));
    }
    d
}

/// The check of a set parameter against its limits, if it has any.
pub(crate) fn check(
    q: &QueryParam,
    field: &proc_macro2::Ident,
    endpoint: &str,
    rt: &TokenStream,
) -> Option<TokenStream> {
    if q.values.is_some() {
        return None; // the type is the rule
    }
    let opt = |v: Option<i64>| match v {
        Some(v) => quote!(::core::option::Option::Some(#v)),
        None => quote!(::core::option::Option::None),
    };
    let opt_len = |v: &Option<usize>| match v {
        Some(v) => {
            let n = Literal::usize_unsuffixed(*v);
            quote!(::core::option::Option::Some(#n))
        }
        None => quote!(::core::option::Option::None),
    };
    let wire = q.name.as_str();
    let (min, max) = (opt(q.minimum), opt(q.maximum));
    let (min_len, max_len) = (opt_len(&q.min_length), opt_len(&q.max_length));
    let rule = quote! {
        #rt::__private::QueryRule {
            name: #wire,
            minimum: #min,
            maximum: #max,
            min_length: #min_len,
            max_length: #max_len,
        }
    };
    match q.ty {
        ParamType::Integer if q.minimum.is_some() || q.maximum.is_some() => Some(quote! {
            if let ::core::option::Option::Some(value) = self.#field {
                #rule.check_int(#endpoint, value)?;
            }
        }),
        ParamType::String if q.min_length.is_some() || q.max_length.is_some() => Some(quote! {
            if let ::core::option::Option::Some(value) = &self.#field {
                #rule.check_str(#endpoint, value)?;
            }
        }),
        _ => None,
    }
}
