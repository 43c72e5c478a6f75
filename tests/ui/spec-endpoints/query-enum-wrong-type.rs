#[docspec::api(spec = "fixtures/bad/query-enum-wrong-type.json")]
mod api {}

fn main() {}
