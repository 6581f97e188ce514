//! The headers of one signed API 3.0 call, in the order the official SDK sends them.
//!
//! Pure: the caller supplies the timestamp, the credentials and the exact body bytes.
//! The client sends these headers, `--dry-run` prints them, the signing vectors check them.

use tc3::{self as signer, Signable};

/// The content type batchctl sends with POST bodies (the SDK's).
pub const JSON_CONTENT_TYPE: &str = "application/json";
/// Sent as `X-TC-RequestClient`, as the SDKs name themselves.
pub const REQUEST_CLIENT: &str = concat!("batchctl/", env!("CARGO_PKG_VERSION"));

/// One API call, before signing.
#[derive(Debug, Clone, Copy)]
pub struct ApiCall<'a> {
    pub service: &'a str,
    pub action: &'a str,
    pub version: &'a str,
    pub region: Option<&'a str>,
    pub language: Option<&'a str>,
    /// The session token of temporary credentials.
    pub token: Option<&'a str>,
    /// The `Host` header value, exactly as sent.
    pub host: &'a str,
    /// The exact JSON body bytes.
    pub body: &'a [u8],
    pub timestamp: i64,
}

/// The signed headers of a POST call, `Authorization` last.
pub fn signed_headers(
    secret_id: &str,
    secret_key: &str,
    call: &ApiCall<'_>,
) -> Vec<(&'static str, String)> {
    let signature = signer::sign(
        secret_id,
        secret_key,
        &Signable {
            method: "POST",
            canonical_query: "",
            content_type: JSON_CONTENT_TYPE,
            host: call.host,
            payload: call.body,
            service: call.service,
            timestamp: call.timestamp,
        },
    );
    let mut headers = vec![
        ("Content-Type", JSON_CONTENT_TYPE.to_string()),
        ("Host", call.host.to_string()),
        ("X-TC-Action", call.action.to_string()),
        ("X-TC-RequestClient", REQUEST_CLIENT.to_string()),
        ("X-TC-Timestamp", call.timestamp.to_string()),
        ("X-TC-Version", call.version.to_string()),
    ];
    if let Some(region) = call.region {
        headers.push(("X-TC-Region", region.to_string()));
    }
    if let Some(token) = call.token {
        headers.push(("X-TC-Token", token.to_string()));
    }
    if let Some(language) = call.language {
        headers.push(("X-TC-Language", language.to_string()));
    }
    headers.push(("Authorization", signature.authorization));
    headers
}

/// Headers whose values are secret and must be redacted wherever they are shown.
pub fn is_secret_header(name: &str) -> bool {
    name.eq_ignore_ascii_case("X-TC-Token")
}
