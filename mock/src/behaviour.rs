//! What an endpoint does once a request is routed and authenticated.

use serde_json::Value;

use crate::call::Call;

/// What an endpoint answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Success: the envelope's message and the data.
    Data(String, Value),
    /// A page of a list: the message, the data, and a `Link` header.
    Page(String, Value, Option<String>),
    /// A spec error by code, sent with its documented status.
    Error(String),
    /// A request the docs give no error code for (a missing required
    /// field): a 400 with this message.
    Invalid(String),
}

/// What a mock's endpoints do once a request is routed and authenticated:
/// [`Examples`] by default, or a data set of an API's own.
pub trait Behaviour: Send + Sync + 'static {
    /// Answers a call.
    fn respond(&self, call: &Call<'_>) -> Outcome;
}

/// The default [`Behaviour`]: answers every endpoint with an example of its
/// response model, and pages lists of five copies of the example item in
/// the endpoint's paging style.
#[derive(Clone, Copy, Debug, Default)]
pub struct Examples;

impl Behaviour for Examples {
    fn respond(&self, call: &Call<'_>) -> Outcome {
        let mut data = call.example();
        if let Some(paging) = &call.endpoint.paging {
            // Five copies of the example item, paged like real data.
            let item = match data.get(paging.items.name.as_str()) {
                Some(Value::Array(a)) => a.first().cloned().unwrap_or(Value::Null),
                _ => Value::Null,
            };
            let page = crate::paging::page(call, paging, &vec![item; 5]);
            if let Value::Object(map) = &mut data {
                map.insert(paging.items.name.clone(), Value::Array(page.items));
            }
            for (path, value) in page.writes {
                crate::paging::write(&mut data, &path, value);
            }
            let message = format!("{} succeeded", call.endpoint.id);
            return Outcome::Page(message, data, page.link);
        }
        Outcome::Data(format!("{} succeeded", call.endpoint.id), data)
    }
}
