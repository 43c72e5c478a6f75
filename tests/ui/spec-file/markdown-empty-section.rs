#[docspec::api(spec = "fixtures/bad/markdown-empty-section.md")]
mod api {}

fn main() {}
