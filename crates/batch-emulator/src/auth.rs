//! Authentication of one request, in the order the service checks it:
//!
//! 1. the common headers `X-TC-Action`, `X-TC-Version`, `X-TC-Timestamp` and
//!    `Authorization` are present (`MissingParameter`), and `Authorization` is a
//!    well-formed TC3 header, `TC3-HMAC-SHA256 Credential=<id>/<date>/<service>/tc3_request,
//!    SignedHeaders=…, Signature=<64 hex digits>` (`AuthFailure.InvalidAuthorization`, as
//!    the service answers; a well-formed header with a wrong signature is
//!    `AuthFailure.SignatureFailure`);
//! 2. `X-TC-Timestamp` is an integer within 300 s of the server clock
//!    (`AuthFailure.SignatureExpire`);
//! 3. the SecretId is known (`AuthFailure.SecretIdNotFound`); temporary credentials must
//!    send their session token in `X-TC-Token` (`AuthFailure.TokenFailure`);
//! 4. the credential scope is `<UTC date of the timestamp>/batch/tc3_request`, the signed
//!    headers are any set the specification allows (lower-case, sorted, `content-type`
//!    and `host` among them: tccli and the SDKs sign `content-type;host`, the official
//!    sample code `content-type;host;x-tc-action`), and the signature recomputed over the
//!    request as received (method, query for GET, the signed headers' values trimmed and
//!    lower-cased as the specification says, or as sent, exact body bytes) matches
//!    (`AuthFailure.SignatureFailure`).
//!
//! A request signed with the older method (`SignatureMethod` HmacSHA256 or HmacSHA1,
//! every parameter in the query string or a form body, see `tc3::legacy`) is checked by
//! [`authenticate_legacy`] in the same order: `Action`, `Version`, `Timestamp`, `Nonce`,
//! `SecretId` and `Signature` present (`MissingParameter`), the timestamp within 300 s
//! (`AuthFailure.SignatureExpire`), the SecretId known and its `Token`
//! (`AuthFailure.SecretIdNotFound`, `AuthFailure.TokenFailure`), the signature
//! (`AuthFailure.SignatureFailure`).
//!
//! Verification is the `tc3` crate's, shared with the client's signer, so a client bug
//! and an emulator bug cannot cancel out without also breaking the published vectors.

use tc3 as signer;

use super::errors::{self, ApiError};
use super::request::{Incoming, header};

/// The permanent demo credentials the emulator accepts (public, not secret).
pub const DEMO_SECRET_ID: &str = "AKIDEMULATORDEMO0000000000000000000";
pub const DEMO_SECRET_KEY: &str = "emulator-demo-secret-key-0000000000";

/// Temporary demo credentials: requests signed with them must also send
/// `X-TC-Token: DEMO_TEMP_TOKEN` (else `AuthFailure.TokenFailure`).
pub const DEMO_TEMP_SECRET_ID: &str = "AKIDEMULATORTEMP0000000000000000000";
pub const DEMO_TEMP_SECRET_KEY: &str = "emulator-temp-secret-key-0000000000";
pub const DEMO_TEMP_TOKEN: &str = "emulator-demo-session-token-00000000000000000000";

/// How far `X-TC-Timestamp` may be from the server clock, in seconds.
pub const MAX_CLOCK_SKEW: u64 = 300;

/// The service name in the credential scope.
const SERVICE: &str = crate::api::SERVICE;

/// Who made an authenticated request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub secret_id: String,
    /// True when the request carried an `X-TC-Token` (the token itself is never kept).
    pub token: bool,
}

/// One accepted credential.
struct Known {
    id: &'static str,
    key: &'static str,
    token: Option<&'static str>,
}

const ACCEPTED: [Known; 2] = [
    Known {
        id: DEMO_SECRET_ID,
        key: DEMO_SECRET_KEY,
        token: None,
    },
    Known {
        id: DEMO_TEMP_SECRET_ID,
        key: DEMO_TEMP_SECRET_KEY,
        token: Some(DEMO_TEMP_TOKEN),
    },
];

/// The non-empty value of a header, or `MissingParameter` naming the parameter.
fn required<'a>(req: &'a Incoming<'_>, name: &str, parameter: &str) -> Result<&'a str, ApiError> {
    header(req.headers, name)
        .filter(|v| !v.trim().is_empty())
        .ok_or_else(|| errors::missing_parameter(parameter))
}

/// `AuthFailure.InvalidAuthorization`: the `Authorization` header is not a TC3 header in
/// shape.
fn invalid_authorization() -> ApiError {
    errors::coded(
        "AuthFailure.InvalidAuthorization",
        "The Authorization header is not valid: expected `TC3-HMAC-SHA256 \
         Credential=SecretId/Date/Service/tc3_request, SignedHeaders=…, Signature=…`.",
        "Authorization 头格式不正确：应为 `TC3-HMAC-SHA256 \
         Credential=SecretId/Date/Service/tc3_request, SignedHeaders=…, Signature=…`。",
    )
}

