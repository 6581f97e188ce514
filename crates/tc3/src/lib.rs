//! TC3-HMAC-SHA256 request signing, as the official SDKs do it (see `spec/signing.md`).
//!
//! Pure functions only: every input (the timestamp included) is passed in and the
//! signed headers come out. No clock, no I/O, so that the client and the emulator can
//! share one implementation and the known-answer vectors can test it stage by stage.

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
