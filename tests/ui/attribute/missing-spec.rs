#[docspec::api]
mod api {}

fn main() {}
