//! Compile-fail cases: every kind of spec mistake is a compile error that
//! names the file, line, column and JSON path. One mistake per file, grouped
//! by kind under `ui/`.

#[test]
fn ui() {
    // trybuild compiles each case in a project under `target/tests/`; the
    // macro resolves spec paths against this override instead, so the cases
    // can name fixtures relative to this crate.
    // SAFETY: set before trybuild starts; no other thread reads the
    // environment at this point of this test binary.
    #[allow(unsafe_code)]
    unsafe {
        std::env::set_var("DOCSPEC_MANIFEST_DIR_OVERRIDE", env!("CARGO_MANIFEST_DIR"));
    }
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*/*.rs");
}
