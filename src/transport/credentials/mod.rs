//! Where the API credentials come from, and the type that keeps secrets out of output.
//!
//! [`resolve`] walks the chain a tccli or SDK user already has set up, in this order:
//!
//! 1. `--use-cvm-role`: the CVM instance role, and nothing else (as tccli does);
//! 2. the environment (`TENCENTCLOUD_SECRET_ID`, `TENCENTCLOUD_SECRET_KEY`, and
//!    `TENCENTCLOUD_SESSION_TOKEN` or tccli's `TENCENTCLOUD_TOKEN`), unless `--profile`
//!    was given on the command line;
//! 3. tccli's `~/.tccli/<profile>.credential` (or its `"type": "cvm-role"`: the role);
//! 4. the SDKs' `~/.tencentcloud/credentials`, section `[<profile>]`.
//!
//! It also reads the profile's region from `~/.tccli/<profile>.configure` when no region
//! was given. Everything it reads from comes in through [`Sources`], so the chain is tested
//! without touching the process. It only ever reads: nothing is written to the home
//! directory. Secrets live in [`Secret`], whose `Debug` and `Display` redact them.
//!
//! - [`tccli`]: the tccli profile files; [`sdk`]: the SDK file, read with [`ini`];
//! - [`cvm`]: the instance metadata service.

pub mod cvm;
pub mod ini;
pub mod sdk;
pub mod tccli;

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::transport::error::Error;

/// A secret value whose `Debug` and `Display` never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The secret itself, for signing and for the `X-TC-Token` header only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Resolved credentials, and where they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub secret_id: String,
    pub secret_key: Secret,
    /// The session token of temporary credentials.
    pub token: Option<Secret>,
    /// Where they were found, for messages (never the secret itself).
    pub source: String,
}

/// A key pair and optional token as a source holds them, before it is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keys {
    pub secret_id: String,
    pub secret_key: Secret,
    pub token: Option<Secret>,
}

impl Keys {
    fn with_source(self, source: String) -> Credentials {
        Credentials {
            secret_id: self.secret_id,
            secret_key: self.secret_key,
            token: self.token,
            source,
        }
    }
}

/// Everything the chain reads, passed in.
pub struct Sources<'a> {
    /// Looks up an environment variable (`std::env::var` in the program).
    pub env: &'a dyn Fn(&str) -> Option<String>,
    /// The home directory (`$HOME`); `None` skips the files.
    pub home: Option<PathBuf>,
    /// The profile: `--profile`, `BATCHCTL_PROFILE`, or `default`.
    pub profile: String,
    /// True when `--profile` was given on the command line: the environment's keys are
    /// then ignored.
    pub profile_explicit: bool,
    /// `--use-cvm-role`.
    pub use_cvm_role: bool,
    /// The metadata service's base URL, ending in `security-credentials/`.
    pub metadata_base: String,
    /// True when a region was given (`--region`, `TENCENTCLOUD_REGION`): the profile's
    /// configure file is then not read.
    pub region_given: bool,
}

/// The kind of source the credentials came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceKind {
    Environment,
    TccliProfile,
    SdkFile,
    CvmRole,
}

impl SourceKind {
    /// A stable name for scripts (`config show -o json`).
    pub fn name(self) -> &'static str {
        match self {
            SourceKind::Environment => "environment",
            SourceKind::TccliProfile => "tccli-profile",
            SourceKind::SdkFile => "sdk-credentials-file",
            SourceKind::CvmRole => "cvm-role",
        }
    }
}

/// A region named by the profile's tccli configure file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileRegion {
    pub region: String,
    pub file: PathBuf,
}

/// The outcome of the chain: the credentials, the profile's region, and what was looked at.
#[derive(Debug)]
pub struct Resolved {
    /// The credentials; `credentials.source` describes where they came from.
    pub credentials: Credentials,
    pub kind: SourceKind,
    /// The region of the profile's configure file, when no region was given.
    pub region: Option<ProfileRegion>,
    /// Every place looked at, in order, each with what was found there.
    pub looked: Vec<String>,
    /// Warnings for stderr (e.g. a credential file readable by others).
    pub warnings: Vec<String>,
}

