//! `-o yaml`: the json document of `jobs describe` and `jobs wait` in YAML, read back by a
//! YAML parser and compared with `-o json`, tricky strings and big numbers included.

use crate::common::*;
use serde_json::{Map, Number, Value};
use yaml_rust2::{Yaml, YamlLoader};

/// A YAML value as JSON: numbers keep their text, so nothing is rounded on the way.
fn to_json(yaml: &Yaml) -> Value {
    match yaml {
        Yaml::Null => Value::Null,
        Yaml::Boolean(b) => Value::Bool(*b),
        Yaml::Integer(i) => Value::Number(Number::from(*i)),
        Yaml::Real(text) => Value::Number(serde_json::from_str(text).expect("a JSON number")),
        Yaml::String(s) => Value::String(s.clone()),
        Yaml::Array(items) => Value::Array(items.iter().map(to_json).collect()),
        Yaml::Hash(map) => Value::Object(
            map.iter()
                .map(|(k, v)| match k {
                    Yaml::String(k) => (k.clone(), to_json(v)),
                    other => panic!("a key read back as {other:?}, not a string"),
                })
                .collect::<Map<String, Value>>(),
        ),
        other => panic!("unexpected YAML node {other:?}"),
    }
}

fn yaml_doc(text: &str) -> Value {
    let docs = YamlLoader::load_from_str(text).unwrap_or_else(|e| panic!("not YAML: {e}\n{text}"));
    assert_eq!(docs.len(), 1, "{text}");
    to_json(&docs[0])
}

/// Jobs whose names and tags YAML would misread if written plain.
fn tricky_jobs() -> Vec<Value> {
    let mut first = job(
        "job-aaaaaaaa",
        "yes",
        "RUNNING",
        "ap-guangzhou-3",
        &[
            ("on", "off"),
            ("null", "~"),
            ("version", "1.10"),
            ("when", "2024-05-01"),
        ],
    );
    first["Priority"] = serde_json::from_str("12345678901234567890123").unwrap();
    first["Ratio"] = serde_json::from_str("0.10").unwrap();
    vec![
        first,
        job(
            "job-bbbbbbbb",
            "a: b # not a comment\n- second line\t",
            "FAILED",
            "ap-guangzhou-4",
            &[("", " padded "), ("数据", "清洗"), ("*alias", "&anchor")],
        ),
        job(
            "job-cccccccc",
            "",
            "SUCCEED",
            "ap-guangzhou-4",
            &[("no", "NO")],
        ),
    ]
}

#[test]
fn describe_yaml_reads_back_as_the_json_document() {
    let emu = Emulator::with_jobs(&tricky_jobs(), &[]);
    let json = emu
        .cmd()
        .args(["jobs", "describe", "-o", "json"])
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(0), "{}", stderr_of(&json));
    let yaml = emu
        .cmd()
        .args(["jobs", "describe", "-o", "yaml"])
        .output()
        .unwrap();
    assert_eq!(yaml.status.code(), Some(0), "{}", stderr_of(&yaml));
    let mut expected: Value = serde_json::from_slice(&json.stdout).unwrap();
    let text = stdout_of(&yaml);
    let mut read = yaml_doc(&text);
    // Two runs, two RequestIds: compare everything else.
    assert!(
        read["RequestId"].as_str().is_some_and(|id| !id.is_empty()),
        "{text}"
    );
    read["RequestId"] = Value::Null;
    expected["RequestId"] = Value::Null;
    assert_eq!(read, expected, "\n{text}");
    // Key order as in json, and numbers digit for digit.
    assert!(
        text.starts_with("TotalCount: 3\nJobSet:\n  - JobId: job-aaaaaaaa\n"),
        "{text}"
    );
    assert!(
        text.contains("Priority: 12345678901234567890123\n"),
        "{text}"
    );
    assert!(text.contains("Ratio: 0.10\n"), "{text}");
    assert!(text.contains("JobName: \"yes\"\n"), "{text}");
    assert!(
        text.contains("CreateTime: \"2024-05-01T10:00:00Z\"\n"),
        "{text}"
    );
}

#[test]
fn format_names_are_case_insensitive_for_yaml_too() {
    let emu = Emulator::with_jobs(&tricky_jobs(), &[]);
    let upper = emu
        .cmd()
        .args(["jobs", "describe", "-o", "YAML"])
        .output()
        .unwrap();
    assert_eq!(upper.status.code(), Some(0), "{}", stderr_of(&upper));
    let env = emu
        .cmd()
        .env("BATCHCTL_OUTPUT", "Yaml")
        .args(["jobs", "describe"])
        .output()
        .unwrap();
    assert_eq!(env.status.code(), Some(0), "{}", stderr_of(&env));
    assert_eq!(
        yaml_doc(&stdout_of(&upper))["JobSet"][2]["JobId"],
        "job-cccccccc"
    );
    assert_eq!(
        yaml_doc(&stdout_of(&upper))["JobSet"],
        yaml_doc(&stdout_of(&env))["JobSet"]
    );
}

#[test]
fn wait_yaml_reads_back_as_its_json_document() {
    let emu = Emulator::with_jobs(&tricky_jobs()[..1], &["--advance"]);
    let run = |format: &str| wait(&emu, "job-aaaaaaaa", &["-q", "-o", format]);
    let yaml = run("yaml");
    assert_eq!(yaml.status.code(), Some(0), "{}", stderr_of(&yaml));
    let doc = yaml_doc(&stdout_of(&yaml));
    assert_eq!(
        doc["JobSet"][0]["JobState"],
        "SUCCEED",
        "{}",
        stdout_of(&yaml)
    );
    assert_eq!(doc["JobSet"][0]["JobName"], "yes");
    assert_eq!(
        doc["JobSet"][0]["Priority"].to_string(),
        "12345678901234567890123"
    );
    // The same job, finished, as json shows it (RequestIds differ between runs).
    let json: Value = serde_json::from_slice(&run("json").stdout).unwrap();
    assert_eq!(doc["JobSet"], json["JobSet"]);
    assert_eq!(doc["TotalCount"], json["TotalCount"]);
}
