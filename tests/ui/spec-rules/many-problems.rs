#[docspec::api(spec = "fixtures/bad/many-problems.json")]
mod api {}

fn main() {}
