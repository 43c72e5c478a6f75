#[docspec::api(spec = "fixtures/bad/ident-collision.json")]
mod api {}

fn main() {}
