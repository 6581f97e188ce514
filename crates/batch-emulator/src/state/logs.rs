//! Logs as the service returns them: a `data:` URL of base64 text holding at most the
//! last [`LOG_TAIL_BYTES`] bytes of the log (cut at a character boundary).

/// The most bytes of a log an answer holds.
pub const LOG_TAIL_BYTES: usize = 2048;

pub const DATA_URL_PREFIX: &str = "data:text/plain;charset=utf-8;base64,";

/// The last [`LOG_TAIL_BYTES`] bytes of `text` (fewer when a character would be cut).
pub fn tail(text: &str) -> &str {
    let mut start = text.len().saturating_sub(LOG_TAIL_BYTES);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// `text`'s tail as a `data:` URL.
pub fn data_url(text: &str) -> String {
    format!(
        "{DATA_URL_PREFIX}{}",
        tc3::legacy::base64(tail(text).as_bytes())
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use tc3::legacy::base64;

    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64("hello\n".as_bytes()), "aGVsbG8K");
        assert_eq!(data_url("hi"), "data:text/plain;charset=utf-8;base64,aGk=");
    }

    #[test]
    fn only_the_last_2048_bytes_are_kept_without_splitting_a_character() {
        let long = format!("{}{}", "x".repeat(5000), "end\n");
        assert_eq!(tail(&long).len(), 2048);
        assert!(tail(&long).ends_with("end\n"));
        let wide = "é".repeat(2000); // 4000 bytes, 2 per character
        assert_eq!(tail(&wide).len(), 2048);
        let odd = format!("a{}", "é".repeat(1500));
        assert_eq!(tail(&odd).len(), 2048);
        assert!(tail(&odd).starts_with('é'));
    }
}
