//! Fuzz target: see `docspec_tests::fuzzing::error_body` for the property.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| docspec_tests::fuzzing::error_body(data));
