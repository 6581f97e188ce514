//! The DescribeJobs parameters of one request, checked as the service checks them.
//!
//! A POST body must be a JSON object; a GET request carries the same parameters
//! flattened in its query string (`JobIds.0=…`, `Filters.0.Name=…`,
//! `Filters.0.Values.0=…`, `Offset=…`, `Limit=…`), which is turned into the same object
//! and then checked the same way. The checks and their answers, in order:
//!
//! | check | code |
//! |---|---|
//! | the body is a JSON object | `InvalidParameterValue` |
//! | every top-level key is `JobIds`, `Filters`, `Offset` or `Limit` | `UnknownParameter` |
//! | `JobIds` is an array of strings | `InvalidParameter` (a wrong type, as on every action) |
//! | `Filters` is an array | `InvalidParameter` |
//! | `Offset`, `Limit` are JSON integers (`"20"`, `1.5` are refused) | `InvalidParameter` |
//! | … and not negative | `InvalidParameterValue` |
//! | not both `JobIds` and `Filters` | `InvalidParameter.InvalidParameterCombination` |
//! | at most 100 `JobIds` | `InvalidParameterValue.LimitExceeded` |
//! | each job ID is `job-` + 8 lower-case letters/digits | `InvalidParameter.JobIdMalformed` |
//! | `Limit` is 1 to 100 (default 20; `Offset` default 0) | `InvalidParameterValue` |
//! | at most 10 filters | `InvalidParameterValue.LimitExceeded` |
//! | a filter is an object, its `Name` a string, its `Values` an array of strings | `InvalidParameter` |
//! | a filter has `Name` and `Values` and no other key | `InvalidParameterValue.InvalidFilter` (`UnknownParameter` for an extra key) |
//! | its name is `job-id`, `job-name`, `job-state`, `zone`, `tag-key`, `tag-value` or `tag:<key>` | `InvalidFilter` |
//! | it has 1 to 10 values | `InvalidParameterValue.InvalidFilter` / `InvalidParameterValue.LimitExceeded` |
//! | with `X-TC-Region`, each `zone` value is a zone of that region | `InvalidZone.MismatchRegion` |
//!
//! A `null` parameter counts as absent (SDKs omit unset fields), and so does an empty
//! `JobIds` or `Filters` array, except that giving both keys is always refused.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::api::{self, DEFAULT_LIMIT, MAX_PAGE};

use super::errors::{self, ApiError};
use batch_api::regions::zone_in_region;

/// The most filters one request may carry, and the most values one filter may carry.
pub const MAX_FILTERS: usize = 10;
pub const MAX_FILTER_VALUES: usize = 10;

/// The top-level parameters DescribeJobs knows.
const PARAMETERS: [&str; 4] = ["JobIds", "Filters", "Offset", "Limit"];

/// One validated filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    pub name: String,
    pub values: Vec<String>,
}

/// A validated DescribeJobs request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// `None` when the request selects by filters (or selects everything).
    pub job_ids: Option<Vec<String>>,
    pub filters: Vec<Filter>,
    pub offset: u64,
    pub limit: u64,
}

/// Parses and checks a POST body.
pub fn from_json_body(body: &[u8], region: Option<&str>) -> Result<Query, ApiError> {
    match json_object(body)? {
        Value::Object(map) => validate(&map, region),
        // `json_object` only returns objects.
        _ => Err(not_an_object()),
    }
}

/// The body as a JSON object, or the service's error for a body that is empty, not JSON
/// or not an object (every action's body is an object).
pub fn json_object(body: &[u8]) -> Result<Value, ApiError> {
    let doc: Value = serde_json::from_slice(body).map_err(|e| {
        if body.iter().all(u8::is_ascii_whitespace) {
            errors::invalid_value(
                "The request body is empty: send `{}` for a request without parameters.",
                "请求包为空：没有参数时请发送 `{}`。",
            )
        } else {
            errors::invalid_value(
                format!("The request body is not valid JSON: {e}."),
                format!("请求包不是合法的 JSON：{e}。"),
            )
        }
    })?;
    if doc.is_object() {
        Ok(doc)
    } else {
        Err(not_an_object())
    }
}

fn not_an_object() -> ApiError {
    errors::invalid_value(
        "The request body must be a JSON object.",
        "请求包必须是 JSON 对象。",
    )
}

/// Parses and checks the flattened parameters of a GET query string.
pub fn from_query_string(query: &str, region: Option<&str>) -> Result<Query, ApiError> {
    validate(&unflatten(query)?, region)
}