impl Resolved {
    /// Where the credentials came from, for people.
    pub fn source(&self) -> &str {
        &self.credentials.source
    }
}

/// The chain failed: why, and what it learned on the way.
#[derive(Debug)]
pub struct Unresolved {
    /// The error to report (exit 6, or 2 for a bad `BATCHCTL_METADATA_ENDPOINT`).
    pub error: Error,
    /// True when no source had credentials (rather than one being broken).
    pub none_found: bool,
    pub region: Option<ProfileRegion>,
    pub looked: Vec<String>,
    pub warnings: Vec<String>,
}

impl From<Box<Unresolved>> for Error {
    fn from(u: Box<Unresolved>) -> Error {
        u.error
    }
}

/// Walks the chain (see the module documentation).
pub fn resolve(sources: &Sources<'_>) -> Result<Resolved, Box<Unresolved>> {
    let mut walk = Walk {
        looked: Vec::new(),
        warnings: Vec::new(),
    };
    let found = walk.credentials(sources);
    let region = match &found {
        Ok(Some(_)) if !sources.region_given => walk.profile_region(sources),
        _ => Ok(None),
    };
    match (found, region) {
        (Ok(Some((credentials, kind))), Ok(region)) => Ok(Resolved {
            credentials,
            kind,
            region,
            looked: walk.looked,
            warnings: walk.warnings,
        }),
        (Ok(None), _) => {
            // Still worth knowing for `config show`; a broken configure file is not the
            // headline when there are no credentials at all.
            let region = if sources.region_given {
                None
            } else {
                walk.profile_region(sources).ok().flatten()
            };
            let error = not_found(sources, &walk.looked);
            Err(Box::new(Unresolved {
                error,
                none_found: true,
                region,
                looked: walk.looked,
                warnings: walk.warnings,
            }))
        }
        (Err(error), _) => {
            let region = if sources.region_given {
                None
            } else {
                walk.profile_region(sources).ok().flatten()
            };
            Err(Box::new(Unresolved {
                error,
                none_found: false,
                region,
                looked: walk.looked,
                warnings: walk.warnings,
            }))
        }
        (Ok(Some(_)), Err(error)) => Err(Box::new(Unresolved {
            error,
            none_found: false,
            region: None,
            looked: walk.looked,
            warnings: walk.warnings,
        })),
    }
}

/// The chain's notes as it goes.
struct Walk {
    looked: Vec<String>,
    warnings: Vec<String>,
}

type Found = Option<(Credentials, SourceKind)>;

impl Walk {
    fn credentials(&mut self, s: &Sources<'_>) -> Result<Found, Error> {
        if s.use_cvm_role {
            return self.cvm_role(s, "--use-cvm-role").map(Some);
        }
        if s.profile_explicit {
            self.looked.push(
                "environment (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY): not read, because --profile was given"
                    .to_string(),
            );
        } else if let Some(found) = self.environment(s)? {
            return Ok(Some(found));
        }
        let Some(home) = &s.home else {
            self.looked.push(
                "~/.tccli and ~/.tencentcloud: not read, because HOME is not set".to_string(),
            );
            self.cvm_not_asked();
            return Ok(None);
        };
        if let Some(found) = self.tccli(s, home)? {
            return Ok(Some(found));
        }
        if let Some(found) = self.sdk_file(s, home)? {
            return Ok(Some(found));
        }
        self.cvm_not_asked();
        Ok(None)
    }

