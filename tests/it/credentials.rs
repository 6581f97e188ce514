//! The credential chain and `config show`, end to end: a temporary HOME holding tccli and
//! SDK files (with their modes), environment combinations for each precedence rule, a
//! small fake metadata service for the CVM role, and the emulator checking what arrives
//! (SecretId, `X-TC-Token`, `X-TC-Region`). Secrets must never show, in any mode, and
//! HOME must be left exactly as it was.

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::common::*;
use batch_emulator::{DEMO_TEMP_SECRET_ID, DEMO_TEMP_SECRET_KEY, DEMO_TEMP_TOKEN};
use serde_json::Value;

// ---- helpers ---------------------------------------------------------------------------

/// An emulator serving one job, so every command is one request with no paging note, and
/// no throttling, so every request is logged once.
fn emulator() -> Emulator {
    Emulator::with_jobs(&many_jobs(1), &["--rate-limit", "0"])
}

/// No warning or error on stderr (notes such as "no jobs found" may be there).
fn assert_no_warning(out: &std::process::Output) {
    let err = stderr_of(out);
    assert!(!err.contains("warning") && !err.contains("error"), "{err}");
}

/// A temporary HOME with credential files written at a mode.
struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    fn new() -> Home {
        Home {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn write(&self, relative: &str, text: &str, mode: u32) -> PathBuf {
        let path = self.path().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        set_mode(&path, mode);
        path
    }

    fn tccli(&self, profile: &str, id: &str, key: &str, token: Option<&str>) -> PathBuf {
        let doc = match token {
            Some(t) => serde_json::json!({"secretId": id, "secretKey": key, "token": t}),
            None => serde_json::json!({"secretId": id, "secretKey": key}),
        };
        self.write(
            &format!(".tccli/{profile}.credential"),
            &serde_json::to_string_pretty(&doc).unwrap(),
            0o600,
        )
    }

    fn configure(&self, profile: &str, region: &str) {
        let doc = serde_json::json!({
            "_sys_param": {"arrayCount": 10, "output": "json", "region": region, "warning": "off"},
            "batch": {"endpoint": "batch.tencentcloudapi.com", "version": "2017-03-12"}
        });
        self.write(
            &format!(".tccli/{profile}.configure"),
            &serde_json::to_string_pretty(&doc).unwrap(),
            0o644,
        );
    }

    fn sdk(&self, text: &str) -> PathBuf {
        self.write(".tencentcloud/credentials", text, 0o600)
    }

    /// `batchctl` with this HOME, a clean environment, pointed at `emu`.
    fn cmd(&self, emu: &Emulator) -> assert_cmd::Command {
        let mut cmd = batchctl(self.path());
        cmd.env("BATCHCTL_ENDPOINT", &emu.endpoint);
        cmd
    }

    /// Every path under HOME with its kind, size, mode and mtime.
    fn snapshot(&self) -> BTreeMap<PathBuf, (bool, u64, u32, SystemTime)> {
        let mut all = BTreeMap::new();
        let mut stack = vec![self.path().to_path_buf()];
        while let Some(dir) = stack.pop() {
            let meta = std::fs::symlink_metadata(&dir).unwrap();
            all.insert(dir.clone(), entry(&meta));
            for item in std::fs::read_dir(&dir).unwrap() {
                let path = item.unwrap().path();
                let meta = std::fs::symlink_metadata(&path).unwrap();
                if meta.is_dir() {
                    stack.push(path);
                } else {
                    all.insert(path, entry(&meta));
                }
            }
        }
        all
    }
}

fn entry(meta: &std::fs::Metadata) -> (bool, u64, u32, SystemTime) {
    (
        meta.is_dir(),
        meta.len(),
        mode_of(meta),
        meta.modified().unwrap(),
    )
}

#[cfg(unix)]
fn mode_of(meta: &std::fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode()
}

#[cfg(not(unix))]
fn mode_of(_: &std::fs::Metadata) -> u32 {
    0
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

fn sdk_ini(profile: &str, id: &str, key: &str, token: Option<&str>) -> String {
    let mut text = format!("[{profile}]\nsecret_id = {id}\nsecret_key = {key}\n");
    if let Some(t) = token {
        text.push_str(&format!("token = {t}\n"));
    }
    text
}

/// The emulator's log line of the only request, asserting it was accepted.
fn only_request(emu: &Emulator) -> Value {
    let requests = emu.requests();
    assert_eq!(requests.len(), 1, "{requests:?}");
    let r = requests.into_iter().next().unwrap();
    assert_eq!(r["outcome"], "ok", "{r}");
    r
}

fn run_ok(cmd: &mut assert_cmd::Command) -> std::process::Output {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        stdout_of(&out),
        stderr_of(&out)
    );
    out
}

/// A fake instance metadata service: the role listing at the base, that role's
/// temporary credentials below it, 404 elsewhere. Bound before it is returned, so the
/// port is open.
struct Metadata {
    base: String,
    _server: FakeServer,
}

impl Metadata {
    fn start(role: &'static str, document: String) -> Metadata {
        let server = FakeServer::new()
            .answer(move |req, _| {
                let base = "/latest/meta-data/cam/security-credentials/";
                if req.target == base {
                    Answer::Text(200, role.to_string())
                } else if req.target == format!("{base}{role}") {
                    Answer::Text(200, document.clone())
                } else {
                    Answer::Text(404, "not found".to_string())
                }
            })
            .start();
        Metadata {
            base: format!(
                "{}/latest/meta-data/cam/security-credentials/",
                server.endpoint
            ),
            _server: server,
        }
    }

    /// The emulator's temporary demo credentials, as the service would answer them.
    fn demo(role: &'static str) -> Metadata {
        Metadata::start(
            role,
            serde_json::json!({
                "TmpSecretId": DEMO_TEMP_SECRET_ID,
                "TmpSecretKey": DEMO_TEMP_SECRET_KEY,
                "ExpiredTime": 4102444800u64,
                "Expiration": "2100-01-01T00:00:00Z",
                "Token": DEMO_TEMP_TOKEN,
                "Code": "Success"
            })
            .to_string(),
        )
    }
}

// ---- the chain, in order ---------------------------------------------------------------

#[test]
fn environment_keys_and_session_token_reach_the_service() {
    let emu = emulator();
    let home = Home::new();
    for token_var in ["TENCENTCLOUD_SESSION_TOKEN", "TENCENTCLOUD_TOKEN"] {
        run_ok(
            home.cmd(&emu)
                .env("TENCENTCLOUD_SECRET_ID", DEMO_TEMP_SECRET_ID)
                .env("TENCENTCLOUD_SECRET_KEY", DEMO_TEMP_SECRET_KEY)
                .env(token_var, DEMO_TEMP_TOKEN)
                .args(["-o", "json", "jobs", "describe"]),
        );
    }
    let requests = emu.requests();
    assert_eq!(requests.len(), 2);
    for r in requests {
        assert_eq!(
            (&r["secret_id"], &r["token"], &r["outcome"]),
            (
                &Value::from(DEMO_TEMP_SECRET_ID),
                &Value::from(true),
                &Value::from("ok")
            )
        );
    }
}

#[test]
fn the_environment_outranks_the_profile_files() {
    let emu = emulator();
    let home = Home::new();
    home.tccli("default", "AKIDfromtcclifile000000", "tccli-file-key", None);
    home.sdk(&sdk_ini(
        "default",
        "AKIDfromsdkfile00000000",
        "sdk-key",
        None,
    ));
    run_ok(
        home.cmd(&emu)
            .env("TENCENTCLOUD_SECRET_ID", DEMO_ID)
            .env("TENCENTCLOUD_SECRET_KEY", DEMO_KEY)
            .args(["jobs", "describe"]),
    );
    assert_eq!(only_request(&emu)["secret_id"], DEMO_ID);
}

#[test]
fn a_tccli_profile_works_with_no_other_setup_token_and_region_included() {
    let emu = emulator();
    let home = Home::new();
    home.tccli(
        "default",
        DEMO_TEMP_SECRET_ID,
        DEMO_TEMP_SECRET_KEY,
        Some(DEMO_TEMP_TOKEN),
    );
    home.configure("default", "ap-shanghai");
    home.sdk(&sdk_ini(
        "default",
        "AKIDfromsdkfile00000000",
        "sdk-key",
        None,
    ));
    let out = run_ok(home.cmd(&emu).args(["jobs", "describe"]));
    assert_no_warning(&out);
    let r = only_request(&emu);
    assert_eq!(r["secret_id"], DEMO_TEMP_SECRET_ID);
    assert_eq!(r["token"], true);
    assert_eq!(r["region"], "ap-shanghai");
}

#[test]
fn the_sdk_credentials_file_is_used_when_there_is_no_tccli_profile() {
    let emu = emulator();
    let home = Home::new();
    home.sdk(&format!(
        "# written by hand\n{}\n{}",
        sdk_ini("default", DEMO_ID, DEMO_KEY, None),
        sdk_ini(
            "temp",
            DEMO_TEMP_SECRET_ID,
            DEMO_TEMP_SECRET_KEY,
            Some(DEMO_TEMP_TOKEN)
        )
    ));
    run_ok(home.cmd(&emu).args(["jobs", "describe"]));
    run_ok(
        home.cmd(&emu)
            .args(["--profile", "temp", "jobs", "describe"]),
    );
    let requests = emu.requests();
    assert_eq!(requests[0]["secret_id"], DEMO_ID);
    assert_eq!(requests[0]["token"], false);
    assert_eq!(requests[1]["secret_id"], DEMO_TEMP_SECRET_ID);
    assert_eq!(requests[1]["token"], true);
    assert!(requests.iter().all(|r| r["outcome"] == "ok"));
}

#[test]
fn an_explicit_profile_ignores_the_environment_but_batchctl_profile_does_not() {
    let emu = emulator();
    let home = Home::new();
    home.tccli(
        "prod",
        DEMO_TEMP_SECRET_ID,
        DEMO_TEMP_SECRET_KEY,
        Some(DEMO_TEMP_TOKEN),
    );
    let with_env = |cmd: &mut assert_cmd::Command| {
        cmd.env("TENCENTCLOUD_SECRET_ID", DEMO_ID)
            .env("TENCENTCLOUD_SECRET_KEY", DEMO_KEY);
    };
    // --profile on the command line: the profile's file, not the environment.
    let mut cmd = home.cmd(&emu);
    with_env(&mut cmd);
    run_ok(cmd.args(["jobs", "describe", "--profile", "prod"]));
    // BATCHCTL_PROFILE picks the profile, but the environment's keys still come first.
    let mut cmd = home.cmd(&emu);
    with_env(&mut cmd);
    run_ok(
        cmd.env("BATCHCTL_PROFILE", "prod")
            .args(["jobs", "describe"]),
    );
    // BATCHCTL_PROFILE alone: the profile's file.
    run_ok(
        home.cmd(&emu)
            .env("BATCHCTL_PROFILE", "prod")
            .args(["jobs", "describe"]),
    );

    let ids: Vec<Value> = emu
        .requests()
        .iter()
        .map(|r| r["secret_id"].clone())
        .collect();
    assert_eq!(ids, [DEMO_TEMP_SECRET_ID, DEMO_ID, DEMO_TEMP_SECRET_ID]);
}

#[test]
fn region_precedence_is_flag_then_env_then_profile_then_none() {
    let emu = emulator();
    let home = Home::new();
    home.tccli("default", DEMO_ID, DEMO_KEY, None);
    home.configure("default", "ap-shanghai");
    home.configure("prod", "ap-chengdu");
    home.tccli("prod", DEMO_ID, DEMO_KEY, None);
    let runs: Vec<(Vec<&str>, Option<&str>, Value)> = vec![
        (
            vec!["--region", "ap-beijing"],
            Some("ap-guangzhou"),
            "ap-beijing".into(),
        ),
        (vec![], Some("ap-guangzhou"), "ap-guangzhou".into()),
        (vec![], None, "ap-shanghai".into()),
        (vec!["--profile", "prod"], None, "ap-chengdu".into()),
    ];
    for (args, env_region, _) in &runs {
        let mut cmd = home.cmd(&emu);
        if let Some(r) = env_region {
            cmd.env("TENCENTCLOUD_REGION", r);
        }
        run_ok(cmd.args(args).args(["jobs", "describe"]));
    }
    let seen: Vec<Value> = emu.requests().iter().map(|r| r["region"].clone()).collect();
    let wanted: Vec<Value> = runs.into_iter().map(|(_, _, w)| w).collect();
    assert_eq!(seen, wanted);

    // No region anywhere: no X-TC-Region header at all.
    let bare = Home::new();
    bare.tccli("default", DEMO_ID, DEMO_KEY, None);
    let out = run_ok(bare.cmd(&emu).args(["--dry-run", "jobs", "describe"]));
    assert!(
        !stdout_of(&out).contains("X-TC-Region"),
        "{}",
        stdout_of(&out)
    );
    run_ok(bare.cmd(&emu).args(["jobs", "describe"]));
    assert_eq!(emu.requests().last().unwrap()["region"], Value::Null);
}

#[test]
fn use_cvm_role_takes_the_instance_roles_temporary_credentials() {
    let emu = emulator();
    let metadata = Metadata::demo("batch-runner");
    let home = Home::new();
    // Other sources exist, but --use-cvm-role asks for the instance role.
    home.tccli("default", DEMO_ID, DEMO_KEY, None);
    let out = run_ok(
        home.cmd(&emu)
            .env("BATCHCTL_METADATA_ENDPOINT", &metadata.base)
            .env("TENCENTCLOUD_SECRET_ID", DEMO_ID)
            .env("TENCENTCLOUD_SECRET_KEY", DEMO_KEY)
            .args([
                "--use-cvm-role",
                "--region",
                "ap-guangzhou",
                "jobs",
                "describe",
            ]),
    );
    assert_no_warning(&out);
    let r = only_request(&emu);
    assert_eq!(r["secret_id"], DEMO_TEMP_SECRET_ID);
    assert_eq!(r["token"], true);
    assert_eq!(r["region"], "ap-guangzhou");
}

#[test]
fn a_tccli_profile_of_type_cvm_role_uses_the_instance_role() {
    let emu = emulator();
    let metadata = Metadata::demo("tccli-role");
    let home = Home::new();
    home.write(
        ".tccli/default.credential",
        r#"{"type": "cvm-role"}"#,
        0o600,
    );
    home.configure("default", "ap-nanjing");
    run_ok(
        home.cmd(&emu)
            .env("BATCHCTL_METADATA_ENDPOINT", &metadata.base)
            .args(["jobs", "describe"]),
    );
    let r = only_request(&emu);
    assert_eq!(
        (&r["secret_id"], &r["token"]),
        (&Value::from(DEMO_TEMP_SECRET_ID), &Value::from(true))
    );
    assert_eq!(r["region"], "ap-nanjing");
}

#[test]
fn an_unreachable_or_silent_metadata_service_fails_fast_with_exit_6() {
    let home = Home::new();
    // Nothing listens on a port that was just free.
    let free = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    // This one accepts connections and never answers.
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_addr = silent.local_addr().unwrap();
    // The silent one never answers: a command that ends at all, saying why, was ended by
    // the lookup's own bound (the 120 s limit is only a safety net against one that never
    // ends).
    for (base, why) in [
        (
            format!("http://{free}/latest/meta-data/cam/security-credentials/"),
            &["cannot be reached"][..],
        ),
        (
            format!("http://{silent_addr}/latest/meta-data/cam/security-credentials/"),
            &["gave no complete answer within", "did not answer in time"][..],
        ),
    ] {
        let out = batchctl(home.path())
            .env("BATCHCTL_METADATA_ENDPOINT", &base)
            .args(["--use-cvm-role", "jobs", "describe"])
            .timeout(Duration::from_secs(120))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(6), "{}", stderr_of(&out));
        let err = stderr_of(&out);
        assert!(
            err.starts_with("batchctl: error:") && err.contains("metadata"),
            "{err}"
        );
        assert!(why.iter().any(|w| err.contains(w)), "{err}");
    }
    drop(silent);
}

