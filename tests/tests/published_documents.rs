//! The published documents of `../shared/corpus/openapi/` (see its README),
//! read as vendors publish them: JSON and YAML, Swagger 2.0, OpenAPI 3.0
//! and 3.1, with what they spell in ways Rust cannot named, each renaming
//! a warning at its place in the document.

use std::path::PathBuf;

use docspec_codegen::{ExpandOptions, Loaded, SourceFile, expand};
use docspec_tests::crate_dir;

/// A one-code errors page: the documents say nothing of codes.
const PAGE: &str = "# Errors\n\n| Code | Status | Message |\n|---|---|---|\n| NOT_FOUND | 404 | Not found |\n\n```json\n{\"error\": {\"code\": \"NOT_FOUND\", \"message\": \"Not found\"}}\n```\n";

fn corpus(name: &str) -> PathBuf {
    let path = crate_dir().join("../../shared/corpus/openapi").join(name);
    assert!(
        path.exists(),
        "{} is missing: these tests read the shared corpus beside the project",
        path.display()
    );
    path
}

fn load(name: &str) -> Loaded {
    let text = std::fs::read_to_string(corpus(name)).unwrap();
    let loaded = docspec_codegen::load_openapi_sources(
        SourceFile::new(name, text),
        SourceFile::new("errors.md", PAGE),
    );
    match loaded {
        Ok(loaded) => loaded,
        Err(diags) => panic!("{name} is refused:\n{diags}"),
    }
}

fn warnings(loaded: &Loaded) -> Vec<String> {
    loaded.warnings.iter().map(ToString::to_string).collect()
}

fn has(warnings: &[String], wanted: &str) {
    assert!(
        warnings.iter().any(|w| w == wanted),
        "no warning `{wanted}` among:\n{}",
        warnings
            .iter()
            .filter(|w| w.contains(wanted.split(": ").last().unwrap_or(wanted)))
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn every_document_of_the_corpus_loads_and_generates_parsing_code() {
    let expected = [
        ("api.github.com.json", 767),
        ("box_openapi.json", 296),
        ("buildomat.json", 21),
        ("cli-gen.json", 1),
        ("discord_openapi.json", 242),
        ("keeper.json", 6),
        ("netlify.yml", 174),
        ("nexus.json", 193),
        ("openai_openapi.json", 288),
        ("param-collision.json", 1),
        ("param-overrides.json", 1),
        ("param-overrides.yaml", 1),
        ("propolis-server.json", 7),
        ("slack_web_openapi_v2.json", 174),
        ("spotify.yml", 97),
        ("stripe_spec3.json", 417),
        ("twilio_api_v2010.json", 197),
    ];
    for (name, endpoints) in expected {
        let loaded = load(name);
        assert_eq!(loaded.api.endpoints.len(), endpoints, "{name}");
        let tokens = expand(&loaded.api, &ExpandOptions::default());
        if let Err(e) = syn::parse2::<syn::File>(tokens) {
            panic!("{name}: the generated code does not parse: {e}");
        }
    }
}

#[test]
fn values_and_properties_that_are_not_rust_names_are_named_with_a_warning() {
    let github = warnings(&load("api.github.com.json"));
    has(
        &github,
        "api.github.com.json:60156:22: /components/schemas/reaction/properties/content: the value `+1` is the variant `Plus1`: the value is not a Rust name",
    );
    has(
        &github,
        "api.github.com.json:54936:17: /components/schemas/reaction-rollup/properties/+1: the property `+1` is the field `plus_1` (its name on the wire is kept)",
    );
    let stripe = warnings(&load("stripe_spec3.json"));
    assert!(
        stripe.iter().any(|w| w.contains(
            "the value `other` is the variant `Other2`: `Other` would be the variant that holds values the document does not list"
        )),
        "{stripe:#?}"
    );
    assert!(
        stripe.iter().any(|w| w.contains(
            "lists its values; its bounds and lengths beside them limit nothing and are not kept"
        )),
        "{stripe:#?}"
    );
}

#[test]
fn colliding_parameters_get_setters_of_their_own() {
    let twilio = load("twilio_api_v2010.json");
    let shown = warnings(&twilio);
    assert!(
        shown.iter().any(|w| w.ends_with(
            "the query parameter `StartTime<` is set with `.start_time_lt()` (it is sent as `StartTime<`)"
        )),
        "{shown:#?}"
    );
    let collision = load("param-collision.json");
    let endpoint = &collision.api.endpoints[0];
    let setters: Vec<&str> = endpoint.query.iter().map(|q| q.ident.as_str()).collect();
    let mut distinct = setters.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), setters.len(), "{setters:?}");
    assert!(!setters.contains(&"client"), "{setters:?}");
}

#[test]
fn fragments_and_queries_written_into_paths_are_not_part_of_the_path() {
    let boxed = load("box_openapi.json");
    let shown = warnings(&boxed);
    assert!(
        shown.iter().any(|w| w.contains(
            "the path's fragment `#add_shared_link` only tells this operation apart in the document; the request goes to `/files/{file_id}`"
        )),
        "{shown:#?}"
    );
    assert!(boxed.api.endpoints.iter().all(|e| !e.path.contains('#')));
    let openai = load("openai_openapi.json");
    // The document has `/responses/compact` and `/responses/compact?beta=true`.
    let compact: Vec<_> = openai
        .api
        .endpoints
        .iter()
        .filter(|e| e.path == "/responses/compact")
        .collect();
    assert_eq!(compact.len(), 2);
    assert!(compact[0].fixed_query.is_empty());
    let compact = compact[1];
    assert_eq!(
        compact.fixed_query,
        [("beta".to_owned(), "true".to_owned())]
    );
}

#[test]
fn yaml_and_swagger_documents_point_into_their_own_text() {
    let spotify = warnings(&load("spotify.yml"));
    assert!(
        spotify.iter().all(|w| w.starts_with("spotify.yml:")),
        "{spotify:#?}"
    );
    let netlify = warnings(&load("netlify.yml"));
    has(
        &netlify,
        "netlify.yml:35:5: /securityDefinitions/netlifyAuth: the security scheme `netlifyAuth` is not supported; the key is sent as a bearer token",
    );
    let slack = load("slack_web_openapi_v2.json");
    assert_eq!(slack.api.base_url.as_deref(), Some("https://slack.com/api"));
    let shown = warnings(&slack);
    assert!(
        shown.iter().any(|w| w.contains(
            "/definitions/objs_channel/properties/latest/items: `items` is a list (the tuple form); it is read as one schema, any of the listed"
        )),
        "{shown:#?}"
    );
}
