//! Declarative macros that generated code expands into, so that the
//! generator emits one line where the same impls are needed for every
//! endpoint. Not public API.

/// The impls of a generated per-endpoint error enum: `CODES`, `STATUSES`,
/// accessors, `From` both ways with the spec's `ApiError`, `Display`,
/// `Error` and `EndpointError`. The enum must have one `Variant(ApiError)`
/// per listed code, one per listed documented status, and
/// `Unknown(ApiError)`.
#[doc(hidden)]
#[macro_export]
macro_rules! __endpoint_error {
    (
        $name:ident, $api:ident, $code:ident, [$($variant:ident),* $(,)?],
        $status:ident, [$($svariant:ident),* $(,)?]
    ) => {
        impl $name {
            /// The codes this endpoint is documented to return.
            pub const CODES: &'static [$code] = &[$($code::$variant),*];

            /// The documented statuses without a code this endpoint lists.
            pub const STATUSES: &'static [$status] = &[$($status::$svariant),*];

            /// The decoded error response.
            pub fn api_error(&self) -> &$api {
                match self {
                    $(Self::$variant(e) |)* $(Self::$svariant(e) |)* Self::Unknown(e) => e,
                }
            }

            /// The decoded error response, by value.
            pub fn into_api_error(self) -> $api {
                match self {
                    $(Self::$variant(e) |)* $(Self::$svariant(e) |)* Self::Unknown(e) => e,
                }
            }

            /// The code, when the spec knows it (listed for this endpoint or not).
            pub fn code(&self) -> ::core::option::Option<$code> {
                self.api_error().known_code()
            }

            /// The HTTP status of the response.
            pub fn status(&self) -> $crate::__private::http::StatusCode {
                self.api_error().status()
            }
        }

        impl ::core::convert::From<$api> for $name {
            fn from(error: $api) -> Self {
                match error.known_code() {
                    $(::core::option::Option::Some($code::$variant) => Self::$variant(error),)*
                    _ => match $status::of(&error) {
                        $(::core::option::Option::Some($status::$svariant) => Self::$svariant(error),)*
                        _ => Self::Unknown(error),
                    },
                }
            }
        }

        impl ::core::convert::From<$name> for $api {
            fn from(error: $name) -> Self {
                error.into_api_error()
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Display::fmt(self.api_error(), f)
            }
        }

        impl ::std::error::Error for $name {}

        impl $crate::EndpointError for $name {
            type Code = $code;
            fn from_api_error(error: $api) -> Self {
                ::core::convert::From::from(error)
            }
            fn api_error(&self) -> &$api {
                $name::api_error(self)
            }
            fn into_api_error(self) -> $api {
                $name::into_api_error(self)
            }
        }
    };
}

/// What every generated request type has: `options`, and `IntoFuture` so
/// that awaiting it sends it. The type has an `options: CallOptions` field
/// and an `async fn send`.
#[doc(hidden)]
#[macro_export]
macro_rules! __request_common {
    ($request:ident, $data:ty, $error:ty) => {
        impl $request {
            /// Per-call options (attempt timeout, deadline, retries), replacing
            /// the client's for this call.
            pub fn options(mut self, options: $crate::CallOptions) -> Self {
                self.options = options;
                self
            }
        }

        impl ::core::future::IntoFuture for $request {
            type Output = ::core::result::Result<$data, $crate::Error<$error>>;
            type IntoFuture = ::core::pin::Pin<
                ::std::boxed::Box<
                    dyn ::core::future::Future<Output = Self::Output> + ::core::marker::Send,
                >,
            >;
            fn into_future(self) -> Self::IntoFuture {
                ::std::boxed::Box::pin(self.send())
            }
        }
    };
}
