#[docspec::api(spec = "fixtures/bad/code-starts-with-digit.json")]
mod api {}

fn main() {}
