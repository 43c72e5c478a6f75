#[docspec::api(spec = "fixtures/bad/query-enum-with-limits.json")]
mod api {}

fn main() {}
