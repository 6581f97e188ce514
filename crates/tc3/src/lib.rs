//! TC3-HMAC-SHA256 request signing, as the official SDKs do it (Tencent Cloud API 3.0's
//! signature, version 3).
//!
//! Pure functions only: every input (the timestamp included) is passed in and the
//! signed headers come out. No clock, no I/O, so that the client and the emulator can
//! share one implementation and the known-answer vectors can test it stage by stage.

pub mod legacy;

use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

/// The only algorithm API 3.0 speaks.
pub const ALGORITHM: &str = "TC3-HMAC-SHA256";
/// The header names that are signed, in canonical order.
pub const SIGNED_HEADERS: &str = "content-type;host";

/// One HTTP request as it will be sent, reduced to what the signature covers.
#[derive(Debug, Clone, Copy)]
pub struct Signable<'a> {
    /// `POST` or `GET`.
    pub method: &'a str,
    /// The exact query string for GET; empty for POST.
    pub canonical_query: &'a str,
    /// The `Content-Type` value as sent.
    pub content_type: &'a str,
    /// The `Host` value as sent (host, plus `:port` when the endpoint has one).
    pub host: &'a str,
    /// The exact body bytes sent (empty for GET).
    pub payload: &'a [u8],
    /// The service of the API (`batch`), never derived from the host.
    pub service: &'a str,
    /// Unix seconds, as sent in `X-TC-Timestamp`.
    pub timestamp: i64,
}

/// Every intermediate value of one signature, so tests can check each stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub canonical_request: String,
    pub string_to_sign: String,
    /// `YYYY-MM-DD`, the UTC date of the timestamp.
    pub date: String,
    pub credential_scope: String,
    /// Lower-case hex HMAC.
    pub signature: String,
    /// The whole `Authorization` header value.
    pub authorization: String,
}

/// Lower-case hex SHA-256 of `data`.
pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> Vec<u8> {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

/// The UTC calendar date of a Unix timestamp, `YYYY-MM-DD` (never local time).
pub fn utc_date(timestamp: i64) -> String {
    // Days-from-civil inverse (Howard Hinnant's algorithm): exact for every i64 day count
    // we can meet, and avoids any dependence on the local time zone.
    let days = timestamp.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!("{y:04}-{m:02}-{d:02}")
}

/// Stage 1: the canonical request.
pub fn canonical_request(req: &Signable<'_>) -> String {
    format!(
        "{}\n/\n{}\ncontent-type:{}\nhost:{}\n\n{}\n{}",
        req.method,
        req.canonical_query,
        req.content_type.trim(),
        req.host.trim(),
        SIGNED_HEADERS,
        sha256_hex(req.payload)
    )
}

/// Stage 2: the string to sign, from the canonical request.
pub fn string_to_sign(timestamp: i64, credential_scope: &str, canonical_request: &str) -> String {
    format!(
        "{ALGORITHM}\n{timestamp}\n{credential_scope}\n{}",
        sha256_hex(canonical_request.as_bytes())
    )
}

/// Stage 3: the hex signature of a string to sign.
pub fn signature_hex(secret_key: &str, date: &str, service: &str, string_to_sign: &str) -> String {
    let k_date = hmac_sha256(format!("TC3{secret_key}").as_bytes(), date.as_bytes());
    let k_service = hmac_sha256(&k_date, service.as_bytes());
    let k_signing = hmac_sha256(&k_service, b"tc3_request");
    hex::encode(hmac_sha256(&k_signing, string_to_sign.as_bytes()))
}

/// All stages at once: what the client sends and what the emulator recomputes.
pub fn sign(secret_id: &str, secret_key: &str, req: &Signable<'_>) -> Signature {
    let date = utc_date(req.timestamp);
    let credential_scope = format!("{date}/{}/tc3_request", req.service);
    let canonical_request = canonical_request(req);
    let string_to_sign = string_to_sign(req.timestamp, &credential_scope, &canonical_request);
    let signature = signature_hex(secret_key, &date, req.service, &string_to_sign);
    let authorization = format!(
        "{ALGORITHM} Credential={secret_id}/{credential_scope}, SignedHeaders={SIGNED_HEADERS}, Signature={signature}"
    );
    Signature {
        canonical_request,
        string_to_sign,
        date,
        credential_scope,
        signature,
        authorization,
    }
}

/// The parts of an `Authorization` header, as a server reads them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedAuthorization {
    pub secret_id: String,
    pub date: String,
    pub service: String,
    pub signed_headers: String,
    pub signature: String,
}

