//! The chain's precedence, tested with a temporary home, a fake environment and a fake
//! metadata service.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::Path;

use super::*;

const TCCLI: &str =
    r#"{"secretId": "AKIDtccli0000", "secretKey": "tccli-key", "token": "tccli-token"}"#;
const SDK: &str = "[default]\nsecret_id = AKIDsdk00000\nsecret_key = sdk-key\n[prod]\nsecret_id = AKIDsdkprod0\nsecret_key = sdk-prod-key\n";

struct Case {
    env: HashMap<&'static str, &'static str>,
    home: tempfile::TempDir,
    profile: &'static str,
    explicit: bool,
    cvm: bool,
    metadata: String,
    region_given: bool,
}

impl Case {
    fn new() -> Case {
        Case {
            env: HashMap::new(),
            home: tempfile::tempdir().unwrap(),
            profile: "default",
            explicit: false,
            cvm: false,
            metadata: "http://127.0.0.1:9/unused/".to_string(),
            region_given: false,
        }
    }

    fn env(mut self, name: &'static str, value: &'static str) -> Case {
        self.env.insert(name, value);
        self
    }

    fn env_keys(self) -> Case {
        self.env("TENCENTCLOUD_SECRET_ID", "AKIDenv000000")
            .env("TENCENTCLOUD_SECRET_KEY", "env-key")
    }

    fn file(self, relative: &str, text: &str) -> Case {
        let path = self.home.path().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        set_mode(&path, 0o600);
        self
    }

    fn profile(mut self, name: &'static str, explicit: bool) -> Case {
        self.profile = name;
        self.explicit = explicit;
        self
    }

    fn resolve(&self) -> Result<Resolved, Box<Unresolved>> {
        let env = |name: &str| self.env.get(name).map(|v| v.to_string());
        resolve(&Sources {
            env: &env,
            home: Some(self.home.path().to_path_buf()),
            profile: self.profile.to_string(),
            profile_explicit: self.explicit,
            use_cvm_role: self.cvm,
            metadata_base: self.metadata.clone(),
            region_given: self.region_given,
        })
    }

    fn id(&self) -> String {
        match self.resolve() {
            Ok(r) => r.credentials.secret_id,
            Err(u) => panic!("unresolved: {}", u.error),
        }
    }
}

fn set_mode(path: &Path, mode: u32) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
}

