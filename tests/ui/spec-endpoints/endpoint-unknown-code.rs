#[docspec::api(spec = "fixtures/bad/endpoint-unknown-code.json")]
mod api {}

fn main() {}
