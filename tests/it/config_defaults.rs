//! `config set|get|unset` and the defaults they keep: the file (per profile, mode 0600,
//! left untouched by bad input), where each default comes from (flag > environment >
//! file, as `config show` tells), `jobs submit` taking its zone from the file, and no
//! other command writing to HOME.

use std::path::{Path, PathBuf};

use crate::common::*;
use serde_json::Value;

/// A private HOME, and XDG_CONFIG_HOME beside it.
struct Dirs {
    home: tempfile::TempDir,
    xdg: tempfile::TempDir,
}

impl Dirs {
    fn new() -> Dirs {
        Dirs {
            home: tempfile::tempdir().unwrap(),
            xdg: tempfile::tempdir().unwrap(),
        }
    }

    fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = batchctl(self.home.path());
        cmd.env("XDG_CONFIG_HOME", self.xdg.path());
        cmd
    }

    fn file(&self) -> PathBuf {
        self.xdg.path().join("batchctl/config.toml")
    }
}

fn run(cmd: &mut assert_cmd::Command, args: &[&str]) -> std::process::Output {
    cmd.args(args).output().unwrap()
}

fn ok(cmd: &mut assert_cmd::Command, args: &[&str]) -> String {
    let out = run(cmd, args);
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    stdout_of(&out)
}

#[test]
fn set_get_unset_round_trip_per_profile() {
    let d = Dirs::new();
    assert_eq!(
        ok(&mut d.cmd(), &["config", "set", "zone", "ap-guangzhou-3"]),
        ""
    );
    ok(
        &mut d.cmd(),
        &[
            "--profile",
            "prod",
            "config",
            "set",
            "instance-type",
            "S5.MEDIUM2",
        ],
    );
    ok(
        &mut d.cmd(),
        &["--profile", "prod", "config", "set", "output", "JSON"],
    );
    assert_eq!(
        ok(&mut d.cmd(), &["config", "get", "zone"]),
        "ap-guangzhou-3\n"
    );
    assert_eq!(
        ok(
            &mut d.cmd(),
            &["--profile", "prod", "config", "get", "output"]
        ),
        "json\n",
        "stored as -o takes it"
    );
    // BATCHCTL_PROFILE selects the profile as --profile does.
    assert_eq!(
        ok(
            d.cmd().env("BATCHCTL_PROFILE", "prod"),
            &["config", "get", "instance-type"]
        ),
        "S5.MEDIUM2\n"
    );
    // Unset in one profile: exit 1 and nothing printed, as git config; the other keeps it.
    let out = run(&mut d.cmd(), &["config", "get", "instance-type"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{out:?}");
    ok(
        &mut d.cmd(),
        &["--profile", "prod", "config", "unset", "instance-type"],
    );
    let out = run(
        &mut d.cmd(),
        &["--profile", "prod", "config", "get", "instance-type"],
    );
    assert_eq!(out.status.code(), Some(1));
    ok(&mut d.cmd(), &["config", "unset", "zone"]);
    ok(&mut d.cmd(), &["config", "unset", "zone"]);
    assert_eq!(
        run(&mut d.cmd(), &["config", "get", "zone"]).status.code(),
        Some(1)
    );
    let text = std::fs::read_to_string(d.file()).unwrap();
    assert!(
        text.contains("[prod]") && !text.contains("[default]"),
        "{text}"
    );
}

#[cfg(unix)]
#[test]
fn the_file_is_private_and_its_directory_too() {
    use std::os::unix::fs::PermissionsExt;
    let d = Dirs::new();
    ok(&mut d.cmd(), &["config", "set", "region", "ap-shanghai"]);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&d.file()), 0o600);
    assert_eq!(mode(d.file().parent().unwrap()), 0o700);
    // Rewritten, it stays private, and no temporary file is left beside it.
    ok(&mut d.cmd(), &["config", "set", "output", "yaml"]);
    assert_eq!(mode(&d.file()), 0o600);
    let names: Vec<_> = std::fs::read_dir(d.file().parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["config.toml"]);
}

#[test]
fn without_xdg_the_file_is_under_home_dot_config() {
    let home = tempfile::tempdir().unwrap();
    ok(
        &mut batchctl(home.path()),
        &["config", "set", "compute-env", "env-4gmc9rbd"],
    );
    assert!(home.path().join(".config/batchctl/config.toml").is_file());
    assert_eq!(
        ok(
            &mut batchctl(home.path()),
            &["config", "get", "compute-env"]
        ),
        "env-4gmc9rbd\n"
    );
}

