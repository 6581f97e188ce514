//! tccli's profile files: `~/.tccli/<profile>.credential` (JSON `secretId`, `secretKey`,
//! optional `token`, or `"type": "cvm-role"`) and `~/.tccli/<profile>.configure` (the
//! region in `_sys_param.region`).
//!
//! Parsing is pure (text in, value or problem out). A problem describes what is wrong and
//! where, never the file's content: serde_json's own messages can quote it.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::{Keys, Secret};

/// `~/.tccli/<profile>.credential`
pub fn credential_path(home: &Path, profile: &str) -> PathBuf {
    home.join(".tccli").join(format!("{profile}.credential"))
}

/// `~/.tccli/<profile>.configure`
pub fn configure_path(home: &Path, profile: &str) -> PathBuf {
    home.join(".tccli").join(format!("{profile}.configure"))
}

/// What a tccli credential file asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Profile {
    /// Keys stored in the file (permanent, or temporary with a token).
    Keys(Keys),
    /// `"type": "cvm-role"`: take the CVM instance role's credentials.
    CvmRole,
}

/// Parses a `.credential` file.
pub fn parse_credential(text: &str) -> Result<Profile, String> {
    let object = parse_object(text)?;
    if string_field(&object, "type")?.as_deref() == Some("cvm-role") {
        return Ok(Profile::CvmRole);
    }
    if string_field(&object, "role-arn")?.is_some() {
        return Err(
            "it names a role to assume (role-arn), which batchctl does not support; \
             use a profile with secretId and secretKey, or the CVM role"
                .to_string(),
        );
    }
    let id = string_field(&object, "secretId")?;
    let key = string_field(&object, "secretKey")?;
    let token = string_field(&object, "token")?;
    match (id, key) {
        (Some(id), Some(key)) => Ok(Profile::Keys(Keys {
            secret_id: id,
            secret_key: Secret::new(key),
            token: token.map(Secret::new),
        })),
        (Some(_), None) => Err("secretKey is missing".to_string()),
        (None, Some(_)) => Err("secretId is missing".to_string()),
        (None, None) => Err("secretId and secretKey are missing".to_string()),
    }
}

/// The region of a `.configure` file: `_sys_param.region`, or a top-level `region` as
/// tccli releases before 3.0.30 wrote it. `None` when it names no region.
pub fn parse_region(text: &str) -> Result<Option<String>, String> {
    let object = parse_object(text)?;
    if let Some(sys) = object.get("_sys_param") {
        let Value::Object(sys) = sys else {
            return Err("_sys_param is not a JSON object".to_string());
        };
        if let Some(region) = string_field(sys, "region")? {
            return Ok(Some(region));
        }
    }
    string_field(&object, "region")
}

/// Text → a JSON object, with a problem that names a position but quotes nothing.
fn parse_object(text: &str) -> Result<Map<String, Value>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(_) => Err("it is JSON but not a JSON object ({...})".to_string()),
        Err(e) => Err(describe_json_error(&e)),
    }
}

/// A serde_json error described by its kind and position only.
pub fn describe_json_error(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof if e.line() <= 1 && e.column() == 0 => "it is empty".to_string(),
        Category::Eof => format!("not valid JSON: it ends early, at line {}", e.line()),
        Category::Syntax => format!("not valid JSON at line {}, column {}", e.line(), e.column()),
        Category::Data | Category::Io => "not valid JSON".to_string(),
    }
}

/// A string field: absent, `null` and blank all mean "not set"; another type is a problem.
fn string_field(object: &Map<String, Value>, name: &str) -> Result<Option<String>, String> {
    match object.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_string())),
        Some(_) => Err(format!("{name} is not a string")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "TOPSECRETKEYVALUE";

    #[test]
    fn reads_keys_and_an_optional_token() {
        let p = parse_credential(r#"{"secretId": " AKIDx ", "secretKey": "k"}"#).unwrap();
        assert_eq!(
            p,
            Profile::Keys(Keys {
                secret_id: "AKIDx".into(),
                secret_key: Secret::new("k"),
                token: None
            })
        );
        let p =
            parse_credential(r#"{"secretId":"a","secretKey":"k","token":"t","type":"default"}"#)
                .unwrap();
        let Profile::Keys(keys) = p else { panic!() };
        assert_eq!(keys.token, Some(Secret::new("t")));
        let p = parse_credential(r#"{"secretId":"a","secretKey":"k","token":""}"#).unwrap();
        let Profile::Keys(keys) = p else { panic!() };
        assert_eq!(keys.token, None);
    }

    #[test]
    fn cvm_role_type_means_the_instance_role() {
        assert_eq!(
            parse_credential(r#"{"type": "cvm-role"}"#).unwrap(),
            Profile::CvmRole
        );
        assert_eq!(
            parse_credential(r#"{"type":"cvm-role","secretId":"","secretKey":""}"#).unwrap(),
            Profile::CvmRole
        );
    }

    #[test]
    fn problems_say_what_is_wrong_without_quoting_the_file() {
        let cases = [
            (r#"{"secretId":"a"}"#.to_string(), "secretKey is missing"),
            (
                format!(r#"{{"secretKey":"{SECRET}"}}"#),
                "secretId is missing",
            ),
            ("{}".to_string(), "secretId and secretKey are missing"),
            (
                format!(r#"{{"secretId":"a","secretKey":{SECRET}}}"#),
                "line 1, column",
            ),
            (
                format!("{{\n\"secretId\": \"a\",\n\"secretKey\": \"{SECRET}\"\n\"token\": 1}}"),
                "not valid JSON at line 4",
            ),
            (
                format!(r#"{{"secretId":"a","secretKey":"{SECRET}""#),
                "ends early",
            ),
            (format!(r#"["{SECRET}"]"#), "not a JSON object"),
            (
                format!(r#"{{"secretId":"a","secretKey":["{SECRET}"]}}"#),
                "secretKey is not a string",
            ),
            ("".to_string(), "it is empty"),
            (
                format!(
                    r#"{{"secretId":"a","secretKey":"{SECRET}","role-arn":"qcs::cam::uin/1:roleName/r"}}"#
                ),
                "role-arn",
            ),
        ];
        for (text, want) in cases {
            let err = parse_credential(&text).unwrap_err();
            assert!(err.contains(want), "{err} (wanted {want})");
            assert!(!err.contains(SECRET), "{err}");
        }
    }

    #[test]
    fn region_comes_from_sys_param_or_the_old_top_level_key() {
        let new = r#"{"_sys_param": {"arrayCount": 10, "output": "json", "region": "ap-shanghai"}, "cvm": {"endpoint": "cvm.tencentcloudapi.com"}}"#;
        assert_eq!(parse_region(new).unwrap().as_deref(), Some("ap-shanghai"));
        let old = r#"{"region": "ap-beijing", "output": "json"}"#;
        assert_eq!(parse_region(old).unwrap().as_deref(), Some("ap-beijing"));
        assert_eq!(
            parse_region(r#"{"_sys_param": {"output": "json"}}"#).unwrap(),
            None
        );
        assert_eq!(
            parse_region(r#"{"_sys_param": {"region": ""}}"#).unwrap(),
            None
        );
        assert!(parse_region(r#"{"_sys_param": 3}"#).is_err());
        assert!(parse_region("{").is_err());
    }
}
