#[docspec::api(spec = "fixtures/bad/endpoint-unknown-group.json")]
mod api {}

fn main() {}
