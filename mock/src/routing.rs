//! Matching request paths against the spec's path templates.

use docspec_ir::ir::Endpoint;

/// One segment of a path template.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Param(String),
}

/// A compiled path template of one endpoint.
#[derive(Clone, Debug)]
pub(crate) struct Route {
    /// Index of the endpoint in the spec.
    pub(crate) index: usize,
    method: http::Method,
    segments: Vec<Segment>,
}

/// Path parameters by name, in path order.
pub(crate) type Params = Vec<(String, String)>;

/// What a request matched.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Match {
    /// An endpoint, with its path parameters by name.
    Endpoint(usize, Params),
    /// The path exists, but not with this method.
    WrongMethod,
    /// No endpoint has this path.
    NoRoute,
}

impl Route {
    pub(crate) fn new(index: usize, endpoint: &Endpoint) -> Self {
        let segments = split(&endpoint.path)
            .map(
                |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    Some(name) => Segment::Param(name.to_owned()),
                    None => Segment::Literal(s.to_owned()),
                },
            )
            .collect();
        Route {
            index,
            method: endpoint.method.clone(),
            segments,
        }
    }

    fn params(&self, parts: &[String]) -> Option<Params> {
        if parts.len() != self.segments.len() {
            return None;
        }
        let mut params = Vec::new();
        for (segment, part) in self.segments.iter().zip(parts) {
            match segment {
                Segment::Literal(l) if l == part => {}
                Segment::Literal(_) => return None,
                Segment::Param(_) if part.is_empty() => return None,
                Segment::Param(name) => params.push((name.clone(), part.clone())),
            }
        }
        Some(params)
    }
}

fn split(path: &str) -> impl Iterator<Item = &str> {
    path.split('/').filter(|s| !s.is_empty())
}

/// Finds the endpoint for a method and a path below the base path. Literal
/// segments win over parameters, so `/links/export` would beat `/links/{id}`.
pub(crate) fn find(routes: &[Route], method: &http::Method, path: &str) -> Match {
    let parts: Vec<String> = split(path).map(decode).collect();
    let mut best: Option<(usize, &Route, Params)> = None;
    let mut path_exists = false;
    for route in routes {
        let Some(params) = route.params(&parts) else {
            continue;
        };
        path_exists = true;
        if route.method != *method {
            continue;
        }
        let literals = route
            .segments
            .iter()
            .filter(|s| matches!(s, Segment::Literal(_)))
            .count();
        if best.as_ref().is_none_or(|(l, _, _)| literals > *l) {
            best = Some((literals, route, params));
        }
    }
    match best {
        Some((_, route, params)) => Match::Endpoint(route.index, params),
        None if path_exists => Match::WrongMethod,
        None => Match::NoRoute,
    }
}

/// Percent-decodes one path segment (invalid escapes are kept as written).
fn decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn routes() -> Vec<Route> {
        let spec = docspec_ir::load_source(docspec_ir::SourceFile::new(
            "t.json",
            r#"{
              "error_body": "problem_details",
              "categories": [{"id": "c", "title": "C"}],
              "errors": [{"code": "X", "status": 404, "category": "c", "message": "x"}],
              "models": [{"name": "D", "fields": []}],
              "endpoints": [
                {"id": "get_link", "method": "GET", "path": "/w/{workspaceId}/links/{linkId}", "response": "D"},
                {"id": "export", "method": "GET", "path": "/w/{workspaceId}/links/export", "response": "D"},
                {"id": "delete_link", "method": "DELETE", "path": "/w/{workspaceId}/links/{linkId}", "response": "D"}
              ]
            }"#,
        ))
        .unwrap();
        spec.api
            .endpoints
            .iter()
            .enumerate()
            .map(|(i, e)| Route::new(i, e))
            .collect()
    }

    #[test]
    fn templates_match_methods_and_parameters() {
        let r = routes();
        assert_eq!(
            find(&r, &http::Method::GET, "/w/ws%201/links/lnk_1"),
            Match::Endpoint(
                0,
                vec![
                    ("workspaceId".into(), "ws 1".into()),
                    ("linkId".into(), "lnk_1".into())
                ]
            )
        );
        assert_eq!(
            find(&r, &http::Method::GET, "/w/ws/links/export"),
            Match::Endpoint(1, vec![("workspaceId".into(), "ws".into())])
        );
        assert!(matches!(
            find(&r, &http::Method::DELETE, "/w/ws/links/x"),
            Match::Endpoint(2, _)
        ));
        assert_eq!(
            find(&r, &http::Method::PUT, "/w/ws/links/x"),
            Match::WrongMethod
        );
        assert_eq!(find(&r, &http::Method::GET, "/w/ws/other"), Match::NoRoute);
    }
}
