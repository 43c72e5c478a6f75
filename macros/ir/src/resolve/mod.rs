//! The resolve pass: a loaded [`Spec`] in, a validated [`Api`] out, or
//! every problem found.
//!
//! One pass does both jobs a checker and a resolver would: each fact
//! generation needs (a Rust name, a status, a category, an endpoint's error
//! set, its paging) is worked out once, where the rule about it is checked,
//! and kept. The rules that only refuse (duplicates, empty messages, auth)
//! are small `check_*` functions, each with a comment saying why. A spec
//! that fails any rule never becomes an [`Api`].

mod auth;
mod cycles;
mod endpoints;
mod enums;
mod lower;
mod names;
mod paging;
mod query;
mod shared;
mod statuses;

use std::collections::HashMap;

use crate::diag::{Ctxt, Diagnostics};
use crate::ir::Api;
use crate::model::{Loc, Spec};

/// Resolves a loaded spec: runs every rule and works out every fact
/// generation needs, in one pass. `loaded` holds the problems found while
/// reading the spec's files; they come back with the pass's own, sorted by
/// place.
pub fn resolve(spec: &Spec, loaded: Diagnostics) -> Result<Api, Diagnostics> {
    // A missing error body layout is reported by the reader that missed it,
    // in the words of its format; a spec built by hand gets this one.
    let report_missing_body = loaded.is_empty();
    let mut diags = Ctxt::new(loaded);
    check_error_body(spec, &mut diags);
    check_categories(spec, &mut diags);
    check_codes_unique(spec, &mut diags);
    let names = names::all(spec, &mut diags);
    let errors = error_facts(spec, &mut diags);
    let statuses = statuses::documented(spec, names.errors.as_deref(), &mut diags);
    auth::check(spec, &mut diags);
    check_messages(spec, &mut diags);
    endpoints::check(spec, names.errors.as_deref(), &mut diags);
    let methods: Vec<Option<http::Method>> = spec
        .endpoints
        .iter()
        .map(|e| {
            http::Method::from_bytes(e.method.as_bytes())
                .map_err(|_| diags.push(e.method.loc.error("not an HTTP method")))
                .ok()
        })
        .collect();
    let paging: Vec<_> = spec
        .endpoints
        .iter()
        .map(|e| paging::of(spec, e).map_err(|problems| diags.extend(problems)))
        .collect();
    let error_body = spec.error_body.clone();
    if error_body.is_none() && report_missing_body {
        diags.push(crate::parse::missing_error_body(spec.loc.error(
            "the spec does not say where error responses carry the code and message",
        )));
    }
    let parts = (|| {
        Some(lower::Parts {
            names: names.complete()?,
            errors: errors?,
            statuses: statuses?,
            methods: methods.into_iter().collect::<Option<_>>()?,
            paging: paging.into_iter().collect::<Result<_, _>>().ok()?,
            error_body: error_body?,
        })
    })();
    let api = match (diags.is_empty(), parts.map(|parts| lower::api(spec, parts))) {
        (true, Some(Ok(api))) => Some(api),
        (true, Some(Err(internal))) => {
            diags.push(*internal);
            None
        }
        (true, None) => {
            diags.push(internal(spec));
            None
        }
        (false, _) => None,
    };
    // `finish` gives the problems when there are any, and then `api` is
    // `None`; without problems it is always `Some`.
    diags
        .finish(api)
        .and_then(|api| api.ok_or_else(|| internal(spec).into()))
}

/// A problem no rule reported, though a fact could not be worked out.
fn internal(spec: &Spec) -> crate::diag::Diagnostic {
    spec.loc
        .error("internal error: a name could not be resolved, and no rule said why")
}

/// Each error's status and category, reporting a status that cannot be an
/// error response's and a category the spec does not define.
fn error_facts(spec: &Spec, diags: &mut Ctxt) -> Option<Vec<(http::StatusCode, usize)>> {
    // Every error is looked at, so that every problem is reported.
    let resolved: Vec<Option<(http::StatusCode, usize)>> = spec
        .errors
        .iter()
        .map(|e| {
            let status = shared::error_status(&e.status, diags);
            let category = shared::category_position(spec, &e.category, diags);
            status.zip(category)
        })
        .collect();
    resolved.into_iter().collect()
}

/// The decoder walks these pointers through object keys, so each must be a
/// non-empty JSON pointer, and the two must differ.
fn check_error_body(spec: &Spec, diags: &mut Ctxt) {
    // A missing layout is reported where the spec is read.
    let Some(body) = &spec.error_body else {
        return;
    };
    shared::check_pointer(&body.code, diags);
    shared::check_pointer(&body.message, diags);
    if body.code.value == body.message.value {
        diags.push(
            body.message
                .loc
                .error("the message pointer is the same as the code pointer"),
        );
    }
}

