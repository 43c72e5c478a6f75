//! Walking paged list endpoints.

use std::collections::HashSet;
use std::future::Future;
use std::pin::Pin;

use futures_core::Stream;
use futures_util::{TryStreamExt, stream};

use crate::error::{DecodeError, Error};

/// Where a page is in its list: how the request for it names it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PagePosition {
    /// A 1-based page number.
    Number(i64),
    /// An offset into the whole list.
    Offset(i64),
    /// A cursor the previous page gave (`None` for the first page).
    Cursor(Option<String>),
    /// The URL the previous page's `Link: <…>; rel="next"` header gave
    /// (`None` for the first page).
    Link(Option<String>),
}

/// The `rel="next"` URL of a `Link` header value, if it has one:
/// `<https://api.example/items?page=2>; rel="next", <…>; rel="last"`.
pub(crate) fn next_link(header: &str) -> Option<String> {
    header.split(',').find_map(|link| {
        let (url, params) = link.trim().strip_prefix('<')?.split_once('>')?;
        let next = params.split(';').any(|p| {
            p.trim()
                .strip_prefix("rel=")
                .map(|v| v.trim_matches('"'))
                .is_some_and(|rels| {
                    rels.split_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("next"))
                })
        });
        next.then(|| url.trim().to_owned())
    })
}

/// A page of a list endpoint's response (its generated `data` type).
pub trait Page {
    /// One item of the list.
    type Item;

    /// Where the page after this one is, this one having been fetched at
    /// `at`; `None` when this is the last.
    fn next(&self, at: &PagePosition) -> Option<PagePosition>;

    /// How many items the page holds.
    fn item_count(&self) -> usize;

    /// The page's items.
    fn into_items(self) -> Vec<Self::Item>;
}

/// The most pages one stream fetches. A stream that reaches it without a
/// last page ends with a [`DecodeError`](crate::DecodeError) saying so, so
/// that a server that never marks its last page cannot loop forever.
pub const MAX_PAGES: usize = 10_000;

/// A stream of results, boxed so it can be stored and polled without pinning.
pub type BoxStream<T, E> = Pin<Box<dyn Stream<Item = Result<T, Error<E>>> + Send>>;

struct Walk<F> {
    endpoint: &'static str,
    fetch: F,
    seen: HashSet<PagePosition>,
}

enum State<F, E> {
    Next(PagePosition, Walk<F>),
    Fail(Box<Error<E>>),
    Done,
}

/// Pages from `first` on, fetched one at a time as the stream is polled.
///
/// Stops after the last page (the page says so), after an empty page of a
/// numbered or offset list (a server that keeps saying "more" but sends
/// nothing would otherwise loop forever), when the server sends back a
/// position already fetched (a repeated cursor or page), or after the first
/// error, which it yields. After [`MAX_PAGES`] pages it yields an error.
pub fn paginate<D, E, F, Fut>(
    endpoint: &'static str,
    first: PagePosition,
    fetch: F,
) -> BoxStream<D, E>
where
    D: Page + Send + 'static,
    E: Send + 'static,
    F: FnMut(PagePosition) -> Fut + Send + 'static,
    Fut: Future<Output = Result<(D, Option<String>), Error<E>>> + Send + 'static,
{
    let walk = Walk {
        endpoint,
        fetch,
        seen: HashSet::new(),
    };
    Box::pin(stream::unfold(
        State::Next(first, walk),
        |state| async move {
            let (at, mut walk) = match state {
                State::Next(at, walk) => (at, walk),
                State::Fail(e) => return Some((Err(*e), State::Done)),
                State::Done => return None,
            };
            match (walk.fetch)(at.clone()).await {
                Ok((data, link)) => {
                    walk.seen.insert(at.clone());
                    let empty = data.item_count() == 0
                        && !matches!(at, PagePosition::Cursor(_) | PagePosition::Link(_));
                    let next = match at {
                        PagePosition::Link(_) => link.map(|url| PagePosition::Link(Some(url))),
                        _ => data.next(&at),
                    };
                    let state = match next {
                        None => State::Done,
                        Some(_) if empty => State::Done,
                        Some(next) if walk.seen.contains(&next) => {
                            tracing::warn!(
                                endpoint = walk.endpoint,
                                position = ?next,
                                "the server sent back a page already fetched; the stream ends"
                            );
                            State::Done
                        }
                        Some(_) if walk.seen.len() >= MAX_PAGES => {
                            State::Fail(Box::new(Error::Decode(DecodeError::new(
                                walk.endpoint,
                                http::StatusCode::OK,
                                bytes::Bytes::new(),
                                format!(
                                    "stopped after {MAX_PAGES} pages: the server never marked a last page"
                                ),
                            ))))
                        }
                        Some(next) => State::Next(next, walk),
                    };
                    Some((Ok(data), state))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A page that always says another follows, at a new position.
    struct Endless;

    impl Page for Endless {
        type Item = ();
        fn next(&self, at: &PagePosition) -> Option<PagePosition> {
            match at {
                PagePosition::Number(n) => Some(PagePosition::Number(n + 1)),
                _ => None,
            }
        }
        fn item_count(&self) -> usize {
            1
        }
        fn into_items(self) -> Vec<()> {
            vec![()]
        }
    }

    #[test]
    fn next_links_are_read_from_link_headers() {
        assert_eq!(
            next_link(r#"<https://a.example/x?page=2>; rel="next", <https://a.example/x?page=9>; rel="last""#)
                .as_deref(),
            Some("https://a.example/x?page=2")
        );
        assert_eq!(
            next_link(r#"<https://a.example/x?page=1>; rel="prev""#),
            None
        );
        assert_eq!(
            next_link("<https://a.example/y>; rel=next").as_deref(),
            Some("https://a.example/y")
        );
    }

    #[tokio::test]
    async fn a_stream_that_never_ends_fails_after_the_bound() {
        let pages = paginate::<Endless, (), _, _>("list", PagePosition::Number(1), |_| async {
            Ok((Endless, None))
        });
        let results: Vec<_> = futures_util::StreamExt::collect::<Vec<_>>(pages).await;
        assert_eq!(results.len(), MAX_PAGES + 1);
        assert!(results[..MAX_PAGES].iter().all(Result::is_ok));
        let Some(Err(Error::Decode(e))) = results.last() else {
            panic!("the stream did not fail");
        };
        assert!(
            e.to_string()
                .contains("stopped after 10000 pages: the server never marked a last page"),
            "{e}"
        );
    }
}