/// Reads an `Authorization` header; `None` when it is not a well-formed TC3 header.
pub fn parse_authorization(header: &str) -> Option<ParsedAuthorization> {
    let rest = header.trim().strip_prefix(ALGORITHM)?.trim_start();
    let mut credential = None;
    let mut signed_headers = None;
    let mut signature = None;
    for part in rest.split(',') {
        let (key, value) = part.trim().split_once('=')?;
        match key {
            "Credential" => credential = Some(value),
            "SignedHeaders" => signed_headers = Some(value),
            "Signature" => signature = Some(value),
            _ => return None,
        }
    }
    let mut scope = credential?.splitn(4, '/');
    let secret_id = scope.next()?.to_string();
    let date = scope.next()?.to_string();
    let service = scope.next()?.to_string();
    if scope.next()? != "tc3_request" || secret_id.is_empty() {
        return None;
    }
    Some(ParsedAuthorization {
        secret_id,
        date,
        service,
        signed_headers: signed_headers?.to_string(),
        signature: signature?.to_string(),
    })
}

/// Compares two signatures in time independent of where they differ.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// One request as a server received it, reduced to what a signature may cover.
#[derive(Debug, Clone, Copy)]
pub struct Received<'a> {
    /// `POST` or `GET`.
    pub method: &'a str,
    /// The exact query string for GET; empty for POST.
    pub canonical_query: &'a str,
    /// Every header as received, names in any case.
    pub headers: &'a [(String, String)],
    /// The exact body bytes received.
    pub payload: &'a [u8],
}

/// Why a signature does not verify.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerifyError {
    /// The `SignedHeaders` list is not one the specification allows: empty names, not
    /// lower-case, not sorted, repeated, or without `content-type` and `host`.
    SignedHeaders(String),
    /// A header named in `SignedHeaders` was not sent.
    HeaderNotSent(String),
    /// Everything is well-formed, but the signature is not the request's.
    Mismatch,
}

impl std::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VerifyError::SignedHeaders(why) => write!(f, "SignedHeaders {why}"),
            VerifyError::HeaderNotSent(name) => {
                write!(f, "the signed header `{name}` was not sent")
            }
            VerifyError::Mismatch => f.write_str("the signature does not match the request"),
        }
    }
}

/// Checks a `SignedHeaders` list as the specification allows it: lower-case names
/// separated by `;`, sorted, each once, `content-type` and `host` among them.
pub fn check_signed_headers(signed_headers: &str) -> Result<Vec<&str>, VerifyError> {
    let names: Vec<&str> = signed_headers.split(';').collect();
    let bad = |why: String| Err(VerifyError::SignedHeaders(why));
    if let Some(name) = names
        .iter()
        .find(|n| n.is_empty() || n.bytes().any(|b| b.is_ascii_uppercase() || b <= b' '))
    {
        return bad(format!(
            "`{signed_headers}` holds `{name}`, which is not a lower-case header name"
        ));
    }
    if names.windows(2).any(|w| w[0] >= w[1]) {
        return bad(format!(
            "`{signed_headers}` is not sorted, or names a header twice"
        ));
    }
    for required in ["content-type", "host"] {
        if !names.contains(&required) {
            return bad(format!("`{signed_headers}` does not include `{required}`"));
        }
    }
    Ok(names)
}

/// The canonical request of `req` over the headers `names` (already checked by
/// [`check_signed_headers`]). Values are trimmed, and lower-cased when `lower_values`
/// (the specification's rule; `false` gives the values as sent, which is what the SDKs
/// and [`sign`] use). With `X-TC-Content-SHA256: UNSIGNED-PAYLOAD` the payload is that
/// text, as the SDKs sign it.
pub fn canonical_request_over(
    req: &Received<'_>,
    names: &[&str],
    lower_values: bool,
) -> Result<String, VerifyError> {
    let value_of = |name: &str| {
        req.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
    };
    let mut headers = String::new();
    for name in names {
        let value = value_of(name).ok_or_else(|| VerifyError::HeaderNotSent(name.to_string()))?;
        headers.push_str(name);
        headers.push(':');
        if lower_values {
            headers.push_str(&value.to_lowercase());
        } else {
            headers.push_str(value);
        }
        headers.push('\n');
    }
    let unsigned = value_of("x-tc-content-sha256").is_some_and(|v| v == "UNSIGNED-PAYLOAD");
    let payload: &[u8] = if unsigned {
        b"UNSIGNED-PAYLOAD"
    } else {
        req.payload
    };
    Ok(format!(
        "{}\n/\n{}\n{}\n{}\n{}",
        req.method,
        req.canonical_query,
        headers,
        names.join(";"),
        sha256_hex(payload)
    ))
}