/// A metadata service answering the role listing and that role's credentials.
fn metadata_server(role: &'static str, document: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!(
        "http://{}/latest/meta-data/cam/security-credentials/",
        listener.local_addr().unwrap()
    );
    std::thread::spawn(move || {
        for stream in listener.incoming().take(8) {
            let Ok(mut stream) = stream else { continue };
            let mut first = String::new();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            reader.read_line(&mut first).unwrap();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap() == 0 || line == "\r\n" {
                    break;
                }
            }
            let path = first.split(' ').nth(1).unwrap_or("");
            let (status, body) = if path.ends_with("security-credentials/") {
                ("200 OK", role)
            } else if path.ends_with(&format!("security-credentials/{role}")) {
                ("200 OK", document)
            } else {
                ("404 Not Found", "")
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    base
}

const ROLE_DOC: &str = r#"{"TmpSecretId":"AKIDrole0000","TmpSecretKey":"role-key","Token":"role-token","ExpiredTime":1,"Code":"Success"}"#;

#[test]
fn the_environment_comes_first() {
    let case = Case::new()
        .env_keys()
        .file(".tccli/default.credential", TCCLI)
        .file(".tencentcloud/credentials", SDK);
    let r = case.resolve().unwrap();
    assert_eq!(r.credentials.secret_id, "AKIDenv000000");
    assert_eq!(r.kind, SourceKind::Environment);
    assert_eq!(r.credentials.token, None);
    assert_eq!(r.looked.len(), 1, "{:?}", r.looked);
}

#[test]
fn the_session_token_or_tcclis_token_variable_goes_with_env_keys() {
    let case = Case::new().env_keys().env("TENCENTCLOUD_TOKEN", "tok-b");
    let r = case.resolve().unwrap();
    assert_eq!(r.credentials.token.unwrap().expose(), "tok-b");
    assert!(r.credentials.source.contains("TENCENTCLOUD_TOKEN"));
    let case = case.env("TENCENTCLOUD_SESSION_TOKEN", "tok-a");
    assert_eq!(
        case.resolve().unwrap().credentials.token.unwrap().expose(),
        "tok-a"
    );
}

#[test]
fn half_set_environment_is_an_error() {
    let case = Case::new()
        .env("TENCENTCLOUD_SECRET_ID", "AKIDenv000000")
        .file(".tccli/default.credential", TCCLI);
    let u = case.resolve().unwrap_err();
    assert_eq!(u.error.exit_code(), 6);
    assert!(
        u.error
            .to_string()
            .contains("TENCENTCLOUD_SECRET_KEY is not")
    );
}

#[test]
fn an_explicit_profile_ignores_the_environment() {
    let case = Case::new()
        .env_keys()
        .file(".tccli/default.credential", TCCLI)
        .profile("default", true);
    assert_eq!(case.id(), "AKIDtccli0000");
    // BATCHCTL_PROFILE is not explicit: the environment still wins.
    let case = case.profile("default", false);
    assert_eq!(case.id(), "AKIDenv000000");
}

#[test]
fn tccli_comes_before_the_sdk_file_which_comes_before_nothing() {
    let case = Case::new()
        .file(".tccli/default.credential", TCCLI)
        .file(".tencentcloud/credentials", SDK);
    let r = case.resolve().unwrap();
    assert_eq!(r.credentials.secret_id, "AKIDtccli0000");
    assert_eq!(
        r.credentials.token.as_ref().unwrap().expose(),
        "tccli-token"
    );
    assert_eq!(r.kind, SourceKind::TccliProfile);

    let case = Case::new().file(".tencentcloud/credentials", SDK);
    let r = case.resolve().unwrap();
    assert_eq!(
        (r.credentials.secret_id.as_str(), r.kind),
        ("AKIDsdk00000", SourceKind::SdkFile)
    );
    assert_eq!(r.looked.len(), 3, "{:?}", r.looked);
}

#[test]
fn the_profile_picks_the_files_and_the_section() {
    let case = Case::new()
        .file(".tccli/default.credential", TCCLI)
        .file(".tencentcloud/credentials", SDK)
        .profile("prod", false);
    assert_eq!(case.id(), "AKIDsdkprod0");
    let case = case.file(
        ".tccli/prod.credential",
        r#"{"secretId":"AKIDtccliprod","secretKey":"k"}"#,
    );
    assert_eq!(case.id(), "AKIDtccliprod");
}

#[test]
fn nothing_found_lists_every_place_looked() {
    let case = Case::new()
        .file(".tencentcloud/credentials", SDK)
        .profile("staging", true);
    let u = case.resolve().unwrap_err();
    assert!(u.none_found);
    assert_eq!(u.error.exit_code(), 6);
    let message = u.error.to_string();
    let home = case.home.path().display().to_string();
    for needle in [
        "profile 'staging'",
        "TENCENTCLOUD_SECRET_ID",
        &format!("{home}/.tccli/staging.credential: not found"),
        &format!("{home}/.tencentcloud/credentials: no [staging] section"),
        "--use-cvm-role",
    ] {
        assert!(message.contains(needle), "missing {needle:?} in {message}");
    }
    assert_eq!(u.looked.len(), 4);
}

#[test]
fn without_home_the_files_are_skipped_and_that_is_said() {
    let env = |_: &str| None;
    let u = resolve(&Sources {
        env: &env,
        home: None,
        profile: "default".into(),
        profile_explicit: false,
        use_cvm_role: false,
        metadata_base: cvm::DEFAULT_BASE.into(),
        region_given: false,
    })
    .unwrap_err();
    assert!(
        u.error.to_string().contains("HOME is not set"),
        "{}",
        u.error
    );
}

#[test]
fn a_broken_file_stops_the_chain_naming_the_file_not_its_content() {
    let broken = r#"{"secretId": "AKIDx", "secretKey": "BROKENSECRET",}"#;
    let case = Case::new()
        .file(".tccli/default.credential", broken)
        .file(".tencentcloud/credentials", SDK);
    let u = case.resolve().unwrap_err();
    let message = u.error.to_string();
    assert!(!u.none_found);
    assert_eq!(u.error.exit_code(), 6);
    assert!(
        message.contains("default.credential") && message.contains("not valid JSON at line 1"),
        "{message}"
    );
    assert!(!message.contains("BROKENSECRET"), "{message}");

    let case = Case::new().file(".tencentcloud/credentials", "[default]\nsecret_id = a\n");
    let message = case.resolve().unwrap_err().error.to_string();
    assert!(
        message.contains(".tencentcloud/credentials") && message.contains("no secret_key"),
        "{message}"
    );
}

#[cfg(unix)]
#[test]
fn a_credential_file_readable_by_others_warns_but_works() {
    let case = Case::new().file(".tccli/default.credential", TCCLI);
    assert!(case.resolve().unwrap().warnings.is_empty());
    let path = case.home.path().join(".tccli/default.credential");
    for mode in [0o644, 0o640, 0o604] {
        set_mode(&path, mode);
        let r = case.resolve().unwrap();
        assert_eq!(r.credentials.secret_id, "AKIDtccli0000");
        assert_eq!(r.warnings.len(), 1, "{mode:o}");
        assert!(
            r.warnings[0].contains(&format!("{mode:04o}")) && r.warnings[0].contains("chmod 600")
        );
    }
}

#[test]
fn the_region_comes_from_the_profiles_configure_file_unless_one_was_given() {
    let mut case = Case::new()
        .env_keys()
        .file(
            ".tccli/default.configure",
            r#"{"_sys_param": {"region": "ap-nanjing"}}"#,
        )
        .file(
            ".tccli/prod.configure",
            r#"{"_sys_param": {"region": "ap-beijing"}}"#,
        );
    let r = case.resolve().unwrap();
    let region = r.region.unwrap();
    assert_eq!(region.region, "ap-nanjing");
    assert!(region.file.ends_with(".tccli/default.configure"));
    case.profile = "prod";
    assert_eq!(case.resolve().unwrap().region.unwrap().region, "ap-beijing");
    case.region_given = true;
    assert_eq!(case.resolve().unwrap().region, None);
}

#[test]
fn a_broken_configure_file_is_an_error_only_when_its_region_is_needed() {
    let mut case = Case::new()
        .env_keys()
        .file(".tccli/default.configure", "{\"_sys_param\": ");
    let message = case.resolve().unwrap_err().error.to_string();
    assert!(
        message.contains("default.configure") && message.contains("--region"),
        "{message}"
    );
    case.region_given = true;
    assert!(case.resolve().is_ok());
}

#[test]
fn use_cvm_role_takes_the_instance_role_and_nothing_else() {
    let mut case = Case::new()
        .env_keys()
        .file(".tccli/default.credential", TCCLI);
    case.cvm = true;
    case.metadata = metadata_server("batch-runner", ROLE_DOC);
    let r = case.resolve().unwrap();
    assert_eq!(r.kind, SourceKind::CvmRole);
    assert_eq!(r.credentials.secret_id, "AKIDrole0000");
    assert_eq!(r.credentials.secret_key.expose(), "role-key");
    assert_eq!(r.credentials.token.unwrap().expose(), "role-token");
    assert!(r.credentials.source.contains("'batch-runner'"));
}

#[test]
fn a_tccli_profile_of_type_cvm_role_takes_the_instance_role() {
    let mut case = Case::new().file(".tccli/default.credential", r#"{"type": "cvm-role"}"#);
    case.metadata = metadata_server("r1", ROLE_DOC);
    let r = case.resolve().unwrap();
    assert_eq!(r.kind, SourceKind::CvmRole);
    assert!(
        r.credentials.source.contains("cvm-role"),
        "{}",
        r.credentials.source
    );
}

#[test]
fn no_role_bound_is_a_clear_credentials_error() {
    let mut case = Case::new();
    case.cvm = true;
    case.metadata = metadata_server("", ROLE_DOC);
    let u = case.resolve().unwrap_err();
    assert_eq!(u.error.exit_code(), 6);
    assert!(
        u.error.to_string().contains("no CAM role is bound"),
        "{}",
        u.error
    );
}

#[test]
fn debug_of_everything_resolved_hides_the_secrets() {
    let case = Case::new().file(".tccli/default.credential", TCCLI);
    let shown = format!("{:?}", case.resolve().unwrap());
    assert!(shown.contains("AKIDtccli0000"));
    assert!(
        !shown.contains("tccli-key") && !shown.contains("tccli-token"),
        "{shown}"
    );
}

#[test]
fn mask_id_keeps_only_the_ends() {
    assert_eq!(mask_id("AKIDEXAMPLE1234567"), "AKID****4567");
    assert_eq!(mask_id("short"), "*****");
}
