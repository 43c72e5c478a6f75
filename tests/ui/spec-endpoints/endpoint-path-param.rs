#[docspec::api(spec = "fixtures/bad/endpoint-path-param.json")]
mod api {}

fn main() {}