#[test]
fn no_role_bound_says_so() {
    let metadata = Metadata::start("", String::new());
    let home = Home::new();
    let out = batchctl(home.path())
        .env("BATCHCTL_METADATA_ENDPOINT", &metadata.base)
        .args(["--use-cvm-role", "jobs", "describe"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    assert!(
        stderr_of(&out).contains("no CAM role is bound"),
        "{}",
        stderr_of(&out)
    );
}

// ---- errors and warnings -----------------------------------------------------------------

#[test]
fn no_credentials_anywhere_exits_6_listing_every_place_looked() {
    let home = Home::new();
    let out = batchctl(home.path())
        .args(["jobs", "describe"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    let err = stderr_of(&out);
    let h = home.path().display().to_string();
    for needle in [
        "batchctl: error: no credentials found for profile 'default'",
        "TENCENTCLOUD_SECRET_ID",
        &format!("{h}/.tccli/default.credential: not found"),
        &format!("{h}/.tencentcloud/credentials: not found"),
        "--use-cvm-role",
        "config show",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
}

#[test]
fn without_home_the_files_are_skipped_and_the_environment_still_works() {
    let emu = emulator();
    let home = Home::new();
    let out = batchctl(home.path())
        .env_remove("HOME")
        .args(["jobs", "describe"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    assert!(
        stderr_of(&out).contains("HOME is not set"),
        "{}",
        stderr_of(&out)
    );
    run_ok(emu.cmd().env_remove("HOME").args(["jobs", "describe"]));
}

#[test]
fn malformed_credential_files_exit_6_naming_the_file_and_the_problem_not_the_secret() {
    const SECRET: &str = "MalformedFileSecret0123456789";
    let cases: Vec<(&str, String, &str)> = vec![
        (
            ".tccli/default.credential",
            format!(
                "{{\n  \"secretId\": \"AKIDx\",\n  \"secretKey\": \"{SECRET}\"\n  \"token\": \"t\"\n}}"
            ),
            "not valid JSON at line 4",
        ),
        (
            ".tccli/default.credential",
            format!("{{\"secretId\": \"AKIDx\", \"secretKey\": {SECRET}}}"),
            "not valid JSON at line 1",
        ),
        (
            ".tccli/default.credential",
            "{\"secretId\": \"AKIDx\"}".to_string(),
            "secretKey is missing",
        ),
        (
            ".tccli/default.credential",
            format!("{{\"secretKey\": \"{SECRET}\""),
            "ends early",
        ),
        (
            ".tencentcloud/credentials",
            format!("[default]\nsecret_id = AKIDx\n{SECRET}\n"),
            "line 3",
        ),
        (
            ".tencentcloud/credentials",
            format!("[default]\nsecret_key = {SECRET}\n"),
            "no secret_id",
        ),
    ];
    for (file, text, problem) in cases {
        let home = Home::new();
        let path = home.write(file, &text, 0o600);
        let out = batchctl(home.path())
            .args(["jobs", "describe"])
            .output()
            .unwrap();
        let err = stderr_of(&out);
        assert_eq!(out.status.code(), Some(6), "{err}");
        assert!(err.starts_with("batchctl: error:"), "{err}");
        assert!(err.contains(&path.display().to_string()), "{err}");
        assert!(err.contains(problem), "missing {problem:?} in {err}");
        assert!(
            !err.contains(SECRET) && !stdout_of(&out).contains(SECRET),
            "{err}"
        );
    }
}

#[test]
fn an_unreadable_credential_file_exits_6_naming_it() {
    let home = Home::new();
    // A directory where the file should be (a permission test would not hold as root).
    std::fs::create_dir_all(home.path().join(".tccli/default.credential")).unwrap();
    let out = batchctl(home.path())
        .args(["jobs", "describe"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    let err = stderr_of(&out);
    assert!(
        err.contains("default.credential") && err.contains("directory"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_credential_file_readable_by_others_warns_unless_quiet_and_still_works() {
    let emu = emulator();
    let home = Home::new();
    let tccli = home.tccli("default", DEMO_ID, DEMO_KEY, None);
    let out = run_ok(home.cmd(&emu).args(["jobs", "describe"]));
    assert_no_warning(&out);

    set_mode(&tccli, 0o644);
    let out = run_ok(home.cmd(&emu).args(["jobs", "describe"]));
    let err = stderr_of(&out);
    assert!(err.starts_with("batchctl: warning: "), "{err}");
    assert!(
        err.contains(&tccli.display().to_string())
            && err.contains("0644")
            && err.contains("chmod 600"),
        "{err}"
    );

    let out = run_ok(home.cmd(&emu).args(["-q", "jobs", "describe"]));
    assert!(
        stderr_of(&out).is_empty(),
        "-q silences it: {}",
        stderr_of(&out)
    );

    // The SDK file too, when it is the one read.
    std::fs::remove_file(&tccli).unwrap();
    let sdk = home.sdk(&sdk_ini("default", DEMO_ID, DEMO_KEY, None));
    set_mode(&sdk, 0o640);
    let out = run_ok(home.cmd(&emu).args(["jobs", "describe"]));
    assert!(stderr_of(&out).contains("batchctl: warning: ") && stderr_of(&out).contains("0640"));
    assert_eq!(emu.requests().len(), 4);
}

#[test]
fn emulator_mode_ignores_the_chain() {
    let home = Home::new();
    home.write(".tccli/default.credential", "{broken", 0o644);
    let out = run_ok(
        batchctl(home.path())
            .env("TENCENTCLOUD_SECRET_ID", "AKIDnotusedbyemulator00")
            .args(["--emulator", "-o", "json", "jobs", "describe"]),
    );
    assert_no_warning(&out);
    let out = run_ok(batchctl(home.path()).args(["--emulator", "-o", "json", "config", "show"]));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["credential_kind"], "emulator");
    assert_eq!(v["endpoint_from"], "--emulator");
}

#[test]
fn a_profile_name_cannot_reach_outside_the_config_directories() {
    let home = Home::new();
    let out = batchctl(home.path())
        .args(["--profile", "../../etc/passwd", "config", "show"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
}

// ---- config show -----------------------------------------------------------------------

#[test]
fn config_show_names_source_profile_region_and_endpoint_with_a_masked_id() {
    let home = Home::new();
    home.tccli(
        "default",
        "AKIDtccliexample0000wxyz",
        "config-show-key",
        Some("config-show-token"),
    );
    home.configure("default", "ap-shanghai");
    let out = run_ok(batchctl(home.path()).args(["config", "show"]));
    let text = stdout_of(&out);
    let h = home.path().display().to_string();
    for line in [
        format!("credentials: tccli profile 'default' ({h}/.tccli/default.credential)"),
        "secret_id:   AKID****wxyz".to_string(),
        "token:       yes (not shown)".to_string(),
        "profile:     default (the default)".to_string(),
        format!("region:      ap-shanghai (from {h}/.tccli/default.configure)"),
        "endpoint:    https://batch.tencentcloudapi.com/ (the default)".to_string(),
        "looked:      environment (TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY): not set"
            .to_string(),
        format!("             {h}/.tccli/default.credential: used"),
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "missing line {line:?} in:\n{text}"
        );
    }
    assert!(!text.contains("AKIDtccliexample0000wxyz"));

    let out = run_ok(
        batchctl(home.path())
            .env("BATCHCTL_ENDPOINT", "batch.ap-shanghai.tencentcloudapi.com")
            .env("TENCENTCLOUD_REGION", "ap-beijing")
            .args(["-o", "json", "--profile", "default", "config", "show"]),
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.is_object());
    assert_eq!(v["credential_kind"], "tccli-profile");
    assert_eq!(v["secret_id"], "AKID****wxyz");
    assert_eq!(v["token"], true);
    assert_eq!(
        (&v["profile"], &v["profile_from"]),
        (&Value::from("default"), &Value::from("--profile"))
    );
    assert_eq!(
        (&v["region"], &v["region_from"]),
        (
            &Value::from("ap-beijing"),
            &Value::from("TENCENTCLOUD_REGION")
        )
    );
    assert_eq!(
        v["endpoint"],
        "https://batch.ap-shanghai.tencentcloudapi.com/"
    );
    assert_eq!(v["endpoint_from"], "BATCHCTL_ENDPOINT");
    assert_eq!(v["error"], Value::Null);
}

#[test]
fn config_show_tells_env_and_cvm_role_sources_apart() {
    let home = Home::new();
    let out = run_ok(
        batchctl(home.path())
            .env("TENCENTCLOUD_SECRET_ID", "AKIDenvironment000001234")
            .env("TENCENTCLOUD_SECRET_KEY", "k")
            .env("BATCHCTL_PROFILE", "ops")
            .args(["-o", "json", "--region", "ap-guangzhou", "config", "show"]),
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["credential_kind"], "environment");
    assert_eq!(v["token"], false);
    assert_eq!(v["profile_from"], "BATCHCTL_PROFILE");
    assert_eq!(v["region_from"], "--region");

    let metadata = Metadata::demo("batch-runner");
    let out = run_ok(
        batchctl(home.path())
            .env("BATCHCTL_METADATA_ENDPOINT", &metadata.base)
            .args(["--use-cvm-role", "config", "show"]),
    );
    let text = stdout_of(&out);
    assert!(
        text.contains("credentials: CVM instance role 'batch-runner'"),
        "{text}"
    );
    assert!(text.contains("token:       yes (not shown)"), "{text}");
}

#[test]
fn config_show_without_credentials_says_none_found_and_where_it_looked_then_exits_6() {
    let home = Home::new();
    home.configure("default", "ap-shanghai");
    let out = batchctl(home.path())
        .args(["config", "show"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    let text = stdout_of(&out);
    let h = home.path().display().to_string();
    assert!(
        text.lines().any(|l| l == "credentials: none found"),
        "{text}"
    );
    assert!(
        text.contains(&format!("{h}/.tccli/default.credential: not found")),
        "{text}"
    );
    assert!(
        text.contains(&format!("{h}/.tencentcloud/credentials: not found")),
        "{text}"
    );
    assert!(text.contains("region:      ap-shanghai"), "{text}");
    assert!(stderr_of(&out).starts_with("batchctl: error: no credentials found"));

    let out = batchctl(home.path())
        .args(["-o", "json", "config", "show"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["credentials"], Value::Null);
    assert_eq!(v["looked"].as_array().unwrap().len(), 4);
    assert!(
        v["error"]
            .as_str()
            .unwrap()
            .contains("no credentials found")
    );
}

// ---- secret hygiene ----------------------------------------------------------------------

const KEY: &str = "HygieneSecretKeyValue0123456789";
const TOKEN: &str = "HygieneSessionTokenValue9876543210";

#[test]
fn secrets_never_appear_in_any_mode_and_home_is_left_untouched() {
    let emu = emulator();
    let metadata = Metadata::start(
        "leaky-role",
        serde_json::json!({"TmpSecretId": "AKIDhygienerole00000", "TmpSecretKey": KEY,
                           "Token": TOKEN, "Code": "Success"})
        .to_string(),
    );
    let home = Home::new();
    home.tccli("default", "AKIDhygienetccli0000", KEY, Some(TOKEN));
    home.sdk(&sdk_ini("sdk", "AKIDhygienesdk000000", KEY, Some(TOKEN)));
    home.write(
        ".tccli/broken.credential",
        &format!("{{\"secretId\": \"AKIDx\", \"secretKey\": \"{KEY}\", \"token\": {TOKEN}}}"),
        0o644,
    );
    home.write(
        ".tccli/halfkey.credential",
        &format!("{{\"secretKey\": \"{KEY}\"}}"),
        0o600,
    );
    home.configure("default", "ap-guangzhou");
    // Read-only, as far as the mode goes (root bypasses it; the snapshot is the check).
    set_mode(&home.path().join(".tccli"), 0o500);
    set_mode(&home.path().join(".tencentcloud"), 0o500);
    set_mode(home.path(), 0o500);
    let before = home.snapshot();

    let modes: &[&[&str]] = &[
        &["--debug", "jobs", "describe"],
        &["--dry-run", "jobs", "describe", "--job-id", "job-aaaaaaaa"],
        &["--debug", "--dry-run", "jobs", "describe"],
        &["--debug", "jobs", "describe", "--filter", "bogus=1"],
        &["config", "show"],
        &["-o", "json", "config", "show"],
        &["--debug", "--profile", "sdk", "jobs", "describe"],
        &["--profile", "sdk", "-o", "json", "config", "show"],
        &["--profile", "broken", "jobs", "describe"],
        &["--profile", "broken", "config", "show"],
        &["--profile", "halfkey", "--debug", "jobs", "describe"],
        &["--profile", "nosuch", "config", "show"],
        &["--debug", "--use-cvm-role", "jobs", "describe"],
        &["--use-cvm-role", "-o", "json", "config", "show"],
        &["--debug", "--dry-run", "--use-cvm-role", "jobs", "describe"],
        // The commands issues 9-11 added, writes included (ClientToken, debug lines).
        &["--debug", "api", "DescribeJob", "--JobId", "job-etl0fail"],
        &["--dry-run", "api", "SubmitJob", "--cli-input-json", "-"],
        &["--debug", "jobs", "why", "job-etl0fail"],
        &["--debug", "jobs", "logs", "job-etl0fail"],
        &["--debug", "jobs", "delete", "job-etl0fail"],
        &["--debug", "--dry-run", "jobs", "terminate", "job-etl0fail"],
        &["--debug", "envs", "view", "env-demo0001"],
        &["--debug", "templates", "list"],
    ];
    let envs: &[&[(&str, &str)]] = &[
        &[],
        &[
            ("TENCENTCLOUD_SECRET_ID", "AKIDhygieneenv000000"),
            ("TENCENTCLOUD_SECRET_KEY", KEY),
            ("TENCENTCLOUD_SESSION_TOKEN", TOKEN),
        ],
        &[("TENCENTCLOUD_SECRET_KEY", KEY)],
    ];
    for env in envs {
        for args in modes {
            let mut cmd = home.cmd(&emu);
            cmd.env("BATCHCTL_METADATA_ENDPOINT", &metadata.base);
            for (k, v) in *env {
                cmd.env(k, v);
            }
            let out = cmd.args(*args).output().unwrap();
            let all = format!("{}{}", stdout_of(&out), stderr_of(&out));
            assert!(!all.is_empty(), "{args:?} said nothing");
            assert!(
                !all.contains(KEY) && !all.contains(TOKEN),
                "secret leaked with {env:?} {args:?}:\n{all}"
            );
            assert!(!all.contains("panicked"), "{all}");
        }
    }
    // Against a server that is not the emulator: network and protocol errors.
    let canned = FakeServer::new()
        .always(Answer::verbatim(
            b"HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\nnotjson",
        ))
        .start();
    let out = batchctl(home.path())
        .env("BATCHCTL_ENDPOINT", &canned.endpoint)
        .args(["--debug", "--max-attempts", "1", "jobs", "describe"])
        .output()
        .unwrap();
    let all = format!("{}{}", stdout_of(&out), stderr_of(&out));
    assert_eq!(out.status.code(), Some(5), "{all}");
    assert!(!all.contains(KEY) && !all.contains(TOKEN), "{all}");

    let after = home.snapshot();
    set_mode(home.path(), 0o700);
    set_mode(&home.path().join(".tccli"), 0o700);
    set_mode(&home.path().join(".tencentcloud"), 0o700);
    assert_eq!(before, after, "HOME changed");
}
