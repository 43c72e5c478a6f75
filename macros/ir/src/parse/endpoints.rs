//! Reading `error_groups`, `models` and `endpoints`.

use jsonc_parser::ast::Value;

use crate::json::{self, Field, ObjectReader, Reader};
use crate::model::{
    Endpoint, EndpointErrorRef, EnumValue, ErrorGroup, Field as ModelField, METHODS, Model,
    OperationExtras, Pagination, PagingConvention, ParamType, PathParam, QueryParam, Spanned,
    TypeRef, Union,
};

const GROUP_FIELDS: &[&str] = &["id", "description", "codes", "all_endpoints"];
const MODEL_FIELDS: &[&str] = &[
    "name",
    "description",
    "inferred",
    "fields",
    "values",
    "one_of",
];
const UNION_FIELDS: &[&str] = &["tag", "variants"];
const FIELD_FIELDS: &[&str] = &[
    "name",
    "type",
    "required",
    "nullable",
    "description",
    "inferred",
    "example",
];
const ENDPOINT_FIELDS: &[&str] = &[
    "id",
    "method",
    "path",
    "summary",
    "description",
    "docs_url",
    "operation_id",
    "inferred",
    "path_params",
    "query",
    "body",
    "response",
    "pagination",
    "error_groups",
    "errors",
    "statuses",
];
const QUERY_FIELDS: &[&str] = &[
    "name",
    "type",
    "default",
    "minimum",
    "maximum",
    "min_length",
    "max_length",
    "enum",
    "description",
    "required",
];
const PATH_PARAM_FIELDS: &[&str] = &["description", "min_length", "max_length"];
/// An endpoint's `pagination`: its own fields, and the convention's.
static PAGINATION_FIELDS: std::sync::LazyLock<Vec<&str>> = std::sync::LazyLock::new(|| {
    let mut fields = vec!["items", "default_per_page", "max_per_page"];
    fields.extend(CONVENTION_FIELDS);
    fields
});
const CONVENTION_FIELDS: &[&str] = &[
    "style",
    "page_param",
    "per_page_param",
    "has_more",
    "total_pages",
    "offset_param",
    "limit_param",
    "total",
    "cursor_param",
    "next_cursor",
];
const ERROR_REF_FIELDS: &[&str] = &["code", "message"];

/// Reads the array at `key` of `root` with `read`, if present.
pub(super) fn list<T>(
    r: &mut Reader,
    root: &ObjectReader<'_, '_>,
    key: &str,
    read: impl Fn(&mut Reader, &Field<'_, '_>) -> Option<T>,
) -> Vec<T> {
    root.get(key)
        .and_then(|f| f.array(r))
        .map(|items| items.iter().filter_map(|f| read(r, f)).collect())
        .unwrap_or_default()
}

pub(super) fn read_group(r: &mut Reader, f: &Field<'_, '_>) -> Option<ErrorGroup> {
    let obj = f.object(r, GROUP_FIELDS)?;
    let id = obj.req_string(r, "id")?;
    let description = obj.opt_string(r, "description").map(|s| s.value);
    let codes = obj
        .required(r, "codes")
        .and_then(|f| f.string_array(r))
        .unwrap_or_default();
    let all_endpoints = obj.opt_bool(r, "all_endpoints").is_some_and(|b| b.value);
    Some(ErrorGroup {
        id,
        description,
        codes,
        all_endpoints,
        loc: obj.loc(r),
    })
}

fn read_type(r: &mut Reader, f: &Field<'_, '_>) -> Option<Spanned<TypeRef>> {
    let s = f.string(r)?;
    match TypeRef::parse(&s) {
        Some(t) => Some(Spanned::new(t, s.loc)),
        None => {
            r.report(
                s.loc
                    .error(format!("`{}` is not a type", s.value))
                    .with_help(format!(
                        "write {}, a model name, or `[T]` for an array",
                        json::list(&TypeRef::PRIMITIVES)
                    )),
            );
            None
        }
    }
}

pub(super) fn read_model(r: &mut Reader, f: &Field<'_, '_>) -> Option<Model> {
    let obj = f.object(r, MODEL_FIELDS)?;
    let name = obj.req_string(r, "name")?;
    let description = obj.opt_string(r, "description").map(|s| s.value);
    let inferred = obj.opt_string(r, "inferred").map(|s| s.value);
    // An enum gives `values`, and a union `one_of`, instead of `fields`.
    let values = obj.opt_strings(r, "values");
    let union = obj.get("one_of").and_then(|f| read_union(r, &f));
    let fields = match obj.get("values").or_else(|| obj.get("one_of")) {
        Some(v) => {
            if values.is_empty() && matches!(v.value, Value::Array(a) if a.elements.is_empty()) {
                r.report(
                    v.loc(r)
                        .error(format!("the enum `{}` lists no values", name.value)),
                );
            }
            obj.get("fields")
        }
        None => obj.required(r, "fields"),
    };
    let fields = fields
        .and_then(|f| f.array(r))
        .map(|items| items.iter().filter_map(|f| read_field(r, f)).collect())
        .unwrap_or_default();
    Some(Model {
        name,
        description,
        inferred,
        fields,
        values,
        union,
        variant_names: Vec::new(),
        loc: obj.loc(r),
    })
}

