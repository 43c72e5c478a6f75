//! Rust names for what a published document spells in ways the strict
//! rules refuse: a value or property that is not a Rust name (`+1`, `""`,
//! `1`), a value that meets the catch-all variant, names that meet each
//! other once spelled in Rust (`ASC`/`asc`, `StartTime<`/`StartTime>`), a
//! parameter named like the request builder's own methods. Each gets a
//! derived, distinct name, and each renaming is a warning at its place;
//! the wire keeps the document's spelling.

use super::Ctx;
use crate::ident;
use crate::model::{EnumValue, Field, Loc, QueryParam, Spanned};

/// Records a warning at `loc`, once.
fn warn(ctx: &mut Ctx<'_>, loc: &Loc, message: String) {
    ctx.record(loc.error(message));
}

/// The strict name of each of `names`, and the names to use: the strict
/// one where it is valid, free and drops no symbol, a derived one where not.
fn choose(
    names: &[&str],
    strict: impl Fn(&str) -> Result<String, ident::IdentError>,
    lenient: impl Fn(&str) -> String,
    taken: &[&str],
    separator: &str,
) -> (Vec<Option<String>>, Vec<String>) {
    let strict: Vec<Option<String>> = names.iter().map(|n| strict(n).ok()).collect();
    let mut chosen: Vec<String> = names.iter().map(|n| lenient(n)).collect();
    ident::distinct(&mut chosen, taken, separator);
    (strict, chosen)
}

/// The variants of an enum of `values`, or `None` when the strict rule
/// names every value distinctly. Each renamed value is reported at `loc`.
pub(crate) fn variants(ctx: &mut Ctx<'_>, values: &[Spanned<String>]) -> Option<Vec<String>> {
    let names: Vec<&str> = values.iter().map(|v| v.as_str()).collect();
    let (strict, chosen) = choose(
        &names,
        ident::code_name,
        ident::lenient_type_name,
        &[ident::OTHER],
        "",
    );
    let mut renamed = false;
    for ((v, strict), name) in values.iter().zip(&strict).zip(&chosen) {
        if strict.as_deref() == Some(name.as_str()) {
            continue;
        }
        renamed = true;
        let why = match strict {
            Some(s) if s == ident::OTHER => format!(
                "`{}` would be the variant that holds values the document does not list",
                ident::OTHER
            ),
            Some(s) => format!("`{s}` is another value's"),
            None => "the value is not a Rust name".to_owned(),
        };
        let message = format!("the value `{}` is the variant `{name}`: {why}", v.value);
        warn(ctx, &v.loc, message);
    }
    renamed.then_some(chosen)
}

/// Gives the fields whose names the strict rule refuses or merges a name
/// of their own, reported at each.
pub(crate) fn fields(ctx: &mut Ctx<'_>, fields: &mut [Field]) {
    let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
    let (strict, chosen) = choose(
        &names,
        ident::snake_name,
        ident::lenient_snake_name,
        &[],
        "_",
    );
    for ((f, strict), name) in fields.iter_mut().zip(strict).zip(chosen) {
        if strict.as_deref() == Some(name.as_str()) {
            continue;
        }
        let message = format!(
            "the property `{}` is the field `{name}` (its name on the wire is kept)",
            f.name.value
        );
        warn(ctx, &f.name.loc.clone(), message);
        f.rust_name = Some(name);
    }
}

/// Gives the query parameters whose setters would be refused, would meet
/// each other, a path parameter or the builder's own methods a setter of
/// their own, reported at each.
pub(crate) fn query(ctx: &mut Ctx<'_>, params: &mut [QueryParam], path: &[String]) {
    let names: Vec<&str> = params.iter().map(|q| q.name.as_str()).collect();
    let mut taken: Vec<&str> = ident::BUILDER_NAMES.to_vec();
    taken.extend(path.iter().map(String::as_str));
    let (strict, chosen) = choose(
        &names,
        ident::snake_name,
        ident::lenient_snake_name,
        &taken,
        "_",
    );
    for ((q, strict), name) in params.iter_mut().zip(strict).zip(chosen) {
        if strict.as_deref() == Some(name.as_str()) {
            continue;
        }
        let message = format!(
            "the query parameter `{}` is set with `.{name}()` (it is sent as `{}`)",
            q.name.value, q.name.value
        );
        warn(ctx, &q.name.loc.clone(), message);
        q.rust_name = Some(name);
    }
    for q in params.iter_mut().filter(|q| !q.values.is_empty()) {
        query_values(ctx, q);
    }
}

/// Gives a query parameter's values the variants the strict rule refuses
/// or merges, reported at the parameter.
fn query_values(ctx: &mut Ctx<'_>, q: &mut QueryParam) {
    let strict: Vec<Option<String>> = q.values.iter().map(|v| v.value.ident().ok()).collect();
    let mut chosen: Vec<String> = q
        .values
        .iter()
        .zip(&strict)
        .map(|(v, s)| match (&v.value, s) {
            (EnumValue::Int(_), Some(s)) => s.clone(),
            _ => ident::lenient_type_name(&v.value.wire()),
        })
        .collect();
    ident::distinct(&mut chosen, &[], "");
    if strict
        .iter()
        .zip(&chosen)
        .all(|(s, c)| s.as_deref() == Some(c.as_str()))
    {
        return;
    }
    let renamed: Vec<String> = q
        .values
        .iter()
        .zip(&strict)
        .zip(&chosen)
        .filter(|((_, s), c)| s.as_deref() != Some(c.as_str()))
        .map(|((v, _), c)| format!("`{}` → `{c}`", v.value.wire()))
        .collect();
    let message = format!(
        "the values of the query parameter `{}` that are not Rust names, or meet another once named, are named: {}",
        q.name.value,
        renamed.join(", ")
    );
    warn(ctx, &q.name.loc.clone(), message);
    q.value_names = chosen;
}
