#[docspec::api(spec = "fixtures/bad/query-length-on-integer.json")]
mod api {}

fn main() {}