    fn environment(&mut self, s: &Sources<'_>) -> Result<Found, Error> {
        let get = |name: &str| (s.env)(name).filter(|v| !v.trim().is_empty());
        let place = "environment (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY)";
        match (get("TENCENTCLOUD_SECRET_ID"), get("TENCENTCLOUD_SECRET_KEY")) {
            (Some(id), Some(key)) => {
                let (token, token_var) = match (
                    get("TENCENTCLOUD_SESSION_TOKEN"),
                    get("TENCENTCLOUD_TOKEN"),
                ) {
                    (Some(t), _) => (Some(t), " with TENCENTCLOUD_SESSION_TOKEN"),
                    (None, Some(t)) => (Some(t), " with TENCENTCLOUD_TOKEN"),
                    (None, None) => (None, ""),
                };
                self.looked.push(format!("{place}: used"));
                let keys = Keys {
                    secret_id: id.trim().to_string(),
                    secret_key: Secret::new(key.trim()),
                    token: token.map(|t| Secret::new(t.trim())),
                };
                Ok(Some((
                    keys.with_source(format!(
                        "environment variables TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY{token_var}"
                    )),
                    SourceKind::Environment,
                )))
            }
            (Some(_), None) => Err(Error::Credentials(
                "TENCENTCLOUD_SECRET_ID is set but TENCENTCLOUD_SECRET_KEY is not: set both, or unset TENCENTCLOUD_SECRET_ID to use a profile".to_string(),
            )),
            (None, Some(_)) => Err(Error::Credentials(
                "TENCENTCLOUD_SECRET_KEY is set but TENCENTCLOUD_SECRET_ID is not: set both, or unset TENCENTCLOUD_SECRET_KEY to use a profile".to_string(),
            )),
            (None, None) => {
                self.looked.push(format!("{place}: not set"));
                Ok(None)
            }
        }
    }

    fn tccli(&mut self, s: &Sources<'_>, home: &Path) -> Result<Found, Error> {
        let path = tccli::credential_path(home, &s.profile);
        let Some(text) = self.read_secret_file(&path)? else {
            self.looked.push(format!("{}: not found", path.display()));
            return Ok(None);
        };
        let profile = tccli::parse_credential(&text).map_err(|p| unusable(&path, &p))?;
        match profile {
            tccli::Profile::Keys(keys) => {
                self.looked.push(format!("{}: used", path.display()));
                Ok(Some((
                    keys.with_source(format!(
                        "tccli profile '{}' ({})",
                        s.profile,
                        path.display()
                    )),
                    SourceKind::TccliProfile,
                )))
            }
            tccli::Profile::CvmRole => {
                self.looked.push(format!(
                    "{}: type cvm-role, so the CVM instance role",
                    path.display()
                ));
                let why = format!("tccli profile '{}' of type cvm-role", s.profile);
                self.cvm_role(s, &why).map(Some)
            }
        }
    }

    fn sdk_file(&mut self, s: &Sources<'_>, home: &Path) -> Result<Found, Error> {
        let path = sdk::path(home);
        let Some(text) = self.read_secret_file(&path)? else {
            self.looked.push(format!("{}: not found", path.display()));
            return Ok(None);
        };
        match sdk::parse(&text, &s.profile).map_err(|p| unusable(&path, &p))? {
            Some(keys) => {
                self.looked
                    .push(format!("{} [{}]: used", path.display(), s.profile));
                Ok(Some((
                    keys.with_source(format!(
                        "SDK credentials file {} [{}]",
                        path.display(),
                        s.profile
                    )),
                    SourceKind::SdkFile,
                )))
            }
            None => {
                self.looked
                    .push(format!("{}: no [{}] section", path.display(), s.profile));
                Ok(None)
            }
        }
    }

    fn cvm_role(&mut self, s: &Sources<'_>, why: &str) -> Result<(Credentials, SourceKind), Error> {
        let base =
            cvm::normalize_base(&s.metadata_base).map_err(|e| cvm::scrub(e, &s.metadata_base))?;
        let place = format!(
            "CVM instance role ({why}) from the instance metadata service {}",
            cvm::masked(&base)
        );
        let (role, keys) = cvm::fetch(&base).inspect_err(|_| {
            self.looked.push(format!("{place}: failed"));
        })?;
        self.looked.push(format!("{place}: role '{role}' used"));
        Ok((
            keys.with_source(format!(
                "CVM instance role '{role}' ({why}), from the instance metadata service"
            )),
            SourceKind::CvmRole,
        ))
    }

    fn cvm_not_asked(&mut self) {
        self.looked.push(
            "CVM instance role: not asked for (--use-cvm-role, or a tccli profile of type cvm-role)"
                .to_string(),
        );
    }

