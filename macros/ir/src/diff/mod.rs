//! What changed between two versions of a spec, and which changes break
//! code that matches exhaustively or uses the coverage derive.

mod shapes;

use std::collections::BTreeSet;
use std::fmt;

use crate::model::{Endpoint, ErrorDef, Spec};

/// What kind of item changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Item {
    /// An error code.
    Code,
    /// A category (docs section).
    Category,
    /// An endpoint.
    Endpoint,
    /// A model (a request or response body, or part of one).
    Model,
}

/// How it changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// New in the new spec.
    Added,
    /// Gone from the new spec.
    Removed,
    /// In both, different.
    Changed,
}

/// One change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// What changed.
    pub item: Item,
    /// How.
    pub kind: Kind,
    /// The code, category id or endpoint id.
    pub name: String,
    /// The details, for people.
    pub detail: String,
    /// Whether code that compiled against the old spec may stop compiling:
    /// an exhaustive `match` on `ErrorCode`, `Category` or an endpoint's
    /// error enum, or a `FromApiError` enum.
    pub breaking: bool,
}

impl Item {
    /// `code`, `category`, `endpoint` or `model`.
    pub fn as_str(self) -> &'static str {
        match self {
            Item::Code => "code",
            Item::Category => "category",
            Item::Endpoint => "endpoint",
            Item::Model => "model",
        }
    }
}

impl Kind {
    /// `added`, `removed` or `changed`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Changed => "changed",
        }
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mark = if self.breaking { "breaking" } else { "" };
        write!(
            f,
            "{mark:<9}{:<9}{:<8} {}: {}",
            self.item.as_str(),
            self.kind.as_str(),
            self.name,
            self.detail
        )
    }
}

fn describe(e: &ErrorDef) -> String {
    format!(
        "{} {} ({}){}",
        e.code.value,
        e.status.value,
        e.category.value,
        e.message_text().map_or(String::new(), |m| format!(": {m}"))
    )
}

fn change(item: Item, kind: Kind, name: &str, detail: String, breaking: bool) -> Change {
    Change {
        item,
        kind,
        name: name.to_owned(),
        detail,
        breaking,
    }
}

/// Every change from `old` to `new`: codes, then categories, then endpoints,
/// then models, each in the new spec's order (removals in the old one's).
pub fn diff(old: &Spec, new: &Spec) -> Vec<Change> {
    let mut out = Vec::new();
    diff_codes(old, new, &mut out);
    diff_categories(old, new, &mut out);
    diff_endpoints(old, new, &mut out);
    shapes::diff_models(old, new, &mut out);
    out
}

fn diff_codes(old: &Spec, new: &Spec, out: &mut Vec<Change>) {
    for e in &new.errors {
        let Some(o) = old.error(&e.code) else {
            // A new variant: exhaustive matches and the derive must handle it.
            out.push(change(Item::Code, Kind::Added, &e.code, describe(e), true));
            continue;
        };
        let mut parts = Vec::new();
        let mut breaking = false;
        if o.status.value != e.status.value {
            parts.push(format!("status {} → {}", o.status.value, e.status.value));
        }
        if o.message_text() != e.message_text() {
            let show = |m: Option<&str>| m.map_or("none".to_owned(), |m| format!("{m:?}"));
            parts.push(format!(
                "message {} → {}",
                show(o.message_text()),
                show(e.message_text())
            ));
        }
        if o.category.value != e.category.value {
            // Mappings by category move the code to another variant, or
            // map it twice.
            parts.push(format!(
                "category {} → {}",
                o.category.value, e.category.value
            ));
            breaking = true;
        }
        if o.ident().ok() != e.ident().ok() {
            parts.push("Rust name changed".to_owned());
            breaking = true;
        }
        if o.is_retryable() != e.is_retryable() {
            parts.push(format!(
                "retryable {} → {}",
                o.is_retryable(),
                e.is_retryable()
            ));
        }
        if o.is_unprocessed() != e.is_unprocessed() {
            parts.push(format!(
                "unprocessed {} → {}",
                o.is_unprocessed(),
                e.is_unprocessed()
            ));
        }
        if !parts.is_empty() {
            out.push(change(
                Item::Code,
                Kind::Changed,
                &e.code,
                parts.join("; "),
                breaking,
            ));
        }
    }
    for o in &old.errors {
        if new.error(&o.code).is_none() {
            out.push(change(
                Item::Code,
                Kind::Removed,
                &o.code,
                describe(o),
                true,
            ));
        }
    }
}

