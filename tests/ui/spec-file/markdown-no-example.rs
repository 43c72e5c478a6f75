#[docspec::api(spec = "fixtures/bad/markdown-no-example.md")]
mod api {}

fn main() {}
