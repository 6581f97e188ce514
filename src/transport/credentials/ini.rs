//! A tiny INI reader for the SDK credentials file: `[section]` headers, `key = value`
//! (or `key: value`) lines, `#` and `;` comment lines.
//!
//! Written here rather than taken from a crate because the file holds secrets: every error
//! names a line number and what is wrong with it, never the line's text, and ~60 lines do
//! not justify a dependency. Keys are matched case-insensitively (as Python's configparser,
//! which the official SDKs' users know, does); section names exactly.

/// A parsed INI document: sections in file order, keys in line order.
#[derive(Default)]
pub struct Ini {
    sections: Vec<Section>,
}

/// One `[name]` section. Not `Debug`: its values may be secrets.
pub struct Section {
    name: String,
    entries: Vec<(String, String)>,
}

impl Ini {
    /// The section called exactly `name`; repeated sections read as one.
    pub fn section(&self, name: &str) -> Option<Section> {
        let mut found: Option<Section> = None;
        for s in self.sections.iter().filter(|s| s.name == name) {
            let merged = found.get_or_insert_with(|| Section {
                name: s.name.clone(),
                entries: Vec::new(),
            });
            merged.entries.extend(s.entries.iter().cloned());
        }
        found
    }

    /// The section names, in file order.
    pub fn section_names(&self) -> impl Iterator<Item = &str> {
        self.sections.iter().map(|s| s.name.as_str())
    }
}

impl Section {
    /// The value of `key` (case-insensitive); the last one wins when it is repeated.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.as_str())
    }
}

/// Parses `text`. An error says which line is wrong and how, without quoting it.
pub fn parse(text: &str) -> Result<Ini, String> {
    let mut ini = Ini::default();
    // Editors on Windows start UTF-8 files with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (n, raw) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(rest) = line.strip_prefix('[') {
            let Some(name) = rest.strip_suffix(']') else {
                return Err(format!(
                    "line {line_no} opens a [section] header without closing it"
                ));
            };
            let name = name.trim();
            if name.is_empty() {
                return Err(format!("line {line_no} is a [section] header with no name"));
            }
            ini.sections.push(Section {
                name: name.to_string(),
                entries: Vec::new(),
            });
            continue;
        }
        let split = match (line.find('='), line.find(':')) {
            (Some(e), Some(c)) => Some(e.min(c)),
            (e, c) => e.or(c),
        };
        let Some(at) = split else {
            return Err(format!(
                "line {line_no} is neither a [section] header, a key = value line nor a comment"
            ));
        };
        let key = line[..at].trim();
        if key.is_empty() {
            return Err(format!("line {line_no} has a value but no key"));
        }
        let Some(section) = ini.sections.last_mut() else {
            return Err(format!(
                "line {line_no} sets a key before any [section] header"
            ));
        };
        section
            .entries
            .push((key.to_string(), line[at + 1..].trim().to_string()));
    }
    Ok(ini)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sections_keys_and_skips_comments() {
        let ini = parse(
            "# the SDK's file\n[default]\nsecret_id = AKIDa\nSECRET_KEY=k=with=equals\n\n; other\n[prod]\nsecret_id: AKIDp\n",
        )
        .unwrap();
        let d = ini.section("default").unwrap();
        assert_eq!(d.get("secret_id"), Some("AKIDa"));
        assert_eq!(d.get("secret_key"), Some("k=with=equals"));
        assert_eq!(ini.section("prod").unwrap().get("secret_id"), Some("AKIDp"));
        assert!(ini.section("Prod").is_none());
        assert_eq!(ini.section_names().collect::<Vec<_>>(), ["default", "prod"]);
    }

    #[test]
    fn repeated_sections_merge_and_the_last_value_wins() {
        let ini = parse("[a]\nx = 1\n[b]\ny = 2\n[a]\nx = 3\nz = 4\n").unwrap();
        let a = ini.section("a").unwrap();
        assert_eq!((a.get("x"), a.get("z")), (Some("3"), Some("4")));
    }

    #[test]
    fn errors_name_the_line_and_never_quote_it() {
        for (text, line) in [
            ("[default]\nsecret_id = a\nTOPSECRETVALUE\n", "line 3"),
            ("TOPSECRETVALUE = 1\n", "line 1"),
            ("[default\nsecret_key = TOPSECRETVALUE\n", "line 1"),
            ("[default]\n = TOPSECRETVALUE\n", "line 2"),
            ("[]\n", "line 1"),
        ] {
            let err = parse(text).err().unwrap();
            assert!(err.contains(line), "{err}");
            assert!(!err.contains("TOPSECRETVALUE"), "{err}");
        }
    }
}
