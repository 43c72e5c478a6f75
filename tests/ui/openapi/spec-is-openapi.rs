#[docspec::api(spec = "fixtures/openapi/notes.json")]
mod notes {}

fn main() {}
