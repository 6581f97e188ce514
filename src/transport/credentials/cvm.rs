//! The CVM instance role: temporary credentials from the instance metadata service.
//!
//! `GET <base>` names the CAM role bound to the instance; `GET <base><role>` returns its
//! `TmpSecretId`, `TmpSecretKey` and `Token`. The service only answers on a CVM instance,
//! so timeouts are short and no proxy is used (a proxy could not reach it, and must not
//! see the answer). No answer body is ever shown: it holds the secrets.

use std::io::Read;
use std::time::Duration;

use serde_json::Value;

use super::{Keys, Secret};
use crate::transport::error::Error;

/// The metadata service's role-credentials URL (override: `BATCHCTL_METADATA_ENDPOINT`).
pub const DEFAULT_BASE: &str =
    "http://metadata.tencentyun.com/latest/meta-data/cam/security-credentials/";

const CONNECT_TIMEOUT: Duration = Duration::from_secs(1);
const TIMEOUT: Duration = Duration::from_secs(2);
/// Far more than a role name or a credentials document; a bound on what is read.
const MAX_ANSWER: u64 = 64 * 1024;

/// The role's name and its temporary keys, within [`TIMEOUT`] for the whole lookup:
/// reqwest's timeout bounds each read only, so an answer trickling in a byte at a time
/// would otherwise hold every command for minutes.
pub fn fetch(base: &str) -> Result<(String, Keys), Error> {
    let given = base;
    fetch_bounded(base).map_err(|e| scrub(e, given))
}

fn fetch_bounded(base: &str) -> Result<(String, Keys), Error> {
    let base = normalize_base(base)?;
    let (tx, rx) = std::sync::mpsc::channel();
    let asked = base.clone();
    std::thread::spawn(move || {
        let _ = tx.send(fetch_unbounded(asked));
    });
    rx.recv_timeout(TIMEOUT).unwrap_or_else(|_| {
        Err(Error::Credentials(format!(
            "the instance metadata service at {base} gave no complete answer within {} s \
             (is this a CVM instance? BATCHCTL_METADATA_ENDPOINT overrides the address)",
            TIMEOUT.as_secs()
        )))
    })
}

