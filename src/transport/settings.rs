//! What the transport needs to know of an invocation: where requests go, the region and
//! language headers, the timeout, attempts, pacing, and whether to send at all. The face
//! builds it from the one configuration; nothing here reads options or the environment.

use std::time::Duration;

use crate::transport::error::Error;

/// The transport's settings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub endpoint: Endpoint,
    pub region: Option<String>,
    pub language: &'static str,
    pub timeout: Duration,
    /// Attempts per request for retryable failures.
    pub max_attempts: u32,
    pub rate_limit: RateLimit,
    /// `--dry-run`: print each signed request instead of sending it.
    pub dry_run: bool,
    /// Waits pass on a virtual clock (tests), not in real time.
    pub virtual_time: bool,
}

/// Where requests go: the URL to send to and the `Host` header that is signed and sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// `scheme://host[:port]/`
    pub url: String,
    /// `host[:port]`, exactly as sent.
    pub host: String,
}

impl Endpoint {
    /// A bare host means https; `http://host:port` and `https://host[:port]` are allowed.
    pub fn parse(value: &str) -> Result<Endpoint, Error> {
        let value = value.trim();
        let bad = |why: &str| {
            Error::usage(format!(
                "invalid --endpoint '{}': {why}",
                crate::transport::error::printable(value)
            ))
        };
        let (scheme, rest) = match value.split_once("://") {
            Some((s, r)) if s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https") => {
                (s.to_ascii_lowercase(), r)
            }
            Some((s, _)) => {
                return Err(bad(&format!(
                    "unsupported scheme '{s}' (use http or https)"
                )));
            }
            None => ("https".to_string(), value),
        };
        let authority = rest.strip_suffix('/').unwrap_or(rest);
        if authority.is_empty() {
            return Err(bad("no host"));
        }
        if authority.contains(['/', '?', '#', '@', ' ']) {
            return Err(bad(
                "give only a host and optional port (the API path is always /)",
            ));
        }
        let (host, port) =
            split_port(authority).ok_or_else(|| bad("the port is not a number from 1 to 65535"))?;
        if host.is_empty() {
            return Err(bad("no host"));
        }
        let bracketed = host.starts_with('[') && host.ends_with(']');
        let host_chars_ok = if bracketed {
            host[1..host.len() - 1]
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        } else {
            host.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.' || c == '_')
        };
        if !host_chars_ok {
            return Err(bad(
                "the host may hold only letters, digits, '-', '.' and '_' (an IPv6 address in brackets)",
            ));
        }
        let host = host.to_ascii_lowercase();
        let default_port = if scheme == "https" { 443 } else { 80 };
        let host_header = match port {
            Some(p) if p != default_port => format!("{host}:{p}"),
            _ => host,
        };
        Ok(Endpoint {
            url: format!("{scheme}://{host_header}/"),
            host: host_header,
        })
    }
}

/// A region is a name such as `ap-guangzhou`: it travels in a header, so a newline or a
/// control character would break the request (or smuggle another header).
pub fn check_region(region: &str) -> Result<(), &'static str> {
    if region.is_empty() {
        return Err("it is empty");
    }
    if region.len() > 64
        || !region
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err("a region holds only letters, digits and '-' (e.g. ap-guangzhou)");
    }
    Ok(())
}

/// `host[:port]` (IPv6 in brackets) → host and port.
fn split_port(authority: &str) -> Option<(&str, Option<u16>)> {
    let (host, port) = if authority.starts_with('[') {
        let end = authority.find(']')?;
        let (host, rest) = authority.split_at(end + 1);
        match rest.strip_prefix(':') {
            Some(p) => (host, Some(p)),
            None if rest.is_empty() => (host, None),
            None => return None,
        }
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    match port {
        None => Some((host, None)),
        Some(p) => match p.parse::<u16>() {
            Ok(n) if n > 0 => Some((host, Some(n))),
            _ => None,
        },
    }
}

/// How requests are paced: each action at its published limit, or one limit for all.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RateLimit {
    /// Each action's own limit (`batch-api.md`), one token bucket per action.
    PerAction,
    /// `--rate-limit N`: every action's bucket at N requests per second.
    Fixed(f64),
    /// `--rate-limit 0`: no pacing.
    Off,
}

impl RateLimit {
    /// Requests per second for an action whose published limit is `published`; 0 is none.
    pub fn for_action(self, published: f64) -> f64 {
        match self {
            RateLimit::PerAction => published,
            RateLimit::Fixed(rate) => rate,
            RateLimit::Off => 0.0,
        }
    }
}