/// One filter of the flattened form, by index.
#[derive(Default)]
struct FlatFilter {
    name: Option<String>,
    values: BTreeMap<usize, String>,
}

/// Turns `JobIds.0=a&Filters.0.Name=n&Filters.0.Values.0=v&Offset=0&Limit=20` into the
/// JSON object a POST body would carry. Indices order the elements.
fn unflatten(query: &str) -> Result<Map<String, Value>, ApiError> {
    let mut job_ids: BTreeMap<usize, String> = BTreeMap::new();
    let mut filters: BTreeMap<usize, FlatFilter> = BTreeMap::new();
    let mut map = Map::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let Some((raw_key, raw_value)) = pair.split_once('=') else {
            return Err(errors::invalid_value(
                format!("Url key and value should be split by `=`: `{pair}`."),
                format!("URL 参数的键和值须以 `=` 分隔：`{pair}`。"),
            ));
        };
        let key = percent_decode(raw_key)?;
        let value = percent_decode(raw_value)?;
        let parts: Vec<&str> = key.split('.').collect();
        match parts.as_slice() {
            ["Offset"] | ["Limit"] => {
                let digits = value.strip_prefix('-').unwrap_or(&value);
                let integer = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
                let n: u64 = value.parse().map_err(|_| {
                    if integer {
                        errors::negative_or_huge(&key)
                    } else {
                        errors::not_an_integer(&key)
                    }
                })?;
                map.insert(key.clone(), Value::from(n));
            }
            ["JobIds", i] => {
                job_ids.insert(index(i, &key)?, value);
            }
            ["Filters", i, "Name"] => {
                filters.entry(index(i, &key)?).or_default().name = Some(value);
            }
            ["Filters", i, "Values", j] => {
                let j = index(j, &key)?;
                filters
                    .entry(index(i, &key)?)
                    .or_default()
                    .values
                    .insert(j, value);
            }
            _ => return Err(errors::unknown_parameter(&key)),
        }
    }
    if !job_ids.is_empty() {
        map.insert(
            "JobIds".into(),
            Value::Array(job_ids.into_values().map(Value::String).collect()),
        );
    }
    if !filters.is_empty() {
        let list = filters
            .into_values()
            .map(|f| {
                let mut obj = Map::new();
                if let Some(name) = f.name {
                    obj.insert("Name".into(), Value::String(name));
                }
                if !f.values.is_empty() {
                    obj.insert(
                        "Values".into(),
                        Value::Array(f.values.into_values().map(Value::String).collect()),
                    );
                }
                Value::Object(obj)
            })
            .collect();
        map.insert("Filters".into(), Value::Array(list));
    }
    Ok(map)
}

fn index(text: &str, key: &str) -> Result<usize, ApiError> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(errors::unknown_parameter(key));
    }
    text.parse().map_err(|_| errors::unknown_parameter(key))
}

/// Decodes `%XX` escapes and `+` (a space, as form encoding writes it).
fn percent_decode(text: &str) -> Result<String, ApiError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                let Some(byte) = hex else {
                    return Err(bad_escape(text));
                };
                out.push(byte);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| bad_escape(text))
}

fn bad_escape(text: &str) -> ApiError {
    errors::invalid_value(
        format!("The query string holds a bad percent-encoding: `{text}`."),
        format!("查询字符串中有错误的百分号编码：`{text}`。"),
    )
}

/// A parameter, `null` counting as absent.
fn present<'a>(map: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    map.get(key).filter(|v| !v.is_null())
}

fn integer(map: &Map<String, Value>, key: &str) -> Result<Option<u64>, ApiError> {
    match present(map, key) {
        None => Ok(None),
        Some(v) => match v {
            Value::Number(n) if n.is_u64() => Ok(n.as_u64()),
            Value::Number(n) if n.is_i64() => Err(errors::negative_or_huge(key)),
            // A fraction, an exponent, or digits beyond u64 (kept as text with
            // `arbitrary_precision`): an integer only when every character is a digit.
            Value::Number(n)
                if n.to_string()
                    .trim_start_matches('-')
                    .bytes()
                    .all(|b| b.is_ascii_digit()) =>
            {
                Err(errors::negative_or_huge(key))
            }
            _ => Err(errors::not_an_integer(key)),
        },
    }
}

