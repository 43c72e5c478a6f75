#[docspec::api(openapi = "fixtures/openapi/bad/swagger.json", errors = "fixtures/openapi/bad/errors.md")]
mod notes {}

fn main() {}
