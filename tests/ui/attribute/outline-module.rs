#[docspec::api(spec = "fixtures/specs/minimal.json")]
mod api;

fn main() {}
