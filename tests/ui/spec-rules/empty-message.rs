#[docspec::api(spec = "fixtures/bad/empty-message.json")]
mod api {}

fn main() {}
