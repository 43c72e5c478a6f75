#[docspec::api(spec = "fixtures/bad/status-out-of-range.json")]
mod api {}

fn main() {}
