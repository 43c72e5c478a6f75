#[docspec::api(spec = "fixtures/bad/invalid-json.json")]
mod api {}

fn main() {}
