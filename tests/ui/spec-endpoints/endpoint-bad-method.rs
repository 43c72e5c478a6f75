#[docspec::api(spec = "fixtures/bad/endpoint-bad-method.json")]
mod api {}

fn main() {}
