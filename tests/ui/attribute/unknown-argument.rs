#[docspec::api(spce = "fixtures/specs/minimal.json")]
mod api {}

fn main() {}