/// Checks a request object; see the module comment for the order and the codes.
pub fn validate(map: &Map<String, Value>, region: Option<&str>) -> Result<Query, ApiError> {
    if let Some(unknown) = map.keys().find(|k| !PARAMETERS.contains(&k.as_str())) {
        return Err(errors::unknown_parameter(unknown));
    }
    let job_ids = match present(map, "JobIds") {
        None => None,
        Some(Value::Array(items)) => {
            let mut ids = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                match item {
                    Value::String(s) => ids.push(s.clone()),
                    _ => {
                        return Err(errors::wrong_type(
                            format!("The value of `JobIds.{i}` must be a string."),
                            format!("参数 `JobIds.{i}` 的值必须是字符串。"),
                        ));
                    }
                }
            }
            Some(ids)
        }
        Some(_) => {
            return Err(errors::wrong_type(
                "The value of `JobIds` must be an array of strings.",
                "参数 `JobIds` 的值必须是字符串数组。",
            ));
        }
    };
    let raw_filters = match present(map, "Filters") {
        None => None,
        Some(Value::Array(items)) => Some(items),
        Some(_) => {
            return Err(errors::wrong_type(
                "The value of `Filters` must be an array of filters.",
                "参数 `Filters` 的值必须是过滤条件数组。",
            ));
        }
    };
    let offset = integer(map, "Offset")?.unwrap_or(0);
    let limit = integer(map, "Limit")?.unwrap_or(DEFAULT_LIMIT);

    if job_ids.is_some() && raw_filters.is_some() {
        return Err(errors::combination());
    }
    if let Some(ids) = &job_ids {
        if ids.len() as u64 > MAX_PAGE {
            return Err(errors::limit_exceeded(
                format!(
                    "`JobIds` may hold at most {MAX_PAGE} job IDs, got {}.",
                    ids.len()
                ),
                format!(
                    "`JobIds` 最多包含 {MAX_PAGE} 个作业 ID，当前为 {} 个。",
                    ids.len()
                ),
            ));
        }
        if let Some(bad) = ids.iter().find(|id| !api::is_valid_job_id(id)) {
            return Err(errors::job_id_malformed(bad));
        }
    }
    if limit == 0 || limit > MAX_PAGE {
        return Err(errors::limit_out_of_range(limit, MAX_PAGE));
    }

    let mut filters = Vec::new();
    if let Some(items) = raw_filters {
        if items.len() > MAX_FILTERS {
            return Err(errors::limit_exceeded(
                format!(
                    "`Filters` may hold at most {MAX_FILTERS} filters, got {}.",
                    items.len()
                ),
                format!(
                    "`Filters` 最多包含 {MAX_FILTERS} 个过滤条件，当前为 {} 个。",
                    items.len()
                ),
            ));
        }
        for (i, item) in items.iter().enumerate() {
            filters.push(validate_filter(i, item, region)?);
        }
    }
    Ok(Query {
        job_ids: job_ids.filter(|ids| !ids.is_empty()),
        filters,
        offset,
        limit,
    })
}

