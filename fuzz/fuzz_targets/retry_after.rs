//! Fuzz target: see `docspec_tests::fuzzing::retry_after` for the property.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| docspec_tests::fuzzing::retry_after(data));
