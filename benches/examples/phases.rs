//! Prints how long each phase of the generator takes for a synthetic spec:
//! `cargo run --release -p docspec-benches --example phases -- 10000 [ENDPOINTS]`.

use std::time::Instant;

use docspec_codegen::{ExpandOptions, SourceFile, expand, parse, pretty, validate};

fn main() {
    let codes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let endpoints: Option<usize> = std::env::args().nth(2).and_then(|a| a.parse().ok());
    let text = match endpoints {
        Some(e) => docspec_benches::synthetic_spec_with(codes, e),
        None => docspec_benches::synthetic_spec(codes),
    };
    let t = Instant::now();
    let spec = parse::parse_json(std::sync::Arc::new(SourceFile::new("s.json", text.clone())))
        .unwrap_or_else(|d| panic!("{d}"));
    let parsed = t.elapsed();
    let t = Instant::now();
    let api = validate(spec).unwrap_or_else(|d| panic!("{d}"));
    let checked = t.elapsed();
    let t = Instant::now();
    let tokens = expand(&api.api, &ExpandOptions::default());
    let expanded = t.elapsed();
    let t = Instant::now();
    let text_len = tokens.to_string().len();
    let stringified = t.elapsed();
    let t = Instant::now();
    let code = pretty(tokens).map(|c| c.len()).unwrap_or(0);
    let printed = t.elapsed();
    println!(
        "{codes} codes ({} bytes of spec): parse {parsed:?}, check {checked:?}, expand {expanded:?} \
         ({text_len} bytes of tokens, to_string {stringified:?}), pretty-print {printed:?} ({code} bytes)",
        text.len()
    );
}
