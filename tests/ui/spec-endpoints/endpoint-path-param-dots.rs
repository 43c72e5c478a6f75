#[docspec::api(spec = "fixtures/bad/endpoint-path-param-dots.json")]
mod api {}

fn main() {}
