#[docspec::api(spec = "fixtures/bad/endpoint-undocumented-status.json")]
mod api {}

fn main() {}
