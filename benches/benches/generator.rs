//! Parse + validate + generate, for the Userplane spec and synthetic specs of
//! 100, 1,000 and 10,000 codes; ours and progenitor's generator on an
//! OpenAPI document of the same Userplane API; and loading a spec whose object has
//! 10,000 to 100,000 keys; and one document read from JSON and from YAML.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use docspec_benches::{openapi, synthetic_spec, synthetic_spec_with};
use docspec_codegen::{ExpandOptions, SourceFile, expand, load_source};

fn userplane_spec() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/userplane.json");
    std::fs::read_to_string(path).expect("spec/userplane.json")
}

fn generate(text: &str) -> proc_macro2::TokenStream {
    let spec = load_source(SourceFile::new("bench.json", text)).expect("valid spec");
    expand(&spec.api, &ExpandOptions::default())
}

fn userplane(c: &mut Criterion) {
    let text = userplane_spec();
    let spec =
        load_source(SourceFile::new("spec/userplane.json", text.clone())).expect("valid spec");
    let doc: openapiv3::OpenAPI =
        serde_json::from_value(openapi(&spec.api)).expect("valid OpenAPI");
    let doc_text = serde_json::to_string(&doc).expect("serializes");

    let page_path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/docs/errors-page.md");
    let page = std::fs::read_to_string(page_path).expect("the errors page");

    let mut group = c.benchmark_group("userplane");
    group.bench_function("ours, from the OpenAPI document + errors page", |b| {
        b.iter(|| {
            let api = docspec_codegen::load_openapi_sources(
                SourceFile::new("openapi.json", black_box(doc_text.clone())),
                SourceFile::new("errors-page.md", black_box(page.clone())),
            )
            .expect("loads");
            black_box(expand(&api.api, &ExpandOptions::default()))
        })
    });
    group.bench_function("ours: parse + validate + generate", |b| {
        b.iter(|| black_box(generate(black_box(&text))))
    });
    group.bench_function("ours: parse + validate", |b| {
        b.iter(|| {
            black_box(load_source(SourceFile::new(
                "s.json",
                black_box(text.clone()),
            )))
        })
    });
    group.bench_function("progenitor: parse + generate", |b| {
        b.iter(|| {
            let doc: openapiv3::OpenAPI =
                serde_json::from_str(black_box(&doc_text)).expect("parses");
            let mut generator = progenitor_impl::Generator::default();
            black_box(generator.generate_tokens(&doc).expect("generates"))
        })
    });
    group.finish();
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("synthetic");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    for codes in [100, 1_000, 10_000] {
        group.throughput(Throughput::Elements(codes as u64));
        // The error table alone.
        let codes_only = synthetic_spec_with(codes, 1);
        group.bench_with_input(
            BenchmarkId::new("ours, error codes only", codes),
            &codes_only,
            |b, text| b.iter(|| black_box(generate(black_box(text)))),
        );
        // Endpoints in the Userplane proportion (3 for every 5 codes).
        let text = synthetic_spec(codes);
        group.bench_with_input(
            BenchmarkId::new("ours, with endpoints", codes),
            &text,
            |b, text| b.iter(|| black_box(generate(black_box(text)))),
        );
        let spec = load_source(SourceFile::new("bench.json", text)).expect("valid spec");
        let doc_text = serde_json::to_string(&openapi(&spec.api)).expect("serializes");
        group.bench_with_input(
            BenchmarkId::new("progenitor, with endpoints", codes),
            &doc_text,
            |b, doc_text| {
                b.iter(|| {
                    let doc: openapiv3::OpenAPI =
                        serde_json::from_str(black_box(doc_text)).expect("parses");
                    let mut generator = progenitor_impl::Generator::default();
                    black_box(generator.generate_tokens(&doc).expect("generates"))
                })
            },
        );
    }
    group.finish();
}

/// A spec whose top-level object has `keys` fields: the two it needs and
/// `keys - 2` unknown ones. Loading reads every key once, checks it against
/// the others for duplicates, and reports each unknown one.
fn wide_object(keys: usize) -> String {
    let mut text = String::from(
        r#"{"error_body":{"code":"/error","message":"/message"},"categories":[{"id":"c","title":"C"}],"errors":[{"code":"A","status":404,"category":"c","message":"a"}]"#,
    );
    for i in 0..keys.saturating_sub(2) {
        text.push_str(&format!(",\"extra_{i}\":{i}"));
    }
    text.push('}');
    text
}

fn wide(c: &mut Criterion) {
    let mut group = c.benchmark_group("wide_object");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(5));
    for keys in [10_000, 40_000, 100_000] {
        let text = wide_object(keys);
        group.throughput(Throughput::Elements(keys as u64));
        group.bench_with_input(BenchmarkId::new("load", keys), &text, |b, text| {
            b.iter(|| {
                let diags = load_source(SourceFile::new("wide.json", black_box(text.as_str())))
                    .expect_err("unknown fields");
                black_box(diags)
            })
        });
    }
    group.finish();
}

/// `value` as block-style YAML, the way vendors write their documents:
/// every string quoted (JSON's escapes are YAML's), mappings and sequences
/// indented.
fn yaml(value: &serde_json::Value, indent: usize, out: &mut String) {
    use serde_json::Value;
    let pad = " ".repeat(indent);
    match value {
        Value::Object(map) if !map.is_empty() => {
            for (k, v) in map {
                out.push_str(&format!("\n{pad}{}:", serde_json::to_string(k).unwrap()));
                yaml(v, indent + 2, out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for v in items {
                out.push_str(&format!("\n{pad}- "));
                let mut inner = String::new();
                yaml(v, indent + 2, &mut inner);
                out.push_str(inner.trim_start());
            }
        }
        scalar => out.push_str(&format!(" {scalar}")),
    }
}

/// The same document read from JSON and from YAML.
fn formats(c: &mut Criterion) {
    let spec =
        load_source(SourceFile::new("spec/userplane.json", userplane_spec())).expect("valid spec");
    let value = openapi(&spec.api);
    let json = serde_json::to_string_pretty(&value).expect("serializes");
    let mut yaml_text = String::new();
    yaml(&value, 0, &mut yaml_text);
    let load = |name: &str, text: &str| {
        docspec_codegen::load_openapi_source(SourceFile::new(name, text)).expect("loads")
    };
    assert_eq!(
        load("openapi.json", &json).api.endpoints.len(),
        load("openapi.yaml", &yaml_text).api.endpoints.len()
    );
    let mut group = c.benchmark_group("formats");
    group.bench_function("the Userplane document alone, from JSON", |b| {
        b.iter(|| black_box(load("openapi.json", black_box(&json))))
    });
    group.bench_function("the Userplane document alone, from YAML", |b| {
        b.iter(|| black_box(load("openapi.yaml", black_box(&yaml_text))))
    });
    group.finish();
}

criterion_group!(benches, userplane, scaling, wide, formats);
criterion_main!(benches);
