#[docspec::api(spec = "fixtures/bad/rust-name-reserved-keyword.json")]
mod api {}

fn main() {}
