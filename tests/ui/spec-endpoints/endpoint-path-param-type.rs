#[docspec::api(spec = "fixtures/bad/endpoint-path-param-type.json")]
mod api {}

fn main() {}
