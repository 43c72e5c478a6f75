//! Fuzz target: see `docspec_tests::fuzzing::markdown_page` for the property.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| docspec_tests::fuzzing::markdown_page(data));
