//! Defaults held by batchctl, per profile: `zone`, `image`, `instance-type`, `compute-env`,
//! `region` and `output`, in batchctl's own config file
//! (`$XDG_CONFIG_HOME/batchctl/config.toml`, else `~/.config/batchctl/config.toml`), one
//! TOML table per profile:
//!
//! ```toml
//! [default]
//! zone = "ap-guangzhou-3"
//!
//! [prod]
//! region = "ap-shanghai"
//! output = "json"
//! ```
//!
//! Every default is looked up in one order: the command-line flag, then its environment
//! variable, then the profile's table ([`Defaults::resolve`]); [`Defaults::require`] turns
//! a missing one into a usage error naming the three ways to give it. The file is read
//! bounded in size, and written (by `config set`/`unset` only, through [`ConfigFile::save`])
//! atomically: a temporary file beside it, mode 0600, renamed over it.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::transport::error::{Error, printable};

/// A config file larger than this is refused: it is a few lines, and anything bigger is
/// not one batchctl wrote.
pub const MAX_FILE_BYTES: u64 = 64 * 1024;

/// The keys a profile may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Key {
    Zone,
    Image,
    InstanceType,
    ComputeEnv,
    Region,
    Output,
}

impl Key {
    /// Every key, in the order `config show` lists them.
    pub const ALL: [Key; 6] = [
        Key::Zone,
        Key::Image,
        Key::InstanceType,
        Key::ComputeEnv,
        Key::Region,
        Key::Output,
    ];

    /// The key's name in the file and on `config set|get|unset`.
    pub fn name(self) -> &'static str {
        match self {
            Key::Zone => "zone",
            Key::Image => "image",
            Key::InstanceType => "instance-type",
            Key::ComputeEnv => "compute-env",
            Key::Region => "region",
            Key::Output => "output",
        }
    }

    /// The command-line flag that gives this value.
    pub fn flag(self) -> &'static str {
        match self {
            Key::Zone => "--zone",
            Key::Image => "--image",
            Key::InstanceType => "--instance-type",
            Key::ComputeEnv => "--env",
            Key::Region => "--region",
            Key::Output => "-o/--output",
        }
    }

    /// The environment variable that gives this value.
    pub fn env_var(self) -> &'static str {
        match self {
            Key::Zone => "BATCHCTL_ZONE",
            Key::Image => "BATCHCTL_IMAGE",
            Key::InstanceType => "BATCHCTL_INSTANCE_TYPE",
            Key::ComputeEnv => "BATCHCTL_COMPUTE_ENV",
            Key::Region => "TENCENTCLOUD_REGION",
            Key::Output => "BATCHCTL_OUTPUT",
        }
    }

    /// A valid value, for messages.
    pub fn example(self) -> &'static str {
        match self {
            Key::Zone => "ap-guangzhou-3",
            Key::Image => "img-eb30mz89",
            Key::InstanceType => "S5.MEDIUM2",
            Key::ComputeEnv => "env-4gmc9rbd",
            Key::Region => "ap-guangzhou",
            Key::Output => "json",
        }
    }

    /// The key named `name`, or a usage error listing the keys.
    pub fn parse(name: &str) -> Result<Key, Error> {
        Key::ALL
            .into_iter()
            .find(|k| k.name() == name)
            .ok_or_else(|| {
                Error::usage(format!(
                    "unknown config key '{}'; the keys are {}",
                    printable(name),
                    Key::names().join(", ")
                ))
            })
    }

    /// The names of every key.
    pub fn names() -> Vec<&'static str> {
        Key::ALL.iter().map(|k| k.name()).collect()
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What the values are checked against besides their shape: the output formats (which
/// belong to the output layer, so the caller names them) and, for `zone`, the region in
/// effect.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    /// The names `-o` takes (`table`, `json`…), lower case.
    pub formats: Vec<String>,
}

