//! Faults the emulator can play instead of answering (`emulator serve --inject LIST`), so a
//! client's — or a user's script's — error handling can be exercised on demand.
//!
//! The list is comma-separated; faults are played one per incoming request, in arrival
//! order, before anything else about the request is checked; once the list is used up the
//! emulator answers normally. `NAME*N` repeats a fault N times (`internal*4,ok`).
//!
//! What each fault puts on the wire is described by [`Fault::describe`]; the crate root
//! plays them.

use std::fmt;

/// The most faults one list may queue (after expanding `NAME*N`).
pub const MAX_FAULTS: usize = 100_000;

/// One fault, played instead of the answer to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fault {
    /// Answer normally.
    Ok,
    /// The `RequestLimitExceeded` envelope (HTTP 200).
    Limit,
    /// The `InternalError` envelope (HTTP 200).
    Internal,
    /// HTTP 502 with an HTML body, as a proxy or load balancer answers.
    Http502,
    /// Close the connection without writing a single byte.
    Reset,
    /// Never answer: keep the connection open, write nothing.
    Hang,
    /// HTTP 200, `application/json`, a body that is not JSON (correct `Content-Length`).
    BadJson,
    /// HTTP 200 announcing more bytes than are sent, then close.
    Truncate,
    /// The `AuthFailure.SignatureExpire` envelope (HTTP 200).
    Expire,
    /// The request takes effect (answered as usual, state changed), then the connection
    /// closes before a single byte of the answer.
    Lost,
}

impl Fault {
    /// Every fault, in the order they are listed to users.
    pub const ALL: [Fault; 10] = [
        Fault::Ok,
        Fault::Limit,
        Fault::Internal,
        Fault::Http502,
        Fault::Reset,
        Fault::Hang,
        Fault::BadJson,
        Fault::Truncate,
        Fault::Expire,
        Fault::Lost,
    ];

    /// The name used in `--inject` and in the request log (`inject:<name>`).
    pub fn name(self) -> &'static str {
        match self {
            Fault::Ok => "ok",
            Fault::Limit => "limit",
            Fault::Internal => "internal",
            Fault::Http502 => "http502",
            Fault::Reset => "reset",
            Fault::Hang => "hang",
            Fault::BadJson => "badjson",
            Fault::Truncate => "truncate",
            Fault::Expire => "expire",
            Fault::Lost => "lost",
        }
    }

    /// The fault named `name` (ASCII case-insensitive, surrounding blanks ignored).
    pub fn from_name(name: &str) -> Option<Fault> {
        let name = name.trim();
        Fault::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(name))
    }

    /// What the fault does on the wire, for the human log line.
    pub fn describe(self) -> &'static str {
        match self {
            Fault::Ok => "answered normally",
            Fault::Limit => "RequestLimitExceeded envelope",
            Fault::Internal => "InternalError envelope",
            Fault::Http502 => "HTTP 502 with an HTML body",
            Fault::Reset => "connection closed, nothing sent",
            Fault::Hang => "connection held open, nothing sent",
            Fault::BadJson => "HTTP 200 with a body that is not JSON",
            Fault::Truncate => "HTTP 200 cut short of its Content-Length, connection closed",
            Fault::Expire => "AuthFailure.SignatureExpire envelope",
            Fault::Lost => "request took effect, connection closed before the answer",
        }
    }
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The names of every fault, comma-separated (for messages and help).
pub fn names() -> String {
    Fault::ALL.map(Fault::name).join(", ")
}

/// A parsed `--inject` list, faults expanded (`internal*2` becomes two entries).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FaultList(pub Vec<Fault>);

/// The clap value parser of `--inject`.
pub fn parse_fault_list(text: &str) -> Result<FaultList, String> {
    parse_faults(text).map(FaultList)
}

/// Parses `NAME[*N],…`. Errors name the offending item and list the valid faults.
pub fn parse_faults(text: &str) -> Result<Vec<Fault>, String> {
    if text.trim().is_empty() {
        return Err(format!(
            "the fault list is empty; give faults separated by commas (e.g. `internal*2,ok`) from: {}",
            names()
        ));
    }
    let mut faults = Vec::new();
    for item in text.split(',') {
        let item = item.trim();
        if item.is_empty() {
            return Err(format!(
                "the fault list `{text}` has an empty item (two commas in a row, or a comma at an end)"
            ));
        }
        let (name, times) = match item.split_once('*') {
            None => (item, 1),
            Some((name, count)) => (name, parse_count(item, count)?),
        };
        let fault = Fault::from_name(name).ok_or_else(|| {
            format!(
                "unknown fault `{}`; the faults are: {} (NAME*N repeats one N times)",
                name.trim(),
                names()
            )
        })?;
        if faults.len() + times > MAX_FAULTS {
            return Err(format!(
                "the fault list queues more than {MAX_FAULTS} faults"
            ));
        }
        faults.extend(std::iter::repeat_n(fault, times));
    }
    Ok(faults)
}

