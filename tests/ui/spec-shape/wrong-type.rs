#[docspec::api(spec = "fixtures/bad/wrong-type.json")]
mod api {}

fn main() {}
