//! Each published crate that reads the Userplane spec at compile time (the
//! `userplane` client and the Userplane mock) holds its own copy inside its package (a
//! crate cannot read outside it once published). The copies must be
//! `spec/userplane.json`, byte for byte. The generic crates hold none.

use docspec_tests::workspace_dir;

#[test]
fn every_copy_of_the_spec_is_the_spec() {
    let root = workspace_dir();
    let truth = std::fs::read(root.join("spec/userplane.json")).unwrap();
    for copy in ["userplane", "userplane/mock"] {
        let path = root.join(copy).join("spec/userplane.json");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            bytes == truth,
            "{copy}/spec/userplane.json differs from spec/userplane.json: \
             run `cp spec/userplane.json {copy}/spec/userplane.json`"
        );
    }
    // The OpenAPI form of the spec, behind `userplane`'s `from-openapi`.
    for file in [
        "userplane.openapi.json",
        "userplane.from-openapi.json",
        "docs/errors-page.md",
    ] {
        let truth = std::fs::read(root.join("spec").join(file)).unwrap();
        let path = root.join("userplane/spec").join(file);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            bytes == truth,
            "userplane/spec/{file} differs from spec/{file}: run `cp spec/{file} userplane/spec/{file}`"
        );
    }
    for generic in ["runtime", "macros", "macros/codegen", "mock"] {
        let path = root.join(generic).join("spec");
        assert!(
            !path.exists(),
            "{}: a generic crate holds no spec",
            path.display()
        );
    }
}