/// Checks `value` for `key` and returns it as stored (an output format in lower case,
/// anything else as given). The message says what is wrong, without naming the value's
/// source (the caller does). A zone is checked against its region with [`zone_in_region`].
pub fn check(key: Key, value: &str, rules: &Rules) -> Result<String, String> {
    let value = value.trim();
    if value.is_empty() {
        return Err("the value is empty".to_string());
    }
    let id = |prefix: &str| {
        value.strip_prefix(prefix).is_some_and(|rest| {
            (8..=32).contains(&rest.len())
                && rest
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
    };
    let ok = match key {
        Key::Zone => {
            value
                .rsplit_once('-')
                .is_some_and(|(_, n)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
                && batch_api::regions::KNOWN_REGIONS
                    .iter()
                    .any(|r| batch_api::regions::zone_in_region(value, r))
        }
        Key::Image => id("img-"),
        Key::ComputeEnv => id("env-"),
        Key::InstanceType => is_instance_type(value),
        Key::Region => batch_api::regions::is_known_region(value),
        Key::Output => {
            let lower = value.to_ascii_lowercase();
            if rules.formats.contains(&lower) {
                return Ok(lower);
            }
            false
        }
    };
    if ok {
        return Ok(value.to_string());
    }
    Err(match key {
        Key::Zone => format!(
            "not a zone of a known region (a zone is REGION-N, e.g. {})",
            Key::Zone.example()
        ),
        Key::Image => format!(
            "not an image ID (img- and 8 lower-case letters or digits, e.g. {})",
            Key::Image.example()
        ),
        Key::ComputeEnv => format!(
            "not a compute environment ID (env- and 8 lower-case letters or digits, e.g. {})",
            Key::ComputeEnv.example()
        ),
        Key::InstanceType => format!(
            "not an instance type (FAMILY.SIZE, e.g. {} or SA5.12XLARGE96)",
            Key::InstanceType.example()
        ),
        Key::Region => "not a known region (e.g. ap-guangzhou, ap-shanghai)".to_string(),
        Key::Output => format!(
            "not an output format; use one of {}",
            rules.formats.join(", ")
        ),
    })
}

/// `FAMILY.SIZE`: a family that starts with an upper-case letter (`S5`, `SA5`, `GN7`), a
/// dot, and a size in upper case that ends in its memory (`MEDIUM2`, `12XLARGE96`).
fn is_instance_type(value: &str) -> bool {
    let Some((family, size)) = value.split_once('.') else {
        return false;
    };
    let family_ok = family.starts_with(|c: char| c.is_ascii_uppercase())
        && family.len() <= 16
        && family.chars().all(|c| c.is_ascii_alphanumeric());
    let letters = size.trim_start_matches(|c: char| c.is_ascii_digit());
    let digits = letters.trim_start_matches(|c: char| c.is_ascii_uppercase());
    let size_ok = size.len() <= 24
        && letters.len() > digits.len()
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit());
    family_ok && size_ok
}

/// A zone must be one of the region in effect: a usage error naming both, and where each
/// came from, when it is not.
pub fn zone_in_region(
    zone: &str,
    zone_from: &dyn fmt::Display,
    region: &str,
    region_from: &dyn fmt::Display,
) -> Result<(), Error> {
    if batch_api::regions::zone_in_region(zone, region) {
        return Ok(());
    }
    Err(Error::usage(format!(
        "the zone '{}' (from {zone_from}) is not in the region '{}' (from {region_from}); give a zone of that region (e.g. {}) or another region",
        printable(zone),
        printable(region),
        batch_api::regions::zones(region)
            .first()
            .copied()
            .unwrap_or("REGION-N"),
    )))
}

/// Where a default came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The command-line flag, e.g. `--zone`.
    Flag(&'static str),
    /// The environment variable, e.g. `BATCHCTL_ZONE`.
    Environment(&'static str),
    /// The profile's table of the config file.
    ConfigFile { path: PathBuf, profile: String },
    /// Not given anywhere.
    None,
}

impl Source {
    /// A stable one-word name for scripts (`config show -o json`).
    pub fn kind(&self) -> &'static str {
        match self {
            Source::Flag(_) => "flag",
            Source::Environment(_) => "environment",
            Source::ConfigFile { .. } => "config file",
            Source::None => "none",
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "{flag}"),
            Source::Environment(var) => write!(f, "{var}"),
            Source::ConfigFile { path, profile } => {
                write!(f, "{} [{}]", path.display(), printable(profile))
            }
            Source::None => f.write_str("not set"),
        }
    }
}

/// A default's value, if any, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub key: Key,
    pub value: Option<String>,
    pub source: Source,
}

