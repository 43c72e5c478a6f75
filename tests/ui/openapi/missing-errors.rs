#[docspec::api(openapi = "fixtures/openapi/notes.json")]
mod notes {}

fn main() {}
