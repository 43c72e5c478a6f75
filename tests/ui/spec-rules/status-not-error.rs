#[docspec::api(spec = "fixtures/bad/status-not-error.json")]
mod api {}

fn main() {}