/// A model's `one_of`: `{"tag": "type", "variants": {"card": "Card", …}}`.
fn read_union(r: &mut Reader, f: &Field<'_, '_>) -> Option<Union> {
    let obj = f.object(r, UNION_FIELDS)?;
    let tag = obj.req_string(r, "tag");
    let variants = obj
        .required(r, "variants")
        .and_then(|f| f.map(r))
        .map(|entries| {
            entries
                .into_iter()
                .filter_map(|(value, f)| f.string(r).map(|model| (value, model)))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    if variants.is_empty() {
        r.report(obj.loc(r).error("a `one_of` lists no variants"));
    }
    Some(Union {
        tag: tag?,
        variants,
    })
}

fn read_field(r: &mut Reader, f: &Field<'_, '_>) -> Option<ModelField> {
    let obj = f.object(r, FIELD_FIELDS)?;
    let name = obj.req_string(r, "name");
    let ty = obj.required(r, "type").and_then(|f| read_type(r, &f));
    let required = obj.opt_bool(r, "required").is_some_and(|b| b.value);
    let nullable = obj.opt_bool(r, "nullable").is_some_and(|b| b.value);
    let description = obj.opt_string(r, "description").map(|s| s.value);
    let inferred = obj.opt_string(r, "inferred").map(|s| s.value);
    let example = obj
        .get("example")
        .map(|f| Spanned::new(f.raw_text(r), f.loc(r)));
    Some(ModelField {
        name: name?,
        ty: ty?,
        required,
        nullable,
        description,
        inferred,
        example,
        rust_name: None,
    })
}

pub(super) fn read_endpoint(r: &mut Reader, f: &Field<'_, '_>) -> Option<Endpoint> {
    let obj = f.object(r, ENDPOINT_FIELDS)?;
    let id = obj.req_string(r, "id");
    let method = obj.req_string(r, "method");
    let path = obj.req_string(r, "path");
    let response = obj.req_string(r, "response");
    let summary = obj.opt_string(r, "summary").map(|s| s.value);
    let description = obj.opt_string(r, "description").map(|s| s.value);
    let docs_url = obj.opt_string(r, "docs_url").map(|s| s.value);
    let _ = obj.opt_string(r, "operation_id");
    let inferred = obj.opt_string(r, "inferred").map(|s| s.value);
    let path_params = obj
        .get("path_params")
        .and_then(|f| f.map(r))
        .map(|entries| {
            entries
                .into_iter()
                .filter_map(|(name, value)| read_path_param(r, name, &value))
                .collect()
        })
        .unwrap_or_default();
    let query = list(r, &obj, "query", read_query);
    let body = obj.opt_string(r, "body");
    let pagination = obj.get("pagination").and_then(|f| read_pagination(r, &f));
    let error_groups = obj.opt_strings(r, "error_groups");
    let errors = list(r, &obj, "errors", read_error_ref);
    let statuses = list(r, &obj, "statuses", |r, f| f.integer(r));
    let method = method.and_then(|m| {
        if METHODS.contains(&m.as_str()) {
            Some(m)
        } else {
            let upper = m.to_ascii_uppercase();
            let mut d = m.loc.error(format!("unknown HTTP method `{}`", m.value));
            d = if METHODS.contains(&upper.as_str()) {
                d.with_help(format!("write it in capitals: `{upper}`"))
            } else {
                d.with_help(format!("expected {}", json::list(&METHODS)))
            };
            r.report(d);
            None
        }
    });
    Some(Endpoint {
        id: id?,
        method: method?,
        path: path?,
        summary,
        description,
        docs_url,
        inferred,
        path_params,
        query,
        body,
        response: response?,
        pagination,
        error_groups,
        errors,
        statuses,
        fixed_query: Vec::new(),
        loc: obj.loc(r),
    })
}

/// A path parameter: its description as a string, or an object with
/// `description`, `min_length` and `max_length`.
fn read_path_param(
    r: &mut Reader,
    name: Spanned<String>,
    value: &Field<'_, '_>,
) -> Option<PathParam> {
    match value.value {
        Value::StringLit(_) => {
            return Some(PathParam {
                name,
                description: value.string(r).map(|d| d.value),
                min_length: None,
                max_length: None,
            });
        }
        Value::Object(_) => {}
        _ => {
            value.wrong_type(r, "a description string or an object");
            return None;
        }
    }
    let obj = value.object(r, PATH_PARAM_FIELDS)?;
    Some(PathParam {
        name,
        description: obj.opt_string(r, "description").map(|s| s.value),
        min_length: obj.opt_integer(r, "min_length"),
        max_length: obj.opt_integer(r, "max_length"),
    })
}

fn read_query(r: &mut Reader, f: &Field<'_, '_>) -> Option<QueryParam> {
    let obj = f.object(r, QUERY_FIELDS)?;
    let name = obj.req_string(r, "name");
    let ty = obj.req_string(r, "type").and_then(|t| {
        let parsed = ParamType::from_spelling(&t);
        if parsed.is_none() {
            r.report(
                t.loc
                    .error(format!("unknown parameter type `{}`", t.value))
                    .with_suggestion(&t.value, ParamType::SPELLINGS)
                    .with_note(format!("expected {}", json::list(&ParamType::SPELLINGS))),
            );
        }
        parsed
    });
    let minimum = obj.opt_integer(r, "minimum").map(|v| v.value);
    let maximum = obj.opt_integer(r, "maximum").map(|v| v.value);
    let min_length = obj.opt_integer(r, "min_length");
    let max_length = obj.opt_integer(r, "max_length");
    let values = obj
        .get("enum")
        .and_then(|f| f.array(r))
        .map(|items| items.iter().filter_map(|f| read_enum_value(r, f)).collect())
        .unwrap_or_default();
    let description = obj.opt_string(r, "description").map(|s| s.value);
    // Documented as "required" in places although the server has a default:
    // the setter stays optional, and `diff` reports a parameter that becomes
    // required.
    let required = obj.opt_bool(r, "required").is_some_and(|b| b.value);
    let default = obj.get("default").and_then(|d| {
        let fits = matches!(
            (ty?, d.value),
            (ParamType::Integer, Value::NumberLit(_))
                | (ParamType::Boolean, Value::BooleanLit(_))
                | (ParamType::String, Value::StringLit(_))
        );
        if fits {
            Some(d.raw_text(r))
        } else {
            r.report(
                d.loc(r)
                    .error("the default does not have the parameter's type"),
            );
            None
        }
    });
    Some(QueryParam {
        name: name?,
        ty: ty?,
        default,
        minimum,
        maximum,
        min_length,
        max_length,
        values,
        description,
        required,
        rust_name: None,
        value_names: Vec::new(),
    })
}

/// One value of a query parameter's `enum`: a number or a string.
fn read_enum_value(r: &mut Reader, f: &Field<'_, '_>) -> Option<Spanned<EnumValue>> {
    match f.value {
        Value::NumberLit(_) => f
            .integer(r)
            .map(|n| Spanned::new(EnumValue::Int(n.value), n.loc)),
        Value::StringLit(_) => f
            .string(r)
            .map(|s| Spanned::new(EnumValue::Str(s.value), s.loc)),
        _ => {
            f.wrong_type(r, "a number or a string");
            None
        }
    }
}

fn read_pagination(r: &mut Reader, f: &Field<'_, '_>) -> Option<Pagination> {
    let obj = f.object(r, &PAGINATION_FIELDS[..])?;
    let items = obj.req_string(r, "items")?;
    Some(Pagination {
        items,
        convention: read_convention(r, &obj),
        default_per_page: obj.opt_integer(r, "default_per_page").map(|v| v.value),
        max_per_page: obj.opt_integer(r, "max_per_page").map(|v| v.value),
        loc: obj.loc(r),
    })
}

/// The spec's top-level `pagination`: the paging convention of the API.
pub(super) fn read_paging_convention(
    r: &mut Reader,
    root: &ObjectReader<'_, '_>,
) -> PagingConvention {
    root.get("pagination")
        .and_then(|f| f.object(r, CONVENTION_FIELDS))
        .map(|obj| read_convention(r, &obj))
        .unwrap_or_default()
}

fn read_convention(r: &mut Reader, obj: &ObjectReader<'_, '_>) -> PagingConvention {
    let mut field = |key: &str| obj.opt_string(r, key);
    PagingConvention {
        style: field("style"),
        page_param: field("page_param"),
        per_page_param: field("per_page_param"),
        has_more: field("has_more"),
        total_pages: field("total_pages"),
        offset_param: field("offset_param"),
        limit_param: field("limit_param"),
        total: field("total"),
        cursor_param: field("cursor_param"),
        next_cursor: field("next_cursor"),
    }
}

fn read_error_ref(r: &mut Reader, f: &Field<'_, '_>) -> Option<EndpointErrorRef> {
    if let Value::StringLit(_) = f.value {
        return Some(EndpointErrorRef {
            code: f.string(r)?,
            message: None,
        });
    }
    let obj = f.object(r, ERROR_REF_FIELDS)?;
    let code = obj.req_string(r, "code")?;
    let message = obj.opt_string(r, "message").map(|s| s.value);
    Some(EndpointErrorRef { code, message })
}

const OPERATION_FIELDS: &[&str] = &["id", "pagination", "error_groups", "errors"];

/// One entry of `operations`: what the spec adds to an operation of its
/// OpenAPI document.
pub(super) fn read_operation(
    r: &mut Reader,
    operation_id: Spanned<String>,
    f: &Field<'_, '_>,
) -> Option<OperationExtras> {
    let obj = f.object(r, OPERATION_FIELDS)?;
    Some(OperationExtras {
        operation_id,
        id: obj.opt_string(r, "id"),
        pagination: obj.get("pagination").and_then(|f| read_pagination(r, &f)),
        error_groups: obj.opt_strings(r, "error_groups"),
        errors: list(r, &obj, "errors", read_error_ref),
        loc: obj.loc(r),
    })
}
