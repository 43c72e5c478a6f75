//! Generated code names everything by absolute path: it compiles without the
//! prelude, beside local modules that shadow `core` and `std`, and with every
//! warning denied.
#![deny(warnings, missing_docs)]

mod core {}
mod std {}

/// Shadowing modules and no prelude around the generated items.
#[no_implicit_prelude]
pub mod shadowed {
    mod core {}
    mod std {}
    mod serde {}
    mod http {}

    /// An API generated with hostile surroundings.
    #[::docspec::api(spec = "fixtures/specs/nested.json")]
    pub mod acme {}

    /// The Userplane spec, likewise.
    #[::docspec::api(spec = "../spec/userplane.json")]
    pub mod userplane_api {}
}

#[test]
fn generated_items_work_without_the_prelude() {
    use shadowed::acme::ErrorCode;
    assert_eq!(ErrorCode::ALL.len(), 7);
    assert_eq!(ErrorCode::CardDeclined.to_string(), "card_declined");
    assert_eq!(shadowed::userplane_api::ErrorCode::COUNT, 31);
}
