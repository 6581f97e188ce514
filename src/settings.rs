//! One validated configuration built from the global options and the environment; the
//! rest of the program trusts it and never re-checks.

use std::io::IsTerminal;
use std::time::Duration;

use crate::api;
use crate::cli::GlobalArgs;
use crate::error::Error;

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
        let bad = |why: &str| Error::usage(format!("invalid --endpoint '{value}': {why}"));
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

/// The validated global configuration.
#[derive(Debug, Clone)]
pub struct Settings {
    pub endpoint: Endpoint,
    pub region: Option<String>,
    pub language: &'static str,
    pub timeout: Duration,
    /// Attempts per request for retryable failures.
    pub max_attempts: u32,
    /// Requests per second for the whole invocation; 0 is no pacing.
    pub rate_limit: f64,
    pub debug: bool,
    pub dry_run: bool,
    pub quiet: bool,
    /// Colour on stdout: a terminal, no `--no-color`, no `NO_COLOR`.
    pub color: bool,
    pub emulator: bool,
}

impl Settings {
    /// Validates the global options; `env` looks up environment variables.
    pub fn from_args(
        args: &GlobalArgs,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Settings, Error> {
        let endpoint = Endpoint::parse(args.endpoint.as_deref().unwrap_or(api::DEFAULT_ENDPOINT))?;
        let no_color_env = env("NO_COLOR").is_some_and(|v| !v.is_empty());
        Ok(Settings {
            endpoint,
            region: args.region.as_ref().map(|r| r.trim().to_string()),
            language: args.language.as_header(),
            timeout: args.timeout,
            max_attempts: args.max_attempts,
            rate_limit: args.rate_limit,
            debug: args.debug,
            dry_run: args.dry_run,
            quiet: args.quiet,
            color: !args.no_color && !no_color_env && std::io::stdout().is_terminal(),
            emulator: args.emulator,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_host_means_https() {
        let e = Endpoint::parse("batch.ap-guangzhou.tencentcloudapi.com").unwrap();
        assert_eq!(e.url, "https://batch.ap-guangzhou.tencentcloudapi.com/");
        assert_eq!(e.host, "batch.ap-guangzhou.tencentcloudapi.com");
    }

    #[test]
    fn the_port_is_part_of_the_signed_host() {
        let e = Endpoint::parse("http://127.0.0.1:9300").unwrap();
        assert_eq!(
            (e.url.as_str(), e.host.as_str()),
            ("http://127.0.0.1:9300/", "127.0.0.1:9300")
        );
        let e = Endpoint::parse("https://batch.tencentcloudapi.com:443/").unwrap();
        assert_eq!(e.host, "batch.tencentcloudapi.com");
        let e = Endpoint::parse("http://[::1]:8080").unwrap();
        assert_eq!(e.host, "[::1]:8080");
    }

    #[test]
    fn bad_endpoints_are_usage_errors() {
        for bad in [
            "ftp://x",
            "http://",
            "http://h:99999",
            "http://h/path",
            "h:abc",
        ] {
            let err = Endpoint::parse(bad).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad}");
            assert!(err.to_string().contains(bad), "{err}");
        }
    }
}
