#[docspec::api(spec = "fixtures/openapi/bad/unknown-operation.json")]
mod notes {}

fn main() {}