/// Verifies the signature of a received request against `secret_key`, for any signed
/// header set the specification allows (see [`check_signed_headers`]). The values are
/// canonicalised as the specification says (trimmed, lower-cased); a signature over the
/// values as sent (trimmed only, as the SDKs compute it) is accepted too, since for the
/// usual values both are the same text.
pub fn verify(
    secret_key: &str,
    authorization: &ParsedAuthorization,
    timestamp: i64,
    req: &Received<'_>,
) -> Result<(), VerifyError> {
    let names = check_signed_headers(&authorization.signed_headers)?;
    let credential_scope = format!(
        "{}/{}/tc3_request",
        authorization.date, authorization.service
    );
    for lower_values in [true, false] {
        let canonical = canonical_request_over(req, &names, lower_values)?;
        let to_sign = string_to_sign(timestamp, &credential_scope, &canonical);
        let expected = signature_hex(
            secret_key,
            &authorization.date,
            &authorization.service,
            &to_sign,
        );
        if constant_time_eq(&expected, &authorization.signature) {
            return Ok(());
        }
    }
    Err(VerifyError::Mismatch)
}

#[cfg(test)]
mod verify_tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    const KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";

    #[test]
    fn what_sign_produces_verifies() {
        let body = br#"{"Limit":1}"#;
        let signed = sign(
            "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
            KEY,
            &Signable {
                method: "POST",
                canonical_query: "",
                content_type: "application/json",
                host: "batch.tencentcloudapi.com",
                payload: body,
                service: "batch",
                timestamp: 1_700_000_000,
            },
        );
        let auth = parse_authorization(&signed.authorization).unwrap();
        let sent = headers(&[
            ("Content-Type", " application/json "),
            ("Host", "batch.tencentcloudapi.com"),
        ]);
        let req = Received {
            method: "POST",
            canonical_query: "",
            headers: &sent,
            payload: body,
        };
        assert_eq!(verify(KEY, &auth, 1_700_000_000, &req), Ok(()));
        let other = Received {
            payload: br#"{"Limit":2}"#,
            ..req
        };
        assert_eq!(
            verify(KEY, &auth, 1_700_000_000, &other),
            Err(VerifyError::Mismatch)
        );
        assert_eq!(
            verify("another-key", &auth, 1_700_000_000, &req),
            Err(VerifyError::Mismatch)
        );
    }

    #[test]
    fn signed_header_sets_follow_the_specification() {
        assert_eq!(
            check_signed_headers("content-type;host;x-tc-action").unwrap(),
            ["content-type", "host", "x-tc-action"]
        );
        assert!(check_signed_headers("content-type;host").is_ok());
        for bad in [
            "host;content-type",
            "content-type",
            "host",
            "content-type;host;host",
            "Content-Type;host",
            "content-type;;host",
            "",
            "content-type;host;x-tc-action;x-tc-action",
        ] {
            assert!(
                matches!(
                    check_signed_headers(bad),
                    Err(VerifyError::SignedHeaders(_))
                ),
                "{bad}"
            );
        }
    }

    #[test]
    fn values_are_lower_cased_and_trimmed_and_every_signed_header_must_be_sent() {
        let sent = headers(&[
            ("Content-Type", "application/json; charset=utf-8"),
            ("Host", "batch.tencentcloudapi.com"),
            ("X-TC-Action", "DescribeJobs"),
        ]);
        let req = Received {
            method: "POST",
            canonical_query: "",
            headers: &sent,
            payload: b"{}",
        };
        let canonical =
            canonical_request_over(&req, &["content-type", "host", "x-tc-action"], true).unwrap();
        assert!(
            canonical.contains("\nx-tc-action:describejobs\n\ncontent-type;host;x-tc-action\n"),
            "{canonical}"
        );
        assert_eq!(
            canonical_request_over(&req, &["content-type", "host", "x-tc-region"], true),
            Err(VerifyError::HeaderNotSent("x-tc-region".into()))
        );
    }
}
