#[docspec::api(spec = "fixtures/bad/duplicate-code.json")]
mod api {}

fn main() {}
