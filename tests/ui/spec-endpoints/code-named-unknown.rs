#[docspec::api(spec = "fixtures/bad/code-named-unknown.json")]
mod api {}

fn main() {}
