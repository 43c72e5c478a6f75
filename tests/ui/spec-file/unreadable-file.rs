#[docspec::api(spec = "fixtures/bad/does-not-exist.json")]
mod api {}

fn main() {}
