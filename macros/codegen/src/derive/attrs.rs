//! Reading `#[api_error(...)]` attributes of a `FromApiError` enum.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Fields, Ident, LitInt, LitStr, Variant};

/// Attributes on the enum itself.
#[derive(Default)]
pub(crate) struct Container {
    /// `module = "crate::my_api"`: the module `#[api]` generated, whose
    /// spec the enum is checked against.
    pub(crate) module: Option<TokenStream>,
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
    /// `status = 404`: documented statuses (those without a code).
    pub(crate) statuses: Vec<LitInt>,
    pub(crate) categories: Vec<LitStr>,
    /// `#[api_error(other)]`: every code in scope that no variant maps.
    pub(crate) other: Option<Span>,
    /// `#[api_error(unknown)]`: codes outside the scope or the spec.
    pub(crate) unknown: Option<Span>,
    /// `#[api_error(transport)]`: failures that are not API errors.
    pub(crate) transport: Option<Span>,
}

impl Mapped {
    pub(crate) fn receives_anything(&self) -> bool {
        !self.codes.is_empty()
            || !self.statuses.is_empty()
            || !self.categories.is_empty()
            || self.other.is_some()
            || self.unknown.is_some()
            || self.transport.is_some()
    }
}

/// The derive's helper attribute.
pub(crate) const HELPER: &str = "api_error";

fn helper_attrs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|a| a.path().is_ident(HELPER))
}

fn set_once<T>(slot: &mut Option<T>, value: T, span: Span, what: &str) -> syn::Result<()> {
    if slot.is_some() {
        return Err(syn::Error::new(span, format!("`{what}` is given twice")));
    }
    *slot = Some(value);
    Ok(())
}

/// The module an enum names with `module = "…"`, read without checking the
/// rest of its attributes (that happens once the spec is known).
pub(crate) fn module(input: &DeriveInput) -> Option<TokenStream> {
    let mut module = None;
    for attr in helper_attrs(&input.attrs) {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("module") {
                let lit: LitStr = meta.value()?.parse()?;
                module = Some(lit.parse::<syn::Path>()?.into_token_stream());
            } else if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<syn::Expr>()?;
            } else if meta.input.peek(syn::token::Paren) {
                meta.parse_nested_meta(|_| Ok(()))?;
            }
            Ok(())
        });
    }
    module
}

/// Reads the enum's attributes and variants; every problem is collected.
pub(crate) fn parse(input: &DeriveInput, errors: &mut Vec<syn::Error>) -> (Container, Vec<Mapped>) {
    let container = container(input, errors);
    let Data::Enum(data) = &input.data else {
        errors.push(syn::Error::new(
            input.ident.span(),
            "`FromApiError` is derived for enums",
        ));
        return (container, Vec::new());
    };
    let variants = data.variants.iter().map(|v| variant(v, errors)).collect();
    (container, variants)
}

/// The enum's own `#[api_error(…)]`: `module`, and an `endpoint` or a
/// `category` that narrows the coverage.
fn container(input: &DeriveInput, errors: &mut Vec<syn::Error>) -> Container {
    let mut container = Container::default();
    for attr in helper_attrs(&input.attrs) {
        let result = attr.parse_nested_meta(|meta| {
            let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
            let span = meta.path.span();
            match key.as_str() {
                "endpoint" => set_once(&mut container.endpoint, meta.value()?.parse()?, span, "endpoint"),
                "category" => set_once(&mut container.category, meta.value()?.parse()?, span, "category"),
                "module" => {
                    let lit: LitStr = meta.value()?.parse()?;
                    let path = lit.parse::<syn::Path>()?.into_token_stream();
                    set_once(&mut container.module, path, span, "module")
                }
                _ => Err(meta.error(format!(
                    "unknown attribute `{key}` on the enum; expected `module`, `endpoint` or `category`"
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
    container
}

/// What a variant holds: nothing, or one value built from the `ApiError`.
fn shape(v: &Variant, errors: &mut Vec<syn::Error>) -> Shape {
    match &v.fields {
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
    }
}

/// A variant and what it receives, from its `#[api_error(…)]`.
fn variant(v: &Variant, errors: &mut Vec<syn::Error>) -> Mapped {
    let mut mapped = Mapped {
        ident: v.ident.clone(),
        shape: shape(v, errors),
        codes: Vec::new(),
        statuses: Vec::new(),
        categories: Vec::new(),
        other: None,
        unknown: None,
        transport: None,
    };
    let mut attr_errors = false;
    for attr in helper_attrs(&v.attrs) {
        if let Err(e) = attr.parse_nested_meta(|meta| variant_key(&mut mapped, &meta)) {
            attr_errors = true;
            errors.push(e);
        }
    }
    if !mapped.receives_anything() && !attr_errors {
        errors.push(syn::Error::new(
            v.ident.span(),
            format!(
                "variant `{}` receives no error: give it `#[api_error(code = \"…\")]`, `status = …`, `category = \"…\"`, `other`, `unknown` or `transport`",
                v.ident
            ),
        ));
    }
    mapped
}

/// One key of a variant's `#[api_error(…)]`.
fn variant_key(mapped: &mut Mapped, meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<()> {
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
        "status" => {
            mapped.statuses.push(meta.value()?.parse()?);
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
            const KEYS: [&str; 6] = [
                "code",
                "status",
                "category",
                "other",
                "unknown",
                "transport",
            ];
            let help = match docspec_ir::diag::did_you_mean(&key, KEYS) {
                Some(near) => format!("did you mean `{near}`?"),
                None => "expected `code`, `status`, `category`, `other`, `unknown` or `transport`"
                    .to_owned(),
            };
            Err(meta.error(format!(
                "unknown attribute `{key}` on a variant\n  = help: {help}"
            )))
        }
    }
}
