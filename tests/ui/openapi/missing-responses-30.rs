#[docspec::api(openapi = "fixtures/openapi/bad/missing-responses-30.json", errors = "fixtures/openapi/bad/errors.md")]
mod notes {}

fn main() {}