#[test]
fn bad_keys_and_values_are_usage_errors_naming_the_value_and_write_nothing() {
    let d = Dirs::new();
    ok(&mut d.cmd(), &["config", "set", "zone", "ap-guangzhou-3"]);
    let before = std::fs::read(d.file()).unwrap();
    let cases: &[(&[&str], &str)] = &[
        (&["config", "set", "flavour", "x"], "flavour"),
        (&["config", "get", "flavour"], "flavour"),
        (&["config", "set", "zone", "ap-nowhere-1"], "ap-nowhere-1"),
        (
            &[
                "--region",
                "ap-shanghai",
                "config",
                "set",
                "zone",
                "ap-guangzhou-3",
            ],
            "ap-guangzhou-3",
        ),
        (&["config", "set", "image", "ubuntu"], "ubuntu"),
        (&["config", "set", "instance-type", "big"], "big"),
        (&["config", "set", "compute-env", "env-x"], "env-x"),
        (&["config", "set", "region", "ap-nowhere"], "ap-nowhere"),
        (&["config", "set", "output", "xml"], "xml"),
    ];
    for (args, named) in cases {
        let out = run(&mut d.cmd(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr_of(&out));
        let stderr = stderr_of(&out);
        assert!(
            stderr.contains(&format!("'{named}'")),
            "{args:?} should name {named}: {stderr}"
        );
        assert_eq!(std::fs::read(d.file()).unwrap(), before, "{args:?} wrote");
    }
    // The zone's region comes from the file too.
    ok(&mut d.cmd(), &["config", "set", "region", "ap-guangzhou"]);
    let out = run(&mut d.cmd(), &["config", "set", "zone", "ap-shanghai-2"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("ap-shanghai-2"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn a_broken_file_is_a_configuration_error_naming_file_and_line() {
    let d = Dirs::new();
    std::fs::create_dir_all(d.file().parent().unwrap()).unwrap();
    std::fs::write(
        d.file(),
        "[default]\nzone = \"ap-guangzhou-3\"\nzoen = \"x\"\n",
    )
    .unwrap();
    let out = run(&mut d.cmd(), &["config", "get", "zone"]);
    assert_eq!(out.status.code(), Some(6));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains(&d.file().display().to_string())
            && stderr.contains("line 3")
            && stderr.contains("zoen"),
        "{stderr}"
    );
    std::fs::write(d.file(), vec![b'#'; 70 * 1024]).unwrap();
    let out = run(&mut d.cmd(), &["--emulator", "config", "show"]);
    assert_eq!(out.status.code(), Some(6));
    assert!(stderr_of(&out).contains("64 KiB"), "{}", stderr_of(&out));
}

fn show(cmd: &mut assert_cmd::Command, args: &[&str]) -> Value {
    let mut all = vec!["--emulator", "config", "show", "-o", "json"];
    all.extend_from_slice(args);
    let out = run(cmd, &all);
    assert!(out.status.success(), "{}", stderr_of(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn config_show_tells_where_each_default_came_from_flag_then_env_then_file() {
    let d = Dirs::new();
    ok(&mut d.cmd(), &["config", "set", "region", "ap-guangzhou"]);
    ok(&mut d.cmd(), &["config", "set", "zone", "ap-guangzhou-3"]);
    ok(&mut d.cmd(), &["config", "set", "image", "img-eb30mz89"]);

    let v = show(&mut d.cmd(), &[]);
    let file = d.file().display().to_string();
    assert_eq!(v["config_file"], file.as_str());
    let defaults = &v["defaults"];
    assert_eq!(defaults["zone"]["value"], "ap-guangzhou-3");
    assert_eq!(defaults["zone"]["source"], "config file");
    assert_eq!(defaults["zone"]["from"], format!("{file} [default]"));
    assert_eq!(defaults["region"]["source"], "config file");
    assert_eq!(v["region"], "ap-guangzhou");
    assert_eq!(defaults["instance-type"]["source"], "none");
    assert_eq!(defaults["instance-type"]["value"], Value::Null);
    assert_eq!(defaults["output"]["source"], "flag", "-o json was given");

    let v = show(
        d.cmd()
            .env("BATCHCTL_ZONE", "ap-guangzhou-4")
            .env("TENCENTCLOUD_REGION", "ap-guangzhou"),
        &[],
    );
    assert_eq!(v["defaults"]["zone"]["value"], "ap-guangzhou-4");
    assert_eq!(v["defaults"]["zone"]["source"], "environment");
    assert_eq!(v["defaults"]["zone"]["from"], "BATCHCTL_ZONE");
    assert_eq!(v["defaults"]["region"]["source"], "environment");
    assert_eq!(v["defaults"]["image"]["source"], "config file");

    let v = show(
        d.cmd().env("TENCENTCLOUD_REGION", "ap-beijing"),
        &["--region", "ap-shanghai"],
    );
    assert_eq!(v["defaults"]["region"]["value"], "ap-shanghai");
    assert_eq!(v["defaults"]["region"]["source"], "flag");
    // The file's zone is not in that region: said, not hidden.
    assert!(
        v["warnings"].to_string().contains("ap-guangzhou-3"),
        "{}",
        v["warnings"]
    );

    // The table says the same in words.
    let text = ok(
        d.cmd().env("BATCHCTL_ZONE", "ap-guangzhou-4"),
        &["--emulator", "config", "show"],
    );
    assert!(
        text.contains("ap-guangzhou-4 (from BATCHCTL_ZONE)"),
        "{text}"
    );
    assert!(
        text.contains(&format!("img-eb30mz89 (from {file} [default])")),
        "{text}"
    );
    // A bad variable is named, and is a usage error.
    let out = run(
        d.cmd().env("BATCHCTL_IMAGE", "nope"),
        &["--emulator", "config", "show"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("BATCHCTL_IMAGE='nope'"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn the_output_default_applies_to_every_command_below_the_flag_and_variable() {
    let d = Dirs::new();
    ok(&mut d.cmd(), &["config", "set", "output", "json"]);
    let v: Value =
        serde_json::from_str(&ok(&mut d.cmd(), &["--emulator", "config", "show"])).unwrap();
    assert_eq!(v["defaults"]["output"]["source"], "config file");
    let yaml = ok(
        d.cmd().env("BATCHCTL_OUTPUT", "yaml"),
        &["--emulator", "config", "show"],
    );
    assert!(
        yaml.starts_with("credentials:") && yaml.contains("defaults:"),
        "{yaml}"
    );
    assert!(yaml.contains("source: environment"), "{yaml}");
}

const JOB: &str = "\
JobName: from-defaults
Tasks:
  - TaskName: a
    TaskInstanceNum: 1
    Application: {DeliveryForm: LOCAL, Command: echo hi}
    ComputeEnv: {EnvType: MANAGED, EnvData: {InstanceType: S1.SMALL1, ImageId: img-m4q71qnq}}
";

#[test]
fn jobs_submit_takes_the_zone_from_the_file_then_the_environment_then_the_flag() {
    let emu = Emulator::start(&[]);
    let d = Dirs::new();
    let job = d.home.path().join("job.yaml");
    std::fs::write(&job, JOB).unwrap();
    let job = job.display().to_string();
    let submit = |extra: &[(&str, &str)], args: &[&str]| {
        let mut cmd = emu.cmd();
        cmd.env("HOME", d.home.path())
            .env("XDG_CONFIG_HOME", d.xdg.path());
        for (k, v) in extra {
            cmd.env(k, v);
        }
        let mut all = vec!["jobs", "submit", "-f", job.as_str()];
        all.extend_from_slice(args);
        cmd.args(&all).output().unwrap()
    };
    let zones = || -> Vec<Value> {
        emu.bodies()
            .into_iter()
            .filter(|b| b.get("Job").is_some())
            .map(|b| b["Placement"]["Zone"].clone())
            .collect()
    };

    // No zone anywhere: a usage error naming the three ways, nothing sent.
    let out = submit(&[], &[]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = stderr_of(&out);
    for way in ["--zone", "BATCHCTL_ZONE", "config set zone"] {
        assert!(stderr.contains(way), "{stderr}");
    }
    assert!(zones().is_empty());

    ok(&mut d.cmd(), &["config", "set", "zone", "ap-guangzhou-4"]);
    let out = submit(&[], &[]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stdout_of(&out).starts_with("job-"), "{}", stdout_of(&out));
    let out = submit(&[("BATCHCTL_ZONE", "ap-guangzhou-6")], &[]);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = submit(
        &[("BATCHCTL_ZONE", "ap-guangzhou-6")],
        &["--zone", "ap-guangzhou-3"],
    );
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        zones(),
        ["ap-guangzhou-4", "ap-guangzhou-6", "ap-guangzhou-3"]
    );

    // The file's zone outside the region in effect: exit 2 naming both, nothing sent.
    let out = submit(&[("TENCENTCLOUD_REGION", "ap-shanghai")], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr_of(&out));
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains("ap-guangzhou-4") && stderr.contains("ap-shanghai"),
        "{stderr}"
    );
    assert_eq!(zones().len(), 3);
}

/// Every file under `dir`, relative.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.push(path.clone());
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn no_other_command_writes_to_home() {
    let emu = Emulator::start(&[]);
    let home = tempfile::tempdir().unwrap();
    let job = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(job.path(), JOB).unwrap();
    let job = job.path().display().to_string();
    let commands: &[&[&str]] = &[
        &["jobs", "describe"],
        &["jobs", "submit", "-f", &job, "--zone", "ap-guangzhou-3"],
        &["config", "show"],
        &["config", "get", "zone"],
        &["config", "unset", "zone"],
        &["catalog", "zone-configs"],
    ];
    for args in commands {
        let mut cmd = emu.cmd();
        cmd.env("HOME", home.path()).args(*args);
        let out = cmd.output().unwrap();
        assert!(
            out.status.code().is_some_and(|c| c <= 1),
            "{args:?}: {}",
            stderr_of(&out)
        );
    }
    assert_eq!(files_under(home.path()), Vec::<PathBuf>::new());
}
