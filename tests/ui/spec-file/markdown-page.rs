#[docspec::api(spec = "fixtures/bad/markdown-bad-status.md")]
mod api {}

fn main() {}
