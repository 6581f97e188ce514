//! The older signature of Tencent Cloud API, which the official SDKs still send when
//! asked (`signMethod` "HmacSHA256" or "HmacSHA1"): every parameter (the common ones and
//! the action's, flattened as `Name.0.Member`) travels in the query string (GET) or an
//! `application/x-www-form-urlencoded` body (POST), and
//!
//! ```text
//! string to sign = METHOD + HOST + PATH + "?" + k1=v1&k2=v2…   (all but Signature,
//!                                                                sorted by name, values
//!                                                                not URL-encoded)
//! Signature      = base64(HMAC-SHA256 or HMAC-SHA1(secret key, string to sign))
//! ```
//!
//! Pure functions only, like the rest of the crate.

use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use sha2::Sha256;

/// The parameter that carries the signature (never part of the string to sign).
pub const SIGNATURE_PARAMETER: &str = "Signature";

/// The HMAC of the older signature, as `SignatureMethod` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    HmacSha256,
    HmacSha1,
}

impl Algorithm {
    /// From a `SignatureMethod` value; the service's default (no `SignatureMethod`) is
    /// HmacSHA1.
    pub fn from_name(name: Option<&str>) -> Option<Algorithm> {
        match name {
            None => Some(Algorithm::HmacSha1),
            Some("HmacSHA1") => Some(Algorithm::HmacSha1),
            Some("HmacSHA256") => Some(Algorithm::HmacSha256),
            Some(_) => None,
        }
    }

    /// The `SignatureMethod` value.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::HmacSha256 => "HmacSHA256",
            Algorithm::HmacSha1 => "HmacSHA1",
        }
    }
}

/// The string to sign: `METHOD HOST PATH ? k=v&…` over every parameter but `Signature`,
/// sorted by name (byte order), values as they are (decoded, not URL-encoded).
pub fn string_to_sign(method: &str, host: &str, path: &str, params: &[(&str, &str)]) -> String {
    let mut sorted: Vec<&(&str, &str)> = params
        .iter()
        .filter(|(k, _)| *k != SIGNATURE_PARAMETER)
        .collect();
    sorted.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let joined: Vec<String> = sorted.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("{method}{host}{path}?{}", joined.join("&"))
}

/// The `Signature` parameter of a request: base64 of the HMAC of [`string_to_sign`].
pub fn sign(
    method: &str,
    host: &str,
    path: &str,
    params: &[(&str, &str)],
    secret_key: &str,
    algorithm: Algorithm,
) -> String {
    let to_sign = string_to_sign(method, host, path, params);
    let key = secret_key.as_bytes();
    let digest = match algorithm {
        Algorithm::HmacSha256 => {
            let mut mac =
                <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC takes any key length");
            mac.update(to_sign.as_bytes());
            mac.finalize().into_bytes().to_vec()
        }
        Algorithm::HmacSha1 => {
            let mut mac =
                <Hmac<Sha1> as KeyInit>::new_from_slice(key).expect("HMAC takes any key length");
            mac.update(to_sign.as_bytes());
            mac.finalize().into_bytes().to_vec()
        }
    };
    base64(&digest)
}

/// Standard base64 with padding (RFC 4648 §4).
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE";

    fn params(method: &str) -> Vec<(&str, &str)> {
        // Deliberately unsorted, and with a Signature that must be left out.
        vec![
            ("Version", "2017-03-12"),
            ("Timestamp", "1700000000"),
            ("SignatureMethod", method),
            ("Signature", "ignored"),
            ("SecretId", "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE"),
            ("Region", "ap-guangzhou"),
            ("Nonce", "11886"),
            ("Limit", "2"),
            ("Filters.0.Values.0", "RUNNING"),
            ("Filters.0.Name", "job-state"),
            ("Action", "DescribeJobs"),
        ]
    }

    const TAIL: &str = "Action=DescribeJobs&Filters.0.Name=job-state&Filters.0.Values.0=RUNNING&Limit=2\
        &Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE";

    // Known answers computed independently with Python's standard library:
    //
    // python3 -c 'import hmac,hashlib,base64
    // s="GETbatch.tencentcloudapi.com/?Action=DescribeJobs&Filters.0.Name=job-state&Filters.0.Values.0=RUNNING&Limit=2&Nonce=11886&Region=ap-guangzhou&SecretId=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE&SignatureMethod=HmacSHA256&Timestamp=1700000000&Version=2017-03-12"
    // k=b"Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"
    // print(base64.b64encode(hmac.new(k,s.encode(),hashlib.sha256).digest()).decode())
    // s2=s.replace("GET","POST",1).replace("HmacSHA256","HmacSHA1")
    // print(base64.b64encode(hmac.new(k,s2.encode(),hashlib.sha1).digest()).decode())'
    #[test]
    fn known_answers_match_pythons_hmac() {
        let get = params("HmacSHA256");
        assert_eq!(
            string_to_sign("GET", "batch.tencentcloudapi.com", "/", &get),
            format!(
                "GETbatch.tencentcloudapi.com/?{TAIL}&SignatureMethod=HmacSHA256\
                 &Timestamp=1700000000&Version=2017-03-12"
            )
        );
        assert_eq!(
            sign(
                "GET",
                "batch.tencentcloudapi.com",
                "/",
                &get,
                KEY,
                Algorithm::HmacSha256
            ),
            "9hpDaAVRc2vDMH1v05fdDKgwHar8TNIv2ryZTgCg+iU="
        );
        assert_eq!(
            sign(
                "POST",
                "batch.tencentcloudapi.com",
                "/",
                &params("HmacSHA1"),
                KEY,
                Algorithm::HmacSha1
            ),
            "zVtizLKvSoaV7PH19BIV6mCnkrE="
        );
    }

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
    }

    #[test]
    fn signature_method_names() {
        assert_eq!(Algorithm::from_name(None), Some(Algorithm::HmacSha1));
        assert_eq!(
            Algorithm::from_name(Some("HmacSHA256")),
            Some(Algorithm::HmacSha256)
        );
        assert_eq!(Algorithm::from_name(Some("HmacSHA512")), None);
        assert_eq!(Algorithm::HmacSha256.name(), "HmacSHA256");
    }
}