/// Category ids are referenced by errors and become `Category` variants, so
/// they must be unique both as written and as Rust names.
fn check_categories(spec: &Spec, diags: &mut Ctxt) {
    let mut by_id: HashMap<&str, &Loc> = HashMap::new();
    for cat in &spec.categories {
        if let Some(first) = by_id.insert(&cat.id, &cat.id.loc) {
            diags.push(
                cat.id
                    .loc
                    .error(format!("duplicate category `{}`", cat.id.value))
                    .with_note(format!("first defined at {}", shared::position(first))),
            );
            continue;
        }
        if cat.title.trim().is_empty() {
            diags.push(cat.title.loc.error("category title is empty"));
        }
    }
}

/// A code identifies an error on the wire; two entries for one code would
/// make decoding ambiguous.
fn check_codes_unique(spec: &Spec, diags: &mut Ctxt) {
    let mut seen: HashMap<&str, &Loc> = HashMap::new();
    for e in &spec.errors {
        if let Some(first) = seen.insert(&e.code, &e.code.loc) {
            diags.push(
                e.code
                    .loc
                    .error(format!("duplicate error code `{}`", e.code.value))
                    .with_note(format!("first defined at {}", shared::position(first))),
            );
        }
    }
}

/// The documented message is what users see in docs and logs; an empty one
/// is a copy mistake.
fn check_messages(spec: &Spec, diags: &mut Ctxt) {
    for e in &spec.errors {
        if let Some(m) = e.message.as_ref().filter(|m| m.trim().is_empty()) {
            diags.push(m.loc.error(format!(
                "error `{}` has an empty message; leave `message` out when the docs give none",
                e.code.value
            )));
        }
        if e.code.trim().is_empty() {
            diags.push(e.code.loc.error("error code is empty"));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{SourceFile, load_source};

    /// The messages of every problem `spec` has.
    fn problems(spec: &str) -> Vec<String> {
        load_source(SourceFile::new("s.json", spec))
            .unwrap_err()
            .iter()
            .map(|d| d.message.clone())
            .collect()
    }

    const HEAD: &str = r#""error_body": {"code": "/error", "message": "/message"},
        "categories": [{"id": "c", "title": "C"}]"#;

    #[test]
    fn a_query_enum_that_cannot_be_named_is_reported_as_such() {
        let spec = format!(
            r#"{{{HEAD},
            "errors": [{{"code": "A", "status": 404, "category": "c", "message": "a"}}],
            "models": [{{"name": "D", "fields": []}}],
            "endpoints": [{{"id": "list", "method": "GET", "path": "/d", "response": "D",
              "query": [{{"name": "self", "type": "string", "enum": ["a", "b"]}}]}}]}}"#
        );
        assert_eq!(
            problems(&spec),
            [
                "the values of `self` become an enum named after it, which cannot be a Rust name: its Rust name `Self` is a Rust keyword or reserved word"
            ]
        );
    }

    #[test]
    fn one_bad_name_hides_no_other_rule() {
        // A field that cannot be named, and a documented status whose name
        // a code's rust_name takes: both in one build.
        let spec = format!(
            r#"{{{HEAD},
            "errors": [{{"code": "A", "status": 404, "category": "c", "message": "a", "rust_name": "BadGateway"}}],
            "statuses": [{{"status": 502, "category": "c"}}],
            "models": [{{"name": "D", "fields": [{{"name": "+", "type": "string"}}]}}]}}"#
        );
        assert_eq!(
            problems(&spec),
            [
                "documented status 502 and code `A` both become the Rust name `BadGateway`",
                "field `+` cannot be a Rust name: it has no letters or digits",
            ]
        );
    }

    #[test]
    fn a_duplicate_code_with_a_bad_name_is_named_once() {
        let spec = format!(
            r#"{{{HEAD},
            "errors": [
              {{"code": "self", "status": 404, "category": "c", "message": "a"}},
              {{"code": "self", "status": 404, "category": "c", "message": "b"}}
            ]}}"#
        );
        let problems = problems(&spec);
        let naming = problems
            .iter()
            .filter(|m| m.contains("cannot become a Rust name"))
            .count();
        assert_eq!(naming, 1, "{problems:?}");
        assert!(
            problems.iter().any(|m| m == "duplicate error code `self`"),
            "{problems:?}"
        );
    }
}