fn validate_filter(i: usize, item: &Value, region: Option<&str>) -> Result<Filter, ApiError> {
    let shape_error = || {
        errors::malformed_filter(
            format!(
                "`Filters.{i}` must be an object with a string `Name` and a non-empty array of strings `Values`."
            ),
            format!("`Filters.{i}` 必须是包含字符串 `Name` 和非空字符串数组 `Values` 的对象。"),
        )
    };
    let wrong = |what: &str, en: &str, zh: &str| {
        errors::wrong_type(
            format!("The value of `Filters.{i}{what}` must be {en}."),
            format!("参数 `Filters.{i}{what}` 的值必须是{zh}。"),
        )
    };
    let Value::Object(obj) = item else {
        return Err(wrong("", "an object", "对象"));
    };
    if let Some(extra) = obj.keys().find(|k| *k != "Name" && *k != "Values") {
        return Err(errors::unknown_parameter(&format!("Filters.{i}.{extra}")));
    }
    let name = match obj.get("Name") {
        Some(Value::String(name)) => name,
        None | Some(Value::Null) => return Err(shape_error()),
        Some(_) => return Err(wrong(".Name", "a string", "字符串")),
    };
    let raw_values = match obj.get("Values") {
        Some(Value::Array(raw_values)) => raw_values,
        None | Some(Value::Null) => return Err(shape_error()),
        Some(_) => return Err(wrong(".Values", "an array of strings", "字符串数组")),
    };
    let mut values = Vec::with_capacity(raw_values.len());
    for (k, v) in raw_values.iter().enumerate() {
        match v {
            Value::String(s) => values.push(s.clone()),
            _ => return Err(wrong(&format!(".Values.{k}"), "a string", "字符串")),
        }
    }
    if !api::is_known_filter(name) {
        return Err(errors::unknown_filter(name));
    }
    if values.is_empty() {
        return Err(shape_error());
    }
    if values.len() > MAX_FILTER_VALUES {
        return Err(errors::limit_exceeded(
            format!(
                "The filter `{name}` may hold at most {MAX_FILTER_VALUES} values, got {}.",
                values.len()
            ),
            format!(
                "过滤条件 `{name}` 最多包含 {MAX_FILTER_VALUES} 个值，当前为 {} 个。",
                values.len()
            ),
        ));
    }
    if name == "zone"
        && let Some(region) = region
        && let Some(zone) = values.iter().find(|z| !zone_in_region(z, region))
    {
        return Err(errors::zone_mismatch(zone, region));
    }
    Ok(Filter {
        name: name.clone(),
        values,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(body: &str) -> &'static str {
        match from_json_body(body.as_bytes(), None) {
            Ok(_) => "ok",
            Err(e) => e.code,
        }
    }

    #[test]
    fn defaults_are_offset_0_and_limit_20() {
        let q = from_json_body(b"{}", None).unwrap();
        assert_eq!(
            (q.offset, q.limit, q.job_ids, q.filters.len()),
            (0, 20, None, 0)
        );
    }

    #[test]
    fn integers_given_as_strings_or_negative_or_fractional_are_refused() {
        // A wrong type is `InvalidParameter`, as on every other action; a negative or
        // huge integer is a wrong value.
        assert_eq!(code(r#"{"Limit": "20"}"#), "InvalidParameter");
        assert_eq!(code(r#"{"Offset": -1}"#), "InvalidParameterValue");
        assert_eq!(code(r#"{"Offset": 1.5}"#), "InvalidParameter");
        assert_eq!(code(r#"{"Offset": 1e30}"#), "InvalidParameter");
        assert_eq!(
            code(r#"{"Offset": 100000000000000000000}"#),
            "InvalidParameterValue"
        );
        assert_eq!(code(r#"{"Offset": 7, "Limit": 100}"#), "ok");
    }

    #[test]
    fn limit_must_be_between_1_and_100() {
        assert_eq!(code(r#"{"Limit": 0}"#), "InvalidParameterValue");
        assert_eq!(code(r#"{"Limit": 101}"#), "InvalidParameterValue");
        assert_eq!(code(r#"{"Limit": 1}"#), "ok");
    }

    #[test]
    fn body_must_be_a_json_object() {
        assert_eq!(code("[]"), "InvalidParameterValue");
        assert_eq!(code("not json"), "InvalidParameterValue");
        assert_eq!(code(""), "InvalidParameterValue");
        assert_eq!(code("null"), "InvalidParameterValue");
    }

    #[test]
    fn unknown_top_level_parameter_is_named() {
        let e = from_json_body(br#"{"JobId": ["job-3n2weaqt"]}"#, None).unwrap_err();
        assert_eq!(e.code, "UnknownParameter");
        assert!(e.message(errors::Lang::En).contains("`JobId`"));
    }

    #[test]
    fn job_ids_checks() {
        assert_eq!(code(r#"{"JobIds": "job-3n2weaqt"}"#), "InvalidParameter");
        assert_eq!(code(r#"{"JobIds": [1]}"#), "InvalidParameter");
        assert_eq!(
            code(r#"{"JobIds": ["job-3N2WEAQT"]}"#),
            "InvalidParameter.JobIdMalformed"
        );
        let ids: Vec<String> = (0..101).map(|i| format!("\"job-{i:08}\"")).collect();
        assert_eq!(
            code(&format!(r#"{{"JobIds": [{}]}}"#, ids.join(","))),
            "InvalidParameterValue.LimitExceeded"
        );
        assert_eq!(
            code(&format!(r#"{{"JobIds": [{}]}}"#, ids[..100].join(","))),
            "ok"
        );
    }

    #[test]
    fn job_ids_and_filters_together_are_refused_even_when_empty() {
        assert_eq!(
            code(r#"{"JobIds": [], "Filters": []}"#),
            "InvalidParameter.InvalidParameterCombination"
        );
        let q = from_json_body(br#"{"JobIds": [], "Offset": null}"#, None).unwrap();
        assert_eq!(q.job_ids, None);
    }

    #[test]
    fn filter_shape_name_and_count_checks() {
        let f = |filters: &str| code(&format!(r#"{{"Filters": {filters}}}"#));
        assert_eq!(f(r#"{"Name": "zone"}"#), "InvalidParameter");
        assert_eq!(f(r#"["zone"]"#), "InvalidParameter");
        assert_eq!(
            f(r#"[{"Name": "zone"}]"#),
            "InvalidParameterValue.InvalidFilter"
        );
        assert_eq!(
            f(r#"[{"Name": "zone", "Values": []}]"#),
            "InvalidParameterValue.InvalidFilter"
        );
        assert_eq!(
            f(r#"[{"Name": "zone", "Values": [4]}]"#),
            "InvalidParameter"
        );
        assert_eq!(f(r#"[{"Name": 1, "Values": ["a"]}]"#), "InvalidParameter");
        assert_eq!(
            f(r#"[{"Name": "zone", "Values": "a"}]"#),
            "InvalidParameter"
        );
        assert_eq!(
            f(r#"[{"Name": "color", "Values": ["red"]}]"#),
            "InvalidFilter"
        );
        assert_eq!(f(r#"[{"Name": "tag:", "Values": ["x"]}]"#), "InvalidFilter");
        assert_eq!(
            f(r#"[{"Name": "zone", "Values": ["a"], "Op": "eq"}]"#),
            "UnknownParameter"
        );
        let eleven: Vec<String> = (0..11).map(|i| format!("\"v{i}\"")).collect();
        assert_eq!(
            f(&format!(
                r#"[{{"Name": "job-name", "Values": [{}]}}]"#,
                eleven.join(",")
            )),
            "InvalidParameterValue.LimitExceeded"
        );
        let many: Vec<&str> =
            std::iter::repeat_n(r#"{"Name": "job-name", "Values": ["a"]}"#, 11).collect();
        assert_eq!(
            f(&format!("[{}]", many.join(","))),
            "InvalidParameterValue.LimitExceeded"
        );
        assert_eq!(f(&format!("[{}]", many[..10].join(","))), "ok");
        assert_eq!(f(r#"[{"Name": "tag:env", "Values": ["prod"]}]"#), "ok");
    }

    #[test]
    fn zone_filter_must_match_the_region() {
        let body =
            br#"{"Filters": [{"Name": "zone", "Values": ["ap-guangzhou-4", "ap-shanghai-2"]}]}"#;
        let e = from_json_body(body, Some("ap-guangzhou")).unwrap_err();
        assert_eq!(e.code, "InvalidZone.MismatchRegion");
        assert!(e.message(errors::Lang::En).contains("ap-shanghai-2"));
        assert!(from_json_body(body, None).is_ok());
    }

    #[test]
    fn query_string_form_becomes_the_same_request() {
        let q = from_query_string(
            "Filters.0.Name=job-name&Filters.0.Values.1=b%20c&Filters.0.Values.0=a+b&Filters.1.Name=tag%3Aenv&Filters.1.Values.0=prod&Offset=5&Limit=10",
            None,
        )
        .unwrap();
        assert_eq!(q.offset, 5);
        assert_eq!(q.limit, 10);
        assert_eq!(
            q.filters,
            vec![
                Filter {
                    name: "job-name".into(),
                    values: vec!["a b".into(), "b c".into()]
                },
                Filter {
                    name: "tag:env".into(),
                    values: vec!["prod".into()]
                },
            ]
        );
        let q = from_query_string("JobIds.0=job-3n2weaqt&Offset=0&Limit=20", None).unwrap();
        assert_eq!(q.job_ids, Some(vec!["job-3n2weaqt".to_string()]));
    }

    #[test]
    fn query_string_errors() {
        let c = |q: &str| {
            from_query_string(q, None)
                .map(|_| "ok")
                .unwrap_or_else(|e| e.code)
        };
        assert_eq!(c("Limit=abc"), "InvalidParameter");
        assert_eq!(c("Limit=-1"), "InvalidParameterValue");
        assert_eq!(c("Limit=500"), "InvalidParameterValue");
        assert_eq!(c("Foo=1"), "UnknownParameter");
        assert_eq!(c("JobIds.x=job-3n2weaqt"), "UnknownParameter");
        assert_eq!(c("JobIds.0"), "InvalidParameterValue");
        assert_eq!(c("JobIds.0=%zz"), "InvalidParameterValue");
        assert_eq!(c("JobIds.0=%ff"), "InvalidParameterValue");
        assert_eq!(c("JobIds.0=%+1"), "InvalidParameterValue");
        assert_eq!(
            c("Filters.0.Values.0=x"),
            "InvalidParameterValue.InvalidFilter"
        );
        assert_eq!(
            c("JobIds.0=job-3n2weaqt&Filters.0.Name=zone&Filters.0.Values.0=x"),
            "InvalidParameter.InvalidParameterCombination"
        );
        assert_eq!(c(""), "ok");
    }
}
