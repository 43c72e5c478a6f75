#[docspec::api(spec = "fixtures/bad/rust-name-underscore.json")]
mod api {}

fn main() {}
