#[docspec::api(spec = "fixtures/bad/no-errors.json")]
mod api {}

fn main() {}
