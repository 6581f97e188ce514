//! The official SDKs' credentials file, `~/.tencentcloud/credentials`: INI with one
//! section per profile holding `secret_id`, `secret_key` and an optional `token`.

use std::path::{Path, PathBuf};

use super::{Keys, Secret, ini};

/// `~/.tencentcloud/credentials`
pub fn path(home: &Path) -> PathBuf {
    home.join(".tencentcloud").join("credentials")
}

/// The keys of `profile`'s section, `None` when the file has no such section.
pub fn parse(text: &str, profile: &str) -> Result<Option<Keys>, String> {
    let ini = ini::parse(text)?;
    let Some(section) = ini.section(profile) else {
        return Ok(None);
    };
    let field = |name: &str| {
        section
            .get(name)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    match (field("secret_id"), field("secret_key")) {
        (Some(id), Some(key)) => Ok(Some(Keys {
            secret_id: id,
            secret_key: Secret::new(key),
            token: field("token").map(Secret::new),
        })),
        (Some(_), None) => Err(format!("section [{profile}] has no secret_key")),
        (None, Some(_)) => Err(format!("section [{profile}] has no secret_id")),
        (None, None) => Err(format!(
            "section [{profile}] has neither secret_id nor secret_key"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "[default]\nsecret_id = AKIDdefault\nsecret_key = kd\n\n[prod]\nsecret_id = AKIDprod\nsecret_key = kp\ntoken = tp\n";

    #[test]
    fn picks_the_profiles_section() {
        let d = parse(FILE, "default").unwrap().unwrap();
        assert_eq!(
            (d.secret_id.as_str(), d.token.is_none()),
            ("AKIDdefault", true)
        );
        let p = parse(FILE, "prod").unwrap().unwrap();
        assert_eq!(p.secret_id, "AKIDprod");
        assert_eq!(p.secret_key.expose(), "kp");
        assert_eq!(p.token.unwrap().expose(), "tp");
    }

    #[test]
    fn a_missing_section_is_not_an_error_but_an_incomplete_one_is() {
        assert!(parse(FILE, "staging").unwrap().is_none());
        let err = parse("[default]\nsecret_id = a\n", "default").unwrap_err();
        assert_eq!(err, "section [default] has no secret_key");
        let err = parse("[default]\nsecret_key = TOPSECRET\n", "default").unwrap_err();
        assert!(
            err.contains("no secret_id") && !err.contains("TOPSECRET"),
            "{err}"
        );
    }
}
