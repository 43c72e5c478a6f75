#[docspec::api(spec = "fixtures/bad/auth-unknown-scheme.json")]
mod api {}

fn main() {}
