//! For every page `check` accepts, `import` writes a JSON spec that `check`
//! accepts and that generates the same `ErrorCode`, `Category` and
//! `DocumentedStatus`.

use docspec_codegen::{Api, ExpandOptions, SourceFile, expand, load_file, load_source, write};
use docspec_tests::{crate_dir, workspace_dir};

/// The pretty-printed items about the error types.
fn error_items(api: &Api) -> String {
    let mut file: syn::File = syn::parse2(expand(api, &ExpandOptions::default())).unwrap();
    let named = |text: &str| ["ErrorCode", "Category", "DocumentedStatus"].contains(&text);
    file.items.retain(|item| match item {
        syn::Item::Enum(e) => named(&e.ident.to_string()),
        syn::Item::Impl(i) => named(&quote::ToTokens::to_token_stream(&i.self_ty).to_string()),
        _ => false,
    });
    prettyplease::unparse(&file)
}

/// Every Markdown page of the fixtures and of `spec/docs/`.
fn pages() -> Vec<std::path::PathBuf> {
    let mut pages = Vec::new();
    for dir in [
        workspace_dir().join("spec/docs"),
        crate_dir().join("fixtures/pages"),
    ] {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if ext == "md" || ext == "mdx" {
                pages.push(path);
            }
        }
    }
    pages.sort();
    pages
}

#[test]
fn imported_pages_generate_the_same_error_types() {
    let mut accepted = 0;
    for page in pages() {
        let display = page.display().to_string();
        // A page without a JSON example is checked through a JSON spec that
        // reads it; on its own `check` refuses it, and so does this test.
        let Ok(api) = load_file(&page, &display) else {
            continue;
        };
        accepted += 1;
        let json = write::errors_to_json(&api);
        let back = load_source(SourceFile::new("imported.json", json.clone()))
            .unwrap_or_else(|d| panic!("{display} imported:\n{d}\n{json}"));
        assert_eq!(back.spec.name, api.spec.name, "{display}");
        assert_eq!(error_items(&back.api), error_items(&api.api), "{display}");
    }
    assert_eq!(accepted, 5, "the pages that load on their own");
}
