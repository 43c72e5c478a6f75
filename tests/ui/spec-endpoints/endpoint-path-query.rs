#[docspec::api(spec = "fixtures/bad/endpoint-path-query.json")]
mod api {}

fn main() {}