/// The `N` of `NAME*N`: 1 to [`MAX_FAULTS`].
fn parse_count(item: &str, count: &str) -> Result<usize, String> {
    match count.trim().parse::<usize>() {
        Ok(n) if (1..=MAX_FAULTS).contains(&n) => Ok(n),
        _ => Err(format!(
            "`{item}`: the repeat count after `*` must be a whole number from 1 to {MAX_FAULTS}"
        )),
    }
}

/// The list in its shortest `--inject` form, runs folded: `internal*4,ok`.
pub fn summary(faults: &[Fault]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut rest = faults;
    while let Some(&first) = rest.first() {
        let run = rest.iter().take_while(|&&f| f == first).count();
        parts.push(if run == 1 {
            first.name().to_string()
        } else {
            format!("{}*{run}", first.name())
        });
        rest = &rest[run..];
    }
    parts.join(",")
}

/// The body of [`Fault::Http502`]: what an nginx-style proxy sends.
pub const BAD_GATEWAY_HTML: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

/// The body of [`Fault::BadJson`]: starts like an envelope, but is not JSON.
pub const BAD_JSON_BODY: &str = "{\"Response\": {\"TotalCount\": 1, \"JobSet\": [{\"JobId\": \"job-\u{fffd}\" <!-- not JSON -->";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_round_trips_and_case_and_blanks_are_ignored() {
        for fault in Fault::ALL {
            assert_eq!(Fault::from_name(fault.name()), Some(fault));
            assert_eq!(Fault::from_name(&fault.name().to_uppercase()), Some(fault));
            assert_eq!(fault.to_string(), fault.name());
        }
        assert_eq!(Fault::from_name(" reset "), Some(Fault::Reset));
        assert_eq!(Fault::from_name("resets"), None);
        assert_eq!(Fault::from_name(""), None);
    }

    #[test]
    fn a_list_is_played_in_the_order_given_with_repeats_expanded() {
        use Fault::*;
        assert_eq!(
            parse_faults("limit,internal,http502,reset,hang,badjson,truncate,expire,lost,ok")
                .unwrap(),
            [
                Limit, Internal, Http502, Reset, Hang, BadJson, Truncate, Expire, Lost, Ok
            ]
        );
        assert_eq!(
            parse_faults("internal*4,ok").unwrap(),
            [Internal, Internal, Internal, Internal, Ok]
        );
        assert_eq!(
            parse_faults(" reset * 2 , OK ").unwrap(),
            [Reset, Reset, Ok]
        );
        assert_eq!(parse_faults("hang*1").unwrap(), [Hang]);
        assert_eq!(parse_faults("lost*2,ok").unwrap(), [Lost, Lost, Ok]);
        assert_eq!(
            parse_fault_list("limit,ok").unwrap(),
            FaultList(vec![Limit, Ok])
        );
    }

    #[test]
    fn an_unknown_fault_is_named_and_the_valid_ones_listed() {
        let err = parse_faults("limit,timeout,ok").unwrap_err();
        assert!(err.contains("unknown fault `timeout`"), "{err}");
        for fault in Fault::ALL {
            assert!(err.contains(fault.name()), "{err}");
        }
        let err = parse_faults("nope*3").unwrap_err();
        assert!(err.contains("unknown fault `nope`"), "{err}");
    }

    #[test]
    fn bad_counts_empty_items_and_huge_lists_are_refused() {
        for bad in [
            "reset*0",
            "reset*",
            "reset*-1",
            "reset*x",
            "reset*2*3",
            "reset*1.5",
        ] {
            let err = parse_faults(bad).unwrap_err();
            assert!(err.contains("repeat count"), "{bad}: {err}");
        }
        for bad in ["", "  ", "limit,,ok", "limit,", ",limit"] {
            assert!(parse_faults(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            parse_faults(&format!("ok*{MAX_FAULTS}")).unwrap().len(),
            MAX_FAULTS
        );
        let err = parse_faults(&format!("ok*{MAX_FAULTS},reset")).unwrap_err();
        assert!(err.contains("more than"), "{err}");
        assert!(parse_faults("ok*99999999999999999999999").is_err());
        // Never panics on odd input.
        for odd in ["*", "**", "\u{0}", "é*2", "ok*\u{fffd}", "ok* ", "*3"] {
            let _ = parse_faults(odd);
        }
    }

    #[test]
    fn summary_folds_runs() {
        use Fault::*;
        assert_eq!(summary(&[]), "");
        assert_eq!(
            summary(&[Internal, Internal, Internal, Ok]),
            "internal*3,ok"
        );
        assert_eq!(summary(&[Reset, Ok, Reset]), "reset,ok,reset");
        let list = "limit*2,hang,truncate*3";
        assert_eq!(summary(&parse_faults(list).unwrap()), list);
    }

    #[test]
    fn the_bad_json_body_is_not_json_and_the_html_is_html() {
        assert!(serde_json::from_str::<serde_json::Value>(BAD_JSON_BODY).is_err());
        assert!(BAD_GATEWAY_HTML.contains("502 Bad Gateway"));
    }
}