/// The path of batchctl's config file: `$XDG_CONFIG_HOME/batchctl/config.toml` (when set
/// to an absolute path, as the XDG rules ask), else `$HOME/.config/batchctl/config.toml`;
/// `None` when neither is set.
pub fn config_path(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let base = match env("XDG_CONFIG_HOME").filter(|d| Path::new(d).is_absolute()) {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(env("HOME").filter(|h| !h.trim().is_empty())?).join(".config"),
    };
    Some(base.join("batchctl").join("config.toml"))
}

/// batchctl's config file: every profile's defaults, as read (and, for `config set` and
/// `unset`, as changed and saved).
#[derive(Debug, Clone, Default)]
pub struct ConfigFile {
    /// Where it is, or would be; `None` when neither XDG_CONFIG_HOME nor HOME is set.
    path: Option<PathBuf>,
    /// Profile → key → value; only valid keys and values.
    profiles: BTreeMap<String, BTreeMap<Key, String>>,
}

type Spanned = toml::Spanned<String>;

impl ConfigFile {
    /// Reads the file at `path` (a missing file holds nothing). A file that cannot be read,
    /// is larger than [`MAX_FILE_BYTES`], is not TOML, or holds an unknown key or a bad
    /// value is a configuration error (exit 6) naming the file and the line.
    pub fn load(path: Option<PathBuf>, rules: &Rules) -> Result<ConfigFile, Error> {
        let Some(path) = path else {
            return Ok(ConfigFile::default());
        };
        let text = match read_bounded(&path) {
            Ok(Some(text)) => text,
            Ok(None) => {
                return Ok(ConfigFile {
                    path: Some(path),
                    profiles: BTreeMap::new(),
                });
            }
            Err(why) => {
                return Err(Error::Credentials(format!(
                    "cannot read the config file {}: {why}",
                    path.display()
                )));
            }
        };
        let profiles = parse(&text, rules).map_err(|(line, why)| {
            let at = line.map(|l| format!(", line {l}")).unwrap_or_default();
            Error::Credentials(format!(
                "the config file {}{at}: {why} (fix it, or remove it and use `batchctl config set`)",
                path.display()
            ))
        })?;
        Ok(ConfigFile {
            path: Some(path),
            profiles,
        })
    }

    /// Where the file is, or would be.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The value of `key` in `profile`.
    pub fn get(&self, profile: &str, key: Key) -> Option<&str> {
        self.profiles.get(profile)?.get(&key).map(String::as_str)
    }

    /// Sets `key` in `profile` (the value already checked with [`check`]).
    pub fn set(&mut self, profile: &str, key: Key, value: String) {
        self.profiles
            .entry(profile.to_string())
            .or_default()
            .insert(key, value);
    }

    /// Removes `key` from `profile` (and the profile's table when it is left empty); true
    /// when it was there.
    pub fn unset(&mut self, profile: &str, key: Key) -> bool {
        let Some(table) = self.profiles.get_mut(profile) else {
            return false;
        };
        let was = table.remove(&key).is_some();
        if table.is_empty() {
            self.profiles.remove(profile);
        }
        was
    }

    /// The file's text: a header comment, then one table per profile.
    pub fn to_toml(&self) -> Result<String, Error> {
        let tables: BTreeMap<&str, BTreeMap<&str, &str>> = self
            .profiles
            .iter()
            .map(|(profile, keys)| {
                let keys = keys.iter().map(|(k, v)| (k.name(), v.as_str())).collect();
                (profile.as_str(), keys)
            })
            .collect();
        let body = toml::to_string(&tables)
            .map_err(|e| Error::Internal(format!("cannot write the config file: {e}")))?;
        Ok(format!(
            "# batchctl's defaults, one table per profile. Written by `batchctl config set`\n\
             # and `batchctl config unset`, which rewrite it whole (comments are not kept).\n\n{body}"
        ))
    }

    /// Writes the file atomically: the directory created (mode 0700) when missing, the text
    /// written to a temporary file beside it (mode 0600), flushed to disk, and renamed over
    /// the file; a symbolic link is followed, so the file it points to is replaced.
    pub fn save(&self) -> Result<(), Error> {
        let Some(path) = &self.path else {
            return Err(Error::Credentials(
                "nowhere to keep the config file: neither XDG_CONFIG_HOME nor HOME is set"
                    .to_string(),
            ));
        };
        let text = self.to_toml()?;
        write_atomically(path, text.as_bytes()).map_err(|e| {
            Error::Credentials(format!(
                "cannot write the config file {}: {e}",
                path.display()
            ))
        })
    }
}

