//! Property tests for the decoders of what the service sends (issue 13): arbitrary bytes
//! never panic the envelope and page decoders; nesting beyond the bound is refused and
//! within it accepted; re-indenting accepted text grows the output linearly.

use batchctl::output::jsontext;
use batchctl::transport::envelope::{self, MAX_DEPTH};
use proptest::prelude::*;

/// JSON-ish bytes: mostly structural characters, so that the decoders get past the
/// first byte often.
fn jsonish() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop_oneof![
            Just(b'{'),
            Just(b'}'),
            Just(b'['),
            Just(b']'),
            Just(b'"'),
            Just(b':'),
            Just(b','),
            Just(b'\\'),
            Just(b'1'),
            any::<u8>(),
        ],
        0..512,
    )
}

fn envelope(inner: &str) -> Vec<u8> {
    format!("{{\"Response\":{{\"TotalCount\":1,\"JobSet\":[{{\"JobId\":\"job-aaaaaaaa\",\"X\":{inner}}}],\"RequestId\":\"r\"}}}}")
        .into_bytes()
}

fn nested(depth: usize) -> String {
    format!("{}0{}", "[".repeat(depth), "]".repeat(depth))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_the_decoders(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = envelope::parse_reply(&bytes);
        let _ = envelope::parse_response(&bytes);
        let _ = envelope::check_depth(&bytes);
    }

    #[test]
    fn jsonish_bytes_never_panic_the_decoders(bytes in jsonish()) {
        let _ = envelope::parse_reply(&bytes);
        let _ = envelope::parse_response(&bytes);
        let mut prefixed = b"{\"Response\":".to_vec();
        prefixed.extend_from_slice(&bytes);
        let _ = envelope::parse_reply(&prefixed);
        let _ = envelope::parse_response(&prefixed);
    }

    #[test]
    fn nesting_is_bounded_at_the_limit(depth in 0usize..400) {
        let body = envelope(&nested(depth));
        // The envelope itself holds four levels: the body, Response, JobSet, the JobView.
        let total = depth + 4;
        let reply = envelope::parse_reply(&body);
        let page = envelope::parse_response(&body);
        if total <= MAX_DEPTH {
            prop_assert!(reply.is_ok(), "{depth}: {:?}", reply.err());
            prop_assert!(page.is_ok(), "{depth}: {:?}", page.err());
        } else {
            for e in [reply.err(), page.err()] {
                let e = e.expect("refused");
                prop_assert_eq!(e.exit_code(), 5);
                prop_assert!(e.to_string().contains("nested"), "{}", e);
            }
        }
    }

    #[test]
    fn reindenting_accepted_text_is_linear(depth in 0usize..120, width in 1usize..8) {
        let inner = nested(depth);
        let list = vec![inner.as_str(); width].join(",");
        let text = format!("[{list}]");
        prop_assume!(envelope::check_depth(text.as_bytes()).is_ok());
        let mut out = Vec::new();
        jsontext::write_pretty(&mut out, &text, 0).unwrap();
        // Each input byte becomes at most one line of at most (depth + 2) indents.
        prop_assert!(out.len() <= text.len() * (2 * (MAX_DEPTH + 2) + 2));
        let reparsed: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let original: serde_json::Value = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(reparsed, original);
    }
}
