//! Reading `#[userplane(...)]` attributes of a `FromApiError` enum.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Fields, Ident, LitStr};

/// Attributes on the enum itself.
#[derive(Default)]
pub(crate) struct Container {
    /// `spec = "path"`: another spec than Userplane's.
    pub(crate) spec: Option<LitStr>,
    /// `module = "crate::my_api"`: where that spec's generated items are.
    pub(crate) module: Option<TokenStream>,
    /// `crate = "::userplane"`: the runtime crate.
    pub(crate) runtime: Option<TokenStream>,
    /// `endpoint = "delete_link"`: cover only this endpoint's codes.
    pub(crate) endpoint: Option<LitStr>,
    /// `category = "resource"`: cover only this category's codes.
    pub(crate) category: Option<LitStr>,
}

/// How a variant holds the error it receives.
pub(crate) enum Shape {
    /// `Variant`
    Unit,
    /// `Variant(T)`, `T: From<ApiError>`
    Tuple,
    /// `Variant { field: T }`, `T: From<ApiError>`
    Named(Ident),
}

/// One variant and what it receives.
pub(crate) struct Mapped {
    pub(crate) ident: Ident,
    pub(crate) shape: Shape,
    pub(crate) codes: Vec<LitStr>,
    pub(crate) categories: Vec<LitStr>,
    /// `#[userplane(other)]`: every code in scope that no variant maps.
    pub(crate) other: Option<Span>,
    /// `#[userplane(unknown)]`: codes outside the scope or the spec.
    pub(crate) unknown: Option<Span>,
    /// `#[userplane(transport)]`: failures that are not API errors.
    pub(crate) transport: Option<Span>,
}

impl Mapped {
    pub(crate) fn receives_anything(&self) -> bool {
        !self.codes.is_empty()
            || !self.categories.is_empty()
            || self.other.is_some()
            || self.unknown.is_some()
            || self.transport.is_some()
    }
}

fn helper_attrs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|a| a.path().is_ident("userplane"))
}

fn set_once<T>(slot: &mut Option<T>, value: T, span: Span, what: &str) -> syn::Result<()> {
    if slot.is_some() {
        return Err(syn::Error::new(span, format!("`{what}` is given twice")));
    }
    *slot = Some(value);
    Ok(())
}

/// Reads the enum's attributes and variants; every problem is collected.
pub(crate) fn parse(input: &DeriveInput, errors: &mut Vec<syn::Error>) -> (Container, Vec<Mapped>) {
    let mut container = Container::default();
    for attr in helper_attrs(&input.attrs) {
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
            let span = meta.path.span();
            match key.as_str() {
                "spec" => set_once(&mut container.spec, meta.value()?.parse()?, span, "spec"),
                "endpoint" => set_once(&mut container.endpoint, meta.value()?.parse()?, span, "endpoint"),
                "category" => set_once(&mut container.category, meta.value()?.parse()?, span, "category"),
                "module" => {
                    let lit: LitStr = meta.value()?.parse()?;
                    let path = lit.parse::<syn::Path>()?.into_token_stream();
                    set_once(&mut container.module, path, span, "module")
                }
                "crate" => {
                    let lit: LitStr = meta.value()?.parse()?;
                    let path = lit.parse::<syn::Path>()?.into_token_stream();
                    set_once(&mut container.runtime, path, span, "crate")
                }
                _ => Err(meta.error(format!(
                    "unknown attribute `{key}` on the enum; expected `spec`, `module`, `crate`, `endpoint` or `category`"
                ))),
            }
        });
        if let Err(e) = result {
            errors.push(e);
        }
    }
    if container.endpoint.is_some() && container.category.is_some() {
        errors.push(syn::Error::new(
            input.ident.span(),
            "narrow the coverage to an endpoint or to a category, not both",
        ));
    }
    if container.spec.is_some() && container.module.is_none() {
        errors.push(syn::Error::new(
            input.ident.span(),
            "with `spec`, say where that spec's generated items are: `module = \"crate::my_api\"`",
        ));
    }
    // Without its spec, a module's codes would be checked against another
    // spec's: refuse rather than check against the wrong one.
    if container.module.is_some() && container.spec.is_none() {
        errors.push(syn::Error::new(
            input.ident.span(),
            "with `module`, name the spec it was generated from: `spec = \"my-api.json\"` (relative to Cargo.toml)",
        ));
    }

    let Data::Enum(data) = &input.data else {
        errors.push(syn::Error::new(
            input.ident.span(),
            "`FromApiError` is derived for enums",
        ));
        return (container, Vec::new());
    };
    let mut variants = Vec::new();
    for v in &data.variants {
        let shape = match &v.fields {
            Fields::Unit => Shape::Unit,
            Fields::Unnamed(f) if f.unnamed.len() == 1 => Shape::Tuple,
            Fields::Named(f) if f.named.len() == 1 => {
                match f.named.first().and_then(|f| f.ident.clone()) {
                    Some(id) => Shape::Named(id),
                    None => Shape::Unit,
                }
            }
            _ => {
                errors.push(syn::Error::new(
                    v.fields.span(),
                    "a variant of a `FromApiError` enum holds nothing, or one value built from the `ApiError`",
                ));
                Shape::Unit
            }
        };
        let mut mapped = Mapped {
            ident: v.ident.clone(),
            shape,
            codes: Vec::new(),
            categories: Vec::new(),
            other: None,
            unknown: None,
            transport: None,
        };
        let mut attr_errors = false;
        for attr in helper_attrs(&v.attrs) {
            let result = attr.parse_nested_meta(|meta| {
                let key = meta
                    .path
                    .get_ident()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                let span = meta.path.span();
                match key.as_str() {
                    "code" => {
                        mapped.codes.push(meta.value()?.parse()?);
                        Ok(())
                    }
                    "category" => {
                        mapped.categories.push(meta.value()?.parse()?);
                        Ok(())
                    }
                    "other" => set_once(&mut mapped.other, span, span, "other"),
                    "unknown" => set_once(&mut mapped.unknown, span, span, "unknown"),
                    "transport" => set_once(&mut mapped.transport, span, span, "transport"),
                    _ => {
                        const KEYS: [&str; 5] =
                            ["code", "category", "other", "unknown", "transport"];
                        let help = match crate::diag::did_you_mean(&key, KEYS) {
                            Some(near) => format!("did you mean `{near}`?"),
                            None => {
                                "expected `code`, `category`, `other`, `unknown` or `transport`"
                                    .to_owned()
                            }
                        };
                        Err(meta.error(format!(
                            "unknown attribute `{key}` on a variant\n  = help: {help}"
                        )))
                    }
                }
            });
            if let Err(e) = result {
                attr_errors = true;
                errors.push(e);
            }
        }
        if !mapped.receives_anything() && !attr_errors {
            errors.push(syn::Error::new(
                v.ident.span(),
                format!(
                    "variant `{}` receives no error: give it `#[userplane(code = \"…\")]`, `category = \"…\"`, `other`, `unknown` or `transport`",
                    v.ident
                ),
            ));
        }
        variants.push(mapped);
    }
    (container, variants)
}