/// The file's text, `None` when it does not exist; refused when larger than the bound.
fn read_bounded(path: &Path) -> Result<Option<String>, String> {
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    let meta = file.metadata().map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("it is not a regular file".to_string());
    }
    let too_big = || format!("it is larger than {} KiB", MAX_FILE_BYTES / 1024);
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big());
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big());
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| "it is not UTF-8 text".to_string())
}

/// The profiles of the file's `text`, or the line (when known) and what is wrong.
#[allow(clippy::type_complexity)]
fn parse(
    text: &str,
    rules: &Rules,
) -> Result<BTreeMap<String, BTreeMap<Key, String>>, (Option<usize>, String)> {
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let doc: BTreeMap<Spanned, toml::Spanned<BTreeMap<Spanned, Spanned>>> = toml::from_str(text)
        .map_err(|e| {
            let why = e.message().trim_end().to_string();
            let why = if why.contains("expected a map") || why.contains("invalid type") {
                format!("{why} (each profile is a table, e.g. [default], of text values)")
            } else {
                why
            };
            (e.span().map(|s| line_of(s.start)), why)
        })?;
    let mut profiles = BTreeMap::new();
    for (profile, table) in doc {
        let mut keys = BTreeMap::new();
        for (name, value) in table.into_inner() {
            let line = Some(line_of(name.span().start));
            let key = Key::parse(name.get_ref()).map_err(|e| (line, e.to_string()))?;
            let stored = check(key, value.get_ref(), rules).map_err(|why| {
                (
                    Some(line_of(value.span().start)),
                    format!("{key} = '{}': {why}", printable(value.get_ref())),
                )
            })?;
            keys.insert(key, stored);
        }
        if !keys.is_empty() {
            profiles.insert(profile.into_inner(), keys);
        }
    }
    Ok(profiles)
}

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename,
/// so a reader sees the old file or the new one, never half of one.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    // A link (dotfiles kept elsewhere) stays a link: its target is replaced.
    let path = match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => std::fs::canonicalize(path)?,
        _ => path.to_path_buf(),
    };
    let dir = path
        .parent()
        .ok_or_else(|| std::io::Error::other("the path has no directory"))?;
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        uuid::Uuid::new_v4().simple()
    ));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = (|| {
        let mut file = options.open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, &path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written?;
    // The rename itself reaches the disk with the directory.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Every default of one profile, ready to resolve: the file's values for the profile and
/// the environment's variables. Built once per invocation; the flags are given per lookup.
#[derive(Debug, Clone, Default)]
pub struct Defaults {
    profile: String,
    file: ConfigFile,
    /// Each key's environment variable, when set and not blank (not yet checked).
    env: BTreeMap<Key, String>,
    rules: Rules,
}

impl Defaults {
    /// The defaults of `profile`, from the file already read and the environment.
    pub fn new(
        profile: &str,
        file: ConfigFile,
        env: &dyn Fn(&str) -> Option<String>,
        rules: Rules,
    ) -> Defaults {
        let env = Key::ALL
            .into_iter()
            .filter_map(|k| {
                let v = env(k.env_var()).filter(|v| !v.trim().is_empty())?;
                Some((k, v))
            })
            .collect();
        Defaults {
            profile: profile.to_string(),
            file,
            env,
            rules,
        }
    }

    /// The profile these defaults belong to.
    pub fn profile(&self) -> &str {
        &self.profile
    }

    /// The config file (for `config set`/`unset`, which change and save it).
    pub fn file(&self) -> &ConfigFile {
        &self.file
    }

    /// `key`'s value and where it came from: `flag` (the command line's value, already
    /// checked by its parser) when given, else its environment variable (checked here: a
    /// bad one is a usage error naming the variable), else the profile's table, else none.
    pub fn resolve(&self, key: Key, flag: Option<&str>) -> Result<Resolved, Error> {
        if let Some(value) = flag {
            return Ok(Resolved {
                key,
                value: Some(value.to_string()),
                source: Source::Flag(key.flag()),
            });
        }
        if let Some(value) = self.env.get(&key) {
            let value = check(key, value, &self.rules).map_err(|why| {
                Error::usage(format!(
                    "{}='{}': {why}; fix or unset it",
                    key.env_var(),
                    printable(value)
                ))
            })?;
            return Ok(Resolved {
                key,
                value: Some(value),
                source: Source::Environment(key.env_var()),
            });
        }
        if let Some(value) = self.file.get(&self.profile, key) {
            return Ok(Resolved {
                key,
                value: Some(value.to_string()),
                source: Source::ConfigFile {
                    path: self.file.path().map(Path::to_path_buf).unwrap_or_default(),
                    profile: self.profile.clone(),
                },
            });
        }
        Ok(Resolved {
            key,
            value: None,
            source: Source::None,
        })
    }

    /// `key`'s value as [`Defaults::resolve`] finds it; a missing one is a usage error
    /// naming the three ways to give it.
    pub fn require(&self, key: Key, flag: Option<&str>) -> Result<(String, Source), Error> {
        let resolved = self.resolve(key, flag)?;
        match resolved.value {
            Some(value) => Ok((value, resolved.source)),
            None => Err(self.missing(key)),
        }
    }

    /// The usage error for a missing `key`: the flag, the variable, and `config set`.
    pub fn missing(&self, key: Key) -> Error {
        let profile = if self.profile == "default" {
            String::new()
        } else {
            format!("--profile {} ", self.profile)
        };
        let meta = key.name().to_uppercase().replace('-', "_");
        Error::usage(format!(
            "no {key} given: give {} {meta}, or set {}, or keep a default with `batchctl {profile}config set {key} {meta}` (e.g. {})",
            key.flag(),
            key.env_var(),
            key.example()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Rules {
        Rules {
            formats: ["table", "wide", "json", "jsonl", "csv", "yaml"]
                .map(String::from)
                .to_vec(),
        }
    }

    #[test]
    fn values_are_checked_by_their_shape() {
        let r = rules();
        assert!(check(Key::Zone, "ap-guangzhou-3", &r).is_ok());
        assert!(check(Key::Zone, "ap-shanghai-fsi-1", &r).is_ok());
        assert!(check(Key::Zone, "mars-1", &r).is_err());
        assert!(check(Key::Zone, "ap-guangzhou-3x", &r).is_err());
        assert!(check(Key::Zone, "ap-guangzhou", &r).is_err());
        assert!(check(Key::Image, "img-eb30mz89", &r).is_ok());
        assert!(check(Key::Image, "img-1", &r).is_err());
        assert!(check(Key::Image, "img-EB30MZ89", &r).is_err());
        assert!(check(Key::ComputeEnv, "env-4gmc9rbd", &r).is_ok());
        assert!(check(Key::ComputeEnv, "img-4gmc9rbd", &r).is_err());
        for good in [
            "S5.MEDIUM2",
            "SA5.12XLARGE96",
            "S5.SMALL01",
            "GN7.8XLARGE128",
        ] {
            assert!(check(Key::InstanceType, good, &r).is_ok(), "{good}");
        }
        for bad in [
            "S5",
            "s5.medium2",
            "S5.MEDIUM",
            "S5.2",
            ".MEDIUM2",
            "S5.MEDIUM2.X",
        ] {
            assert!(check(Key::InstanceType, bad, &r).is_err(), "{bad}");
        }
        assert!(check(Key::Region, "ap-guangzhou", &r).is_ok());
        assert!(check(Key::Region, "ap-nowhere", &r).is_err());
        assert_eq!(check(Key::Output, "JSON", &r).unwrap(), "json");
        let e = check(Key::Output, "xml", &r).unwrap_err();
        assert!(e.contains("table, wide"), "{e}");
    }

    #[test]
    fn a_zone_outside_its_region_is_a_usage_error_naming_both() {
        let from = Source::Environment("BATCHCTL_ZONE");
        let region_from = Source::Flag("--region");
        assert!(zone_in_region("ap-guangzhou-3", &from, "ap-guangzhou", &region_from).is_ok());
        let e = zone_in_region("ap-guangzhou-3", &from, "ap-shanghai", &region_from).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        let text = e.to_string();
        assert!(
            text.contains("ap-guangzhou-3")
                && text.contains("ap-shanghai")
                && text.contains("BATCHCTL_ZONE"),
            "{text}"
        );
    }

    #[test]
    fn the_path_follows_xdg_then_home() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            config_path(&env(&[("XDG_CONFIG_HOME", "/x"), ("HOME", "/h")])),
            Some(PathBuf::from("/x/batchctl/config.toml"))
        );
        assert_eq!(
            config_path(&env(&[("XDG_CONFIG_HOME", "rel"), ("HOME", "/h")])),
            Some(PathBuf::from("/h/.config/batchctl/config.toml"))
        );
        assert_eq!(config_path(&env(&[])), None);
    }

    #[test]
    fn the_file_parses_per_profile_and_errors_name_the_line() {
        let text =
            "# mine\n[default]\nzone = \"ap-guangzhou-3\"\n\n[\"prod.eu\"]\noutput = \"JSON\"\n";
        let p = parse(text, &rules()).unwrap();
        assert_eq!(p["default"][&Key::Zone], "ap-guangzhou-3");
        assert_eq!(p["prod.eu"][&Key::Output], "json");
        let (line, why) = parse(
            "[default]\nzone = \"ap-guangzhou-3\"\nflavour = \"x\"\n",
            &rules(),
        )
        .unwrap_err();
        assert_eq!(line, Some(3));
        assert!(why.contains("flavour"), "{why}");
        let (line, why) = parse("[default]\n\nimage = \"nope\"\n", &rules()).unwrap_err();
        assert_eq!(line, Some(3));
        assert!(why.contains("nope"), "{why}");
        let (line, _) = parse("[default]\nzone = \n", &rules()).unwrap_err();
        assert_eq!(line, Some(2));
        let (line, why) = parse("zone = \"ap-guangzhou-3\"\n", &rules()).unwrap_err();
        assert_eq!(line, Some(1), "{why}");
        assert!(parse("[default]\nzone = 3\n", &rules()).is_err());
    }

    #[test]
    fn set_and_unset_round_trip_through_the_text() {
        let mut f = ConfigFile::default();
        f.set("default", Key::Zone, "ap-guangzhou-3".into());
        f.set("we\"ird", Key::Output, "json".into());
        let text = f.to_toml().unwrap();
        let back = parse(&text, &rules()).unwrap();
        assert_eq!(back["we\"ird"][&Key::Output], "json");
        assert_eq!(back["default"][&Key::Zone], "ap-guangzhou-3");
        assert!(f.unset("we\"ird", Key::Output));
        assert!(!f.unset("we\"ird", Key::Output));
        assert!(!f.to_toml().unwrap().contains("ird"));
    }

    #[test]
    fn flag_then_environment_then_file() {
        let mut file = ConfigFile {
            path: Some(PathBuf::from("/c/config.toml")),
            ..ConfigFile::default()
        };
        file.set("prod", Key::Zone, "ap-shanghai-2".into());
        let env = |name: &str| (name == "BATCHCTL_ZONE").then(|| "ap-guangzhou-4".to_string());
        let d = Defaults::new("prod", file.clone(), &env, rules());
        let flag = d.resolve(Key::Zone, Some("ap-guangzhou-3")).unwrap();
        assert_eq!(flag.source, Source::Flag("--zone"));
        let from_env = d.resolve(Key::Zone, None).unwrap();
        assert_eq!(from_env.value.as_deref(), Some("ap-guangzhou-4"));
        assert_eq!(from_env.source.kind(), "environment");
        let d = Defaults::new("prod", file.clone(), &|_: &str| None, rules());
        let from_file = d.resolve(Key::Zone, None).unwrap();
        assert_eq!(from_file.value.as_deref(), Some("ap-shanghai-2"));
        assert_eq!(from_file.source.to_string(), "/c/config.toml [prod]");
        let other = Defaults::new("default", file, &|_: &str| None, rules());
        assert_eq!(other.resolve(Key::Zone, None).unwrap().source, Source::None);
    }

    #[test]
    fn a_missing_default_names_the_three_ways_and_a_bad_variable_names_itself() {
        let d = Defaults::new("default", ConfigFile::default(), &|_: &str| None, rules());
        let e = d.require(Key::Image, None).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        let text = e.to_string();
        for way in ["--image", "BATCHCTL_IMAGE", "batchctl config set image"] {
            assert!(text.contains(way), "{text}");
        }
        let env = |name: &str| (name == "BATCHCTL_INSTANCE_TYPE").then(|| "huge".to_string());
        let d = Defaults::new("default", ConfigFile::default(), &env, rules());
        let e = d.resolve(Key::InstanceType, None).unwrap_err().to_string();
        assert!(e.contains("BATCHCTL_INSTANCE_TYPE='huge'"), "{e}");
    }
}