    /// The profile's region, from its tccli configure file.
    fn profile_region(&mut self, s: &Sources<'_>) -> Result<Option<ProfileRegion>, Error> {
        let Some(home) = &s.home else {
            return Ok(None);
        };
        let path = tccli::configure_path(home, &s.profile);
        let Some(text) = read_file(&path)? else {
            return Ok(None);
        };
        let region = tccli::parse_region(&text).map_err(|problem| {
            Error::Credentials(format!(
                "cannot use the tccli configuration file {}: {problem} (give --region to skip it)",
                path.display()
            ))
        })?;
        Ok(region.map(|region| ProfileRegion { region, file: path }))
    }

    /// Reads a file that holds secrets, warning when others may read it too.
    fn read_secret_file(&mut self, path: &Path) -> Result<Option<String>, Error> {
        if let Some(warning) = exposure_warning(path) {
            self.warnings.push(warning);
        }
        read_file(path)
    }
}

/// A file's text; `None` when it does not exist. Errors name the file and the reason,
/// never the content.
pub fn read_file(path: &Path) -> Result<Option<String>, Error> {
    /// A bound on what is read: credential files are tiny; a device file is not one.
    const MAX: u64 = 1024 * 1024;
    let cannot = |why: String| Error::Credentials(format!("cannot read {}: {why}", path.display()));
    // Looked at before opening: opening a FIFO blocks until someone writes to it, and a
    // device is no credential file. Only regular files (or links to them) are read.
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() => {}
        Ok(m) if m.is_dir() => return Err(cannot("it is a directory, not a file".to_string())),
        Ok(_) => {
            return Err(cannot(
                "it is not a regular file (a pipe, socket or device)".to_string(),
            ));
        }
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            return Ok(None);
        }
        Err(e) => return Err(cannot(e.to_string())),
    }
    let file = match open_nonblocking(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(cannot(e.to_string())),
    };
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return Err(cannot(
            "it is not a regular file (a pipe, socket or device)".to_string(),
        ));
    }
    let mut bytes = Vec::new();
    file.take(MAX + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| cannot(e.to_string()))?;
    if bytes.len() as u64 > MAX {
        return Err(cannot(
            "it is larger than 1 MiB, too large for a credential file".to_string(),
        ));
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| cannot("it is not UTF-8 text".to_string()))
}

/// Opens for reading without blocking, should the path have turned into a FIFO since it
/// was looked at.
#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK (no libc dependency for one constant): Linux's value, else the BSDs'.
    const O_NONBLOCK: i32 = if cfg!(target_os = "linux") {
        0o4000
    } else {
        0x0004
    };
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// A warning when a credential file is readable by its group or by others.
#[cfg(unix)]
fn exposure_warning(path: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
    (mode & 0o044 != 0).then(|| {
        format!(
            "{} is readable by group or others (mode {mode:04o}), so other users may read the secret in it; restrict it with: chmod 600 {}",
            path.display(),
            path.display()
        )
    })
}

#[cfg(not(unix))]
fn exposure_warning(_path: &Path) -> Option<String> {
    None
}

fn unusable(path: &Path, problem: &str) -> Error {
    Error::Credentials(format!(
        "cannot use the credential file {}: {problem}",
        path.display()
    ))
}

fn not_found(s: &Sources<'_>, looked: &[String]) -> Error {
    let mut message = format!(
        "no credentials found for profile '{}'; looked in:",
        s.profile
    );
    for place in looked {
        message.push_str("\n  - ");
        message.push_str(place);
    }
    message.push_str(
        "\n  hint: set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, run `tccli configure`, \
         or on a CVM instance with a CAM role use --use-cvm-role; `batchctl config show` shows \
         what would be used, and `batchctl --emulator ...` tries batchctl offline",
    );
    Error::Credentials(message)
}

/// Masks a SecretId for display: its first 4 and last 4 characters.
pub fn mask_id(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    if chars.len() <= 8 {
        return "*".repeat(chars.len());
    }
    let head: String = chars[..4].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}****{tail}")
}

#[cfg(test)]
mod tests;