fn fetch_unbounded(base: String) -> Result<(String, Keys), Error> {
    let http = reqwest::blocking::Client::builder()
        .no_proxy()
        .connect_timeout(CONNECT_TIMEOUT)
        .timeout(TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("batchctl/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| Error::Internal(format!("cannot set up HTTP: {e}")))?;

    let listing = get(&http, &base)?;
    let role = match listing {
        Answer::Ok(text) => parse_role_name(&text).ok_or_else(|| no_role(&base))?,
        Answer::Status(404) => return Err(no_role(&base)),
        Answer::Status(status) => {
            return Err(Error::Credentials(format!(
                "the instance metadata service at {base} answered HTTP {status} when asked for the CVM role"
            )));
        }
    };
    let url = format!("{base}{role}");
    let text = match get(&http, &url)? {
        Answer::Ok(text) => text,
        Answer::Status(status) => {
            return Err(Error::Credentials(format!(
                "the instance metadata service answered HTTP {status} for the credentials of CVM role '{role}' ({url})"
            )));
        }
    };
    let keys = parse_role_credentials(&text).map_err(|problem| {
        Error::Credentials(format!(
            "cannot use the credentials of CVM role '{role}' from the instance metadata service ({url}): {problem}"
        ))
    })?;
    Ok((role, keys))
}

/// `url` with the password of its user information (`user:password@host`) shown as `***`.
pub fn masked(url: &str) -> String {
    match password_of(url) {
        Some(password) => url.replacen(&format!(":{password}@"), ":***@", 1),
        None => url.to_string(),
    }
}

/// The password in `scheme://user:password@host/…`, if any.
fn password_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split('/').next()?;
    let (userinfo, _) = authority.rsplit_once('@')?;
    let (_, password) = userinfo.split_once(':')?;
    (!password.is_empty()).then_some(password)
}

/// An error whose message may quote `url`, with its password masked.
pub fn scrub(e: Error, url: &str) -> Error {
    let Some(password) = password_of(url.trim()) else {
        return e;
    };
    let hide = |m: String| m.replace(&format!(":{password}@"), ":***@");
    match e {
        Error::Credentials(m) => Error::Credentials(hide(m)),
        Error::Usage(m) => Error::Usage(hide(m)),
        Error::Network(m) => Error::Network(hide(m)),
        other => other,
    }
}

/// The base URL, checked and ending in `/`.
pub fn normalize_base(base: &str) -> Result<String, Error> {
    let base = base.trim();
    let lower = base.to_ascii_lowercase();
    let has_host = lower
        .strip_prefix("http://")
        .or_else(|| lower.strip_prefix("https://"))
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'));
    if !has_host {
        return Err(Error::usage(format!(
            "BATCHCTL_METADATA_ENDPOINT '{base}' is not an http:// or https:// URL \
             (it is the base ending in security-credentials/, e.g. {DEFAULT_BASE})"
        )));
    }
    Ok(if base.ends_with('/') {
        base.to_string()
    } else {
        format!("{base}/")
    })
}

enum Answer {
    Ok(String),
    Status(u16),
}

fn get(http: &reqwest::blocking::Client, url: &str) -> Result<Answer, Error> {
    let response = http.get(url).send().map_err(|e| unreachable(url, &e))?;
    let status = response.status();
    if !status.is_success() {
        return Ok(Answer::Status(status.as_u16()));
    }
    let mut body = Vec::new();
    response
        .take(MAX_ANSWER)
        .read_to_end(&mut body)
        .map_err(|e| {
            Error::Credentials(format!(
                "the answer of the instance metadata service ({url}) was cut off: {}",
                e.kind()
            ))
        })?;
    String::from_utf8(body).map(Answer::Ok).map_err(|_| {
        Error::Credentials(format!(
            "the answer of the instance metadata service ({url}) is not UTF-8 text"
        ))
    })
}

fn unreachable(url: &str, e: &reqwest::Error) -> Error {
    let what = if e.is_timeout() {
        "did not answer in time"
    } else if e.is_connect() {
        "cannot be reached"
    } else {
        "failed"
    };
    let mut cause: &dyn std::error::Error = e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    Error::Credentials(format!(
        "the CVM instance metadata service {what} ({url}: {cause}); --use-cvm-role and \
         tccli's cvm-role profiles work only on a CVM instance with a CAM role bound \
         (BATCHCTL_METADATA_ENDPOINT overrides the address)"
    ))
}

fn no_role(base: &str) -> Error {
    Error::Credentials(format!(
        "no CAM role is bound to this CVM instance (the instance metadata service at {base} names none); \
         bind one in the CVM console, or use other credentials"
    ))
}

/// The first role name listed, if it is a plausible CAM role name.
pub fn parse_role_name(text: &str) -> Option<String> {
    let name = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    // CAM role names: letters, digits and +=,.@_- ; anything else would change the URL.
    let plausible = name.len() <= 128
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+=,.@_-".contains(c));
    plausible.then(|| name.to_string())
}

/// The keys in a role-credentials document; a problem names the field, never a value.
pub fn parse_role_credentials(text: &str) -> Result<Keys, String> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| super::tccli::describe_json_error(&e))?;
    let Value::Object(object) = value else {
        return Err("the answer is JSON but not an object".to_string());
    };
    if let Some(code) = object.get("Code").and_then(Value::as_str)
        && code != "Success"
    {
        let code: String = code.chars().filter(|c| !c.is_control()).take(64).collect();
        return Err(format!("the service reports Code {code}"));
    }
    let field = |name: &str| -> Result<String, String> {
        match object.get(name) {
            Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.trim().to_string()),
            Some(Value::String(_)) | None | Some(Value::Null) => Err(format!("{name} is missing")),
            Some(_) => Err(format!("{name} is not a string")),
        }
    };
    Ok(Keys {
        secret_id: field("TmpSecretId")?,
        secret_key: Secret::new(field("TmpSecretKey")?),
        token: Some(Secret::new(field("Token")?)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_the_base_is_masked() {
        let url = "http://user:s3cret@169.254.0.23/latest/meta-data/cam/security-credentials/";
        assert_eq!(
            masked(url),
            "http://user:***@169.254.0.23/latest/meta-data/cam/security-credentials/"
        );
        assert_eq!(masked("http://h/x:y@z"), "http://h/x:y@z");
        let e = scrub(Error::Credentials(format!("at {url}: no")), url);
        assert!(!e.to_string().contains("s3cret"), "{e}");
        // Unreachable, with a password: the error never shows it.
        let e = fetch("http://user:s3cret@127.0.0.1:9/").unwrap_err();
        assert!(!e.to_string().contains("s3cret"), "{e}");
        let e = fetch("ftp://user:s3cret@h/").unwrap_err();
        assert!(!e.to_string().contains("s3cret"), "{e}");
    }

    #[test]
    fn the_role_name_is_the_first_listed() {
        assert_eq!(
            parse_role_name("batch-runner\n").as_deref(),
            Some("batch-runner")
        );
        assert_eq!(
            parse_role_name("\n  role_a \nrole_b").as_deref(),
            Some("role_a")
        );
        assert_eq!(parse_role_name(""), None);
        assert_eq!(parse_role_name("<html>not found</html>"), None);
        assert_eq!(parse_role_name("../../x"), None);
    }

    #[test]
    fn role_credentials_need_id_key_and_token() {
        let doc = r#"{"TmpSecretId":"AKIDtmp","TmpSecretKey":"TOPSECRET","ExpiredTime":1700000000,
            "Expiration":"2023-11-14T22:13:20Z","Token":"TOKENSECRET","Code":"Success"}"#;
        let keys = parse_role_credentials(doc).unwrap();
        assert_eq!(keys.secret_id, "AKIDtmp");
        assert_eq!(keys.secret_key.expose(), "TOPSECRET");
        assert_eq!(keys.token.unwrap().expose(), "TOKENSECRET");

        for (doc, want) in [
            (
                r#"{"TmpSecretId":"a","TmpSecretKey":"TOPSECRET"}"#,
                "Token is missing",
            ),
            (
                r#"{"TmpSecretId":"a","Token":"TOKENSECRET"}"#,
                "TmpSecretKey is missing",
            ),
            (
                r#"{"Code":"Failure","TmpSecretKey":"TOPSECRET"}"#,
                "Code Failure",
            ),
            (r#"{"TmpSecretKey": TOPSECRET}"#, "not valid JSON"),
            (r#""TOPSECRET""#, "not an object"),
        ] {
            let err = parse_role_credentials(doc).unwrap_err();
            assert!(err.contains(want), "{err}");
            assert!(
                !err.contains("TOPSECRET") && !err.contains("TOKENSECRET"),
                "{err}"
            );
        }
    }

    #[test]
    fn the_base_must_be_an_http_url_and_ends_in_a_slash() {
        assert_eq!(
            normalize_base("http://127.0.0.1:1/latest/meta-data/cam/security-credentials").unwrap(),
            "http://127.0.0.1:1/latest/meta-data/cam/security-credentials/"
        );
        assert_eq!(normalize_base(DEFAULT_BASE).unwrap(), DEFAULT_BASE);
        for bad in [
            "metadata.tencentyun.com/x/",
            "ftp://h/",
            "http://",
            "http:///x",
        ] {
            assert_eq!(normalize_base(bad).unwrap_err().exit_code(), 2, "{bad}");
        }
    }

    #[test]
    fn an_unreachable_service_is_a_credentials_error_that_says_why() {
        // A port that was just free: nothing listens there.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let err = fetch(&format!("http://127.0.0.1:{port}/sc/")).unwrap_err();
        assert_eq!(err.exit_code(), 6);
        assert!(err.to_string().contains("--use-cvm-role"), "{err}");
    }
}