fn diff_categories(old: &Spec, new: &Spec, out: &mut Vec<Change>) {
    for c in &new.categories {
        match old.category(&c.id) {
            None => out.push(change(
                Item::Category,
                Kind::Added,
                &c.id,
                c.title.value.clone(),
                true,
            )),
            Some(o) if o.title.value != c.title.value || o.description != c.description => {
                let detail = if o.title.value != c.title.value {
                    format!("title {:?} → {:?}", o.title.value, c.title.value)
                } else {
                    "description changed".to_owned()
                };
                out.push(change(Item::Category, Kind::Changed, &c.id, detail, false));
            }
            Some(_) => {}
        }
    }
    for o in &old.categories {
        if new.category(&o.id).is_none() {
            out.push(change(
                Item::Category,
                Kind::Removed,
                &o.id,
                o.title.value.clone(),
                true,
            ));
        }
    }
}

fn codes(spec: &Spec, e: &Endpoint) -> BTreeSet<String> {
    spec.endpoint_codes(e)
        .into_iter()
        .map(|c| c.code.value.clone())
        .collect()
}

fn diff_endpoints(old: &Spec, new: &Spec, out: &mut Vec<Change>) {
    let find = |spec: &'_ Spec, id: &str| spec.endpoints.iter().find(|e| e.id.value == id).cloned();
    for e in &new.endpoints {
        let Some(o) = find(old, &e.id) else {
            let detail = format!("{} {}", e.method.value, e.path.value);
            out.push(change(Item::Endpoint, Kind::Added, &e.id, detail, false));
            continue;
        };
        let mut parts = Vec::new();
        let mut breaking = false;
        if o.method.value != e.method.value || o.path.value != e.path.value {
            parts.push(format!(
                "{} {} → {} {}",
                o.method.value, o.path.value, e.method.value, e.path.value
            ));
            if o.path_param_names() != e.path_param_names() {
                // The method's arguments change.
                breaking = true;
            }
        }
        let (before, after) = (codes(old, &o), codes(new, e));
        let added: Vec<&String> = after.difference(&before).collect();
        let removed: Vec<&String> = before.difference(&after).collect();
        if !added.is_empty() {
            let list: Vec<&str> = added.iter().map(|s| s.as_str()).collect();
            parts.push(format!("codes added: {}", list.join(", ")));
            breaking = true;
        }
        if !removed.is_empty() {
            let list: Vec<&str> = removed.iter().map(|s| s.as_str()).collect();
            parts.push(format!("codes removed: {}", list.join(", ")));
            breaking = true;
        }
        if o.response.value != e.response.value {
            parts.push(format!(
                "response {} → {}",
                o.response.value, e.response.value
            ));
            breaking = true;
        }
        if o.body.as_ref().map(|b| &b.value) != e.body.as_ref().map(|b| &b.value) {
            parts.push("request body changed".to_owned());
            breaking = true;
        }
        breaking |= shapes::query_changes(&o, e, &mut parts);
        if !parts.is_empty() {
            out.push(change(
                Item::Endpoint,
                Kind::Changed,
                &e.id,
                parts.join("; "),
                breaking,
            ));
        }
    }
    for o in &old.endpoints {
        if find(new, &o.id).is_none() {
            let detail = format!("{} {}", o.method.value, o.path.value);
            out.push(change(Item::Endpoint, Kind::Removed, &o.id, detail, true));
        }
    }
}
