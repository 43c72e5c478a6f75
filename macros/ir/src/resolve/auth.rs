//! Rules for the spec's `auth`.

use crate::diag::Ctxt;
use crate::model::{AuthScheme, Spanned, Spec};

pub(super) fn check(spec: &Spec, diags: &mut Ctxt) {
    let Some(auth) = &spec.auth else {
        return;
    };
    let scheme = auth.scheme.value;
    match (&auth.name, scheme.is_named()) {
        (None, true) => diags.push(auth.scheme.loc.error(format!(
            "the `{}` scheme needs the `name` of the {} that carries the key",
            spelling(scheme),
            if scheme == AuthScheme::Header {
                "header"
            } else {
                "query parameter"
            }
        ))),
        (Some(name), false) => diags.push(name.loc.error(format!(
            "the `{}` scheme takes no `name`; it is for `header` and `query`",
            spelling(scheme)
        ))),
        (Some(name), true) => check_name(scheme, name, diags),
        (None, false) => {}
    }
    for code in [&auth.missing_key_code, &auth.invalid_key_code]
        .into_iter()
        .flatten()
    {
        super::shared::unknown_code(spec, code, diags);
    }
}

fn spelling(scheme: AuthScheme) -> &'static str {
    match scheme {
        AuthScheme::Bearer => "bearer",
        AuthScheme::Header => "header",
        AuthScheme::Query => "query",
        AuthScheme::Basic => "basic",
    }
}

fn check_name(scheme: AuthScheme, name: &Spanned<String>, diags: &mut Ctxt) {
    let bad = match scheme {
        AuthScheme::Header => http::HeaderName::from_bytes(name.as_bytes()).is_err(),
        _ => name.is_empty() || name.contains(['&', '=', '#', ' ']),
    };
    if bad {
        diags.push(name.loc.error(format!(
            "`{}` cannot name a {}",
            name.value,
            if scheme == AuthScheme::Header {
                "header"
            } else {
                "query parameter"
            }
        )));
    }
    // `Authorization` under the header scheme is sent as the key is given:
    // `GNAP <token>`, `Token <key>` (schemes other than bearer and basic).
}
