//! Walking paged list endpoints.

use std::future::Future;
use std::pin::Pin;

use futures_core::Stream;
use futures_util::{TryStreamExt, stream};

use crate::error::Error;

/// A page of a list endpoint's response (its generated `data` type).
pub trait Page {
    /// One item of the list.
    type Item;

    /// Whether the server reports a later page.
    fn has_more(&self) -> bool;

    /// How many items the page holds.
    fn item_count(&self) -> usize;

    /// The page's items.
    fn into_items(self) -> Vec<Self::Item>;
}

/// A stream of results, boxed so it can be stored and polled without pinning.
pub type BoxStream<T, E> = Pin<Box<dyn Stream<Item = Result<T, Error<E>>> + Send>>;

enum State<F> {
    Next(i64, F),
    Done,
}

/// Pages from `first` on, fetched one at a time as the stream is polled.
///
/// Stops after a page whose `has_more` is false, after an empty page (a
/// server that keeps saying "more" but sends nothing would otherwise loop
/// forever), or after the first error, which it yields.
pub fn paginate<D, E, F, Fut>(first: i64, fetch: F) -> BoxStream<D, E>
where
    D: Page + Send + 'static,
    E: Send + 'static,
    F: FnMut(i64) -> Fut + Send + 'static,
    Fut: Future<Output = Result<D, Error<E>>> + Send + 'static,
{
    Box::pin(stream::unfold(
        State::Next(first, fetch),
        |state| async move {
            let State::Next(page, mut fetch) = state else {
                return None;
            };
            match fetch(page).await {
                Ok(data) => {
                    let next = if data.has_more() && data.item_count() > 0 {
                        State::Next(page.saturating_add(1), fetch)
                    } else {
                        State::Done
                    };
                    Some((Ok(data), next))
                }
                Err(e) => Some((Err(e), State::Done)),
            }
        },
    ))
}

/// The items of a stream of pages, in order.
pub fn flatten_pages<D, E>(pages: BoxStream<D, E>) -> BoxStream<D::Item, E>
where
    D: Page + Send + 'static,
    D::Item: Send + 'static,
    E: Send + 'static,
{
    Box::pin(
        pages
            .map_ok(|page| stream::iter(page.into_items().into_iter().map(Ok)))
            .try_flatten(),
    )
}