/// Checks the common headers and the signature of `req` against the server clock `now`.
pub fn authenticate(req: &Incoming<'_>, now: i64) -> Result<Caller, ApiError> {
    required(req, "X-TC-Action", "Action")?;
    required(req, "X-TC-Version", "Version")?;
    let timestamp_text = required(req, "X-TC-Timestamp", "Timestamp")?.trim();
    let authorization = required(req, "Authorization", "Authorization")?;
    let parsed = signer::parse_authorization(authorization)
        .filter(|p| p.signature.len() == 64 && p.signature.bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or_else(invalid_authorization)?;

    let timestamp: i64 = timestamp_text
        .parse()
        .map_err(|_| errors::signature_expire(timestamp_text, now))?;
    if timestamp.abs_diff(now) > MAX_CLOCK_SKEW {
        return Err(errors::signature_expire(timestamp_text, now));
    }

    let token = header(req.headers, "X-TC-Token").filter(|t| !t.is_empty());
    let known = known_caller(&parsed.secret_id, token)?;

    if parsed.service != SERVICE {
        return Err(errors::signature_failure(format!(
            "the credential scope names the service `{}`, expected `{SERVICE}`",
            parsed.service
        )));
    }
    let date = signer::utc_date(timestamp);
    if parsed.date != date {
        return Err(errors::signature_failure(format!(
            "the credential scope date {} is not the UTC date of X-TC-Timestamp ({date})",
            parsed.date
        )));
    }
    let canonical_query = if req.method == "GET" { req.query } else { "" };
    let received = signer::Received {
        method: req.method,
        canonical_query,
        headers: req.headers,
        payload: req.body,
    };
    match signer::verify(known.key, &parsed, timestamp, &received) {
        Ok(()) => {}
        Err(signer::VerifyError::Mismatch) => {
            return Err(errors::signature_failure(
                "the signature does not match the request as received; check the SecretKey, the \
                 signed headers (Host, Content-Type …) and the exact body bytes",
            ));
        }
        Err(other) => return Err(errors::signature_failure(other.to_string())),
    }
    Ok(Caller {
        secret_id: known.id.to_string(),
        token: token.is_some(),
    })
}

/// The known credential and its token check, shared by both signature methods.
fn known_caller(secret_id: &str, token: Option<&str>) -> Result<&'static Known, ApiError> {
    let known = ACCEPTED
        .iter()
        .find(|k| k.id == secret_id)
        .ok_or_else(errors::secret_id_not_found)?;
    if let Some(expected) = known.token {
        match token {
            None => return Err(errors::token_failure(true)),
            Some(sent) if !signer::constant_time_eq(sent, expected) => {
                return Err(errors::token_failure(false));
            }
            Some(_) => {}
        }
    }
    Ok(known)
}

/// Checks a request signed with the older method (see the module comment): `method` and
/// `host` as received, `params` every parameter of its query string or form body,
/// decoded, in the order sent.
pub fn authenticate_legacy(
    method: &str,
    host: &str,
    params: &[(String, String)],
    now: i64,
) -> Result<Caller, ApiError> {
    let get = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let required = |name: &str| {
        get(name)
            .filter(|v| !v.trim().is_empty())
            .ok_or_else(|| errors::missing_parameter(name))
    };
    required("Action")?;
    required("Version")?;
    let timestamp_text = required("Timestamp")?.trim();
    required("Nonce")?;
    let secret_id = required("SecretId")?;
    let sent = required("Signature")?;

    let timestamp: i64 = timestamp_text
        .parse()
        .map_err(|_| errors::signature_expire(timestamp_text, now))?;
    if timestamp.abs_diff(now) > MAX_CLOCK_SKEW {
        return Err(errors::signature_expire(timestamp_text, now));
    }

    let token = get("Token").filter(|t| !t.is_empty());
    let known = known_caller(secret_id, token)?;

    let method_name = get("SignatureMethod");
    let algorithm = signer::legacy::Algorithm::from_name(method_name).ok_or_else(|| {
        errors::signature_failure(format!(
            "SignatureMethod `{}` is neither HmacSHA256 nor HmacSHA1",
            method_name.unwrap_or_default()
        ))
    })?;
    let pairs: Vec<(&str, &str)> = params
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let expected = signer::legacy::sign(method, host.trim(), "/", &pairs, known.key, algorithm);
    if !signer::constant_time_eq(&expected, sent) {
        return Err(errors::signature_failure(format!(
            "the {} signature does not match the request as received; check the SecretKey, \
             the Host and every parameter",
            algorithm.name()
        )));
    }
    Ok(Caller {
        secret_id: known.id.to_string(),
        token: token.is_some(),
    })
}
