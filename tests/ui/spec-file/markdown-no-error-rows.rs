#[docspec::api(spec = "fixtures/bad/markdown-no-error-rows.md")]
mod api {}

fn main() {}
