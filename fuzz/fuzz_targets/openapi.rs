//! Fuzz target: see `userplane_tests::fuzzing::openapi` for the property.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| userplane_tests::fuzzing::openapi(data));
