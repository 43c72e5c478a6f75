#[docspec::api(spec = "fixtures/bad/status-documented-twice.json")]
mod api {}

fn main() {}
