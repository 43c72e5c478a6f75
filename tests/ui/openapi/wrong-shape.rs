#[docspec::api(openapi = "fixtures/openapi/bad/wrong-shape.json", errors = "fixtures/openapi/bad/errors.md")]
mod notes {}

fn main() {}
