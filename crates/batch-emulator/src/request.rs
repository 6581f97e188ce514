//! One HTTP request as it arrived (method, path, query, headers, body), before anything
//! is checked: what the service, authentication and the log read.

/// The largest request body accepted, in bytes.
pub const MAX_BODY_BYTES: usize = 10 * 1024 * 1024;

/// Why a request's body is not available.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyProblem {
    /// Larger than [`MAX_BODY_BYTES`].
    TooLarge,
    /// The connection failed or the chunked encoding was broken.
    Unreadable(String),
}

/// One HTTP request as received.
#[derive(Debug, Clone, Copy)]
pub struct Incoming<'a> {
    pub method: &'a str,
    /// The path, without the query string.
    pub path: &'a str,
    /// The exact query string after `?` (empty when there is none).
    pub query: &'a str,
    /// Header names and values as received.
    pub headers: &'a [(String, String)],
    /// The exact body bytes.
    pub body: &'a [u8],
    pub body_problem: Option<&'a BodyProblem>,
}

/// The first value of a header, by case-insensitive name.
pub fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}
