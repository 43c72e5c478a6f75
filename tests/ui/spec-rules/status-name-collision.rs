#[docspec::api(spec = "fixtures/bad/status-name-collision.json")]
mod api {}

fn main() {}
