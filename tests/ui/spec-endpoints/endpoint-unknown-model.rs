#[docspec::api(spec = "fixtures/bad/endpoint-unknown-model.json")]
mod api {}

fn main() {}
