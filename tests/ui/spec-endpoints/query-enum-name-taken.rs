#[docspec::api(spec = "fixtures/bad/query-enum-name-taken.json")]
mod api {}

fn main() {}
