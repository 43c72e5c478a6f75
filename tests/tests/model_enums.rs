//! A string enum of the spec is a Rust enum: listed values decode to their
//! variants, a value the spec does not list to `Other` with the value kept,
//! and both encode back as sent, over real HTTP through the mock.

use docspec_mock::MockServer;
use docspec_tests::crate_dir;

#[docspec::api(spec = "fixtures/specs/enums.json")]
mod helpdesk {}

use helpdesk::models::{Ticket, TicketStatus};

#[test]
fn values_decode_to_variants_and_unlisted_ones_are_kept() {
    let ticket: Ticket =
        serde_json::from_str(r#"{"id":"t1","status":"on-hold","history":["open","escalated"]}"#)
            .unwrap();
    assert_eq!(ticket.status, TicketStatus::OnHold);
    assert_eq!(
        ticket.history,
        Some(vec![
            TicketStatus::Open,
            TicketStatus::Other("escalated".into())
        ])
    );
    let back = serde_json::to_string(&ticket).unwrap();
    assert_eq!(
        back,
        r#"{"id":"t1","status":"on-hold","history":["open","escalated"]}"#
    );
    assert_eq!(
        TicketStatus::ALL,
        [
            TicketStatus::Open,
            TicketStatus::OnHold,
            TicketStatus::Closed
        ]
    );
    assert_eq!(TicketStatus::Closed.to_string(), "closed");
    assert_eq!(
        "escalated".parse::<TicketStatus>(),
        Ok(TicketStatus::Other("escalated".into()))
    );
    assert_eq!(TicketStatus::default(), TicketStatus::Open);
    // Not a string: a decode error, not a silent default.
    assert!(serde_json::from_str::<Ticket>(r#"{"id":"t1","status":3}"#).is_err());
}

#[tokio::test]
async fn the_client_sends_and_receives_enum_values() {
    let path = crate_dir().join("fixtures/specs/enums.json");
    let api = docspec_codegen::load_file(&path, "enums.json").unwrap();
    let mock = MockServer::start(api.api).await.unwrap();
    let client = helpdesk::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .build()
        .unwrap();
    // The mock serves the field's example.
    let ticket = client.get_ticket("t1").await.unwrap();
    assert_eq!(ticket.status, TicketStatus::OnHold);
    let body = Ticket {
        status: TicketStatus::Other("escalated".into()),
        ..Ticket::new("t1".into(), TicketStatus::Closed)
    };
    let updated = client.update_ticket("t1", body).await.unwrap();
    assert_eq!(updated.status, TicketStatus::OnHold);
}

#[test]
fn a_union_decodes_by_its_tag_and_keeps_unlisted_tags() {
    use helpdesk::models::{BankAccount, Card, PaymentMethod};
    let card: PaymentMethod = serde_json::from_str(r#"{"type":"card","last4":"4242"}"#).unwrap();
    assert_eq!(
        card,
        PaymentMethod::Card(Card {
            type_: "card".into(),
            last4: "4242".into()
        })
    );
    assert_eq!(card.tag(), Some("card"));
    let bank: PaymentMethod =
        serde_json::from_str(r#"{"type":"bank_account","iban":"DE89"}"#).unwrap();
    assert!(
        matches!(&bank, PaymentMethod::BankAccount(BankAccount { iban, .. }) if iban == "DE89")
    );
    // A tag the spec does not list: the whole object, kept.
    let other: PaymentMethod = serde_json::from_str(r#"{"type":"voucher","code":"X1"}"#).unwrap();
    assert_eq!(
        other,
        PaymentMethod::Other(serde_json::json!({"type":"voucher","code":"X1"}))
    );
    assert_eq!(other.tag(), Some("voucher"));
    // Compared as values: the key order follows serde_json's features.
    assert_eq!(
        serde_json::to_value(&other).unwrap(),
        serde_json::json!({"code": "X1", "type": "voucher"})
    );
    // A listed tag whose object does not fit its model: a decode error.
    assert!(serde_json::from_str::<PaymentMethod>(r#"{"type":"card"}"#).is_err());
    // The variant decides the tag, whatever its own field holds.
    let sent = PaymentMethod::Card(Card {
        type_: String::new(),
        last4: "1".into(),
    });
    assert_eq!(
        serde_json::to_value(&sent).unwrap(),
        serde_json::json!({"last4": "1", "type": "card"})
    );
    assert_eq!(
        serde_json::to_value(PaymentMethod::default()).unwrap(),
        serde_json::json!({"last4": "", "type": "card"})
    );
    assert_eq!(PaymentMethod::TAG, "type");
}
