#[docspec::api(spec = "fixtures/bad/markdown-code-without-status.md")]
mod api {}

fn main() {}
