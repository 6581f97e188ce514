//! Properties of the signer over arbitrary requests: a signature is a function of every
//! input it covers, the Authorization header reads back to what was signed, and the
//! scope's date is the UTC date chrono gives.

use proptest::prelude::*;
use tc3::{Signable, parse_authorization, sign, utc_date};

/// One request's inputs, owned so that strategies can generate them.
#[derive(Debug, Clone)]
struct Input {
    secret_id: String,
    secret_key: String,
    host: String,
    body: Vec<u8>,
    service: String,
    timestamp: i64,
}

impl Input {
    fn signable(&self) -> Signable<'_> {
        Signable {
            method: "POST",
            canonical_query: "",
            content_type: "application/json; charset=utf-8",
            host: &self.host,
            payload: &self.body,
            service: &self.service,
            timestamp: self.timestamp,
        }
    }

    fn signature(&self) -> String {
        sign(&self.secret_id, &self.secret_key, &self.signable()).signature
    }
}

/// 1970 to 2100: every timestamp a client can send.
const TIMESTAMPS: std::ops::RangeInclusive<i64> = 0..=4_102_444_800;

fn input() -> impl Strategy<Value = Input> {
    (
        "AKID[A-Za-z0-9]{1,36}",
        ".{0,40}",
        "[a-z0-9-]{1,20}(\\.[a-z0-9-]{1,12}){0,3}(:[0-9]{1,5})?",
        proptest::collection::vec(any::<u8>(), 0..256),
        "[a-z][a-z0-9]{0,11}",
        TIMESTAMPS,
    )
        .prop_map(
            |(secret_id, secret_key, host, body, service, timestamp)| Input {
                secret_id,
                secret_key,
                host,
                body,
                service,
                timestamp,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn signing_is_deterministic(i in input()) {
        let a = sign(&i.secret_id, &i.secret_key, &i.signable());
        let b = sign(&i.secret_id, &i.secret_key, &i.signable());
        prop_assert_eq!(a, b);
    }

    #[test]
    fn a_changed_body_changes_the_signature(i in input(), body in proptest::collection::vec(any::<u8>(), 0..256)) {
        prop_assume!(body != i.body);
        let changed = Input { body, ..i.clone() };
        prop_assert_ne!(i.signature(), changed.signature());
    }

    #[test]
    fn a_changed_host_changes_the_signature(i in input(), host in "[a-z0-9.:-]{1,30}") {
        prop_assume!(host != i.host);
        let changed = Input { host, ..i.clone() };
        prop_assert_ne!(i.signature(), changed.signature());
    }

    #[test]
    fn a_changed_timestamp_changes_the_signature(i in input(), timestamp in TIMESTAMPS) {
        prop_assume!(timestamp != i.timestamp);
        let changed = Input { timestamp, ..i.clone() };
        prop_assert_ne!(i.signature(), changed.signature());
    }

    #[test]
    fn a_changed_service_changes_the_signature(i in input(), service in "[a-z][a-z0-9]{0,11}") {
        prop_assume!(service != i.service);
        let changed = Input { service, ..i.clone() };
        prop_assert_ne!(i.signature(), changed.signature());
    }

    #[test]
    fn a_changed_key_changes_the_signature(i in input(), secret_key in ".{0,40}") {
        prop_assume!(secret_key != i.secret_key);
        let changed = Input { secret_key, ..i.clone() };
        prop_assert_ne!(i.signature(), changed.signature());
    }

    #[test]
    fn the_authorization_header_parses_back(i in input()) {
        let s = sign(&i.secret_id, &i.secret_key, &i.signable());
        let parsed = parse_authorization(&s.authorization);
        prop_assert!(parsed.is_some(), "unparseable: {}", s.authorization);
        let parsed = parsed.unwrap();
        prop_assert_eq!(&parsed.secret_id, &i.secret_id);
        prop_assert_eq!(&parsed.date, &s.date);
        prop_assert_eq!(&parsed.service, &i.service);
        prop_assert_eq!(parsed.signed_headers.as_str(), tc3::SIGNED_HEADERS);
        prop_assert_eq!(&parsed.signature, &s.signature);
        // And the secret key never appears in the header.
        prop_assume!(i.secret_key.len() >= 8);
        prop_assert!(!s.authorization.contains(&i.secret_key));
    }

    #[test]
    fn utc_date_agrees_with_chrono(t in -62_135_596_800i64..=253_402_300_799) {
        // Years 1 to 9999, before and after the epoch.
        let expected = chrono::DateTime::from_timestamp(t, 0).unwrap().format("%Y-%m-%d").to_string();
        prop_assert_eq!(utc_date(t), expected);
    }
}

#[test]
fn utc_date_is_exact_at_day_boundaries() {
    assert_eq!(utc_date(0), "1970-01-01");
    assert_eq!(utc_date(-1), "1969-12-31");
    assert_eq!(utc_date(86_399), "1970-01-01");
    assert_eq!(utc_date(951_782_400), "2000-02-29");
}
