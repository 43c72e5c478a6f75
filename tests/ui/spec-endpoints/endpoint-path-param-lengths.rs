#[docspec::api(spec = "fixtures/bad/endpoint-path-param-lengths.json")]
mod api {}

fn main() {}
