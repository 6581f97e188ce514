//! Job files for `jobs submit`: JSON or YAML (comments allowed) holding a `Job` object or a
//! whole SubmitJob body; `--zone`, `--name` and `--set PATH=VALUE` applied; validated
//! against the model at every depth and the task graph checked, every message naming the
//! file and the path, so nothing malformed is ever sent.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

use serde_json::{Map, Value};

use crate::transport::error::Error;

/// What `jobs submit` was given besides the file.
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    /// `--zone`: sets `Placement.Zone`, over the file's.
    pub zone: Option<String>,
    /// The zone default (`BATCHCTL_ZONE`, else the profile's `config set zone`): used only
    /// when neither `--zone` nor the file names a zone.
    pub default_zone: Option<String>,
    pub name: Option<String>,
    /// `--set PATH=VALUE`, in order: PATH is dotted inside the `Job`.
    pub set: Vec<(String, String)>,
    pub client_token: Option<String>,
}

/// Reads `spec` (a path, or `-` for stdin) and builds the SubmitJob body it describes.
pub fn load(spec: &str, stdin: &mut dyn Read, overrides: &Overrides) -> Result<Value, Error> {
    let (name, text) = crate::domain::input_file::read(spec, stdin)?;
    build(&name, &text, overrides)
}

/// The SubmitJob body from the file's `text` (named `file` in messages).
pub fn build(file: &str, text: &str, overrides: &Overrides) -> Result<Value, Error> {
    let fail = |message: String| Error::usage(format!("{file}: {message}"));
    let doc = crate::domain::input_file::parse(file, text)?;
    let Value::Object(map) = doc else {
        return Err(fail(
            "a job file holds an object: a Job, or a SubmitJob body with Placement and Job"
                .to_string(),
        ));
    };
    let mut body = if map.contains_key("Job") {
        Value::Object(map)
    } else {
        let mut body = Map::new();
        body.insert("Job".to_string(), Value::Object(map));
        Value::Object(body)
    };
    apply(&mut body, overrides).map_err(fail)?;
    let action = batch_api::ActionId::SubmitJob.action();
    if let Some(job) = body.get("Job") {
        batch_api::validate::validate_object("Job", job, "Job").map_err(|p| fail(p.to_string()))?;
    }
    batch_api::validate::validate_input(action, &body).map_err(|p| {
        let mut text = p.to_string();
        if p.path == "Placement" || p.path == "Placement.Zone" {
            text.push_str(
                " (give --zone ZONE or Placement.Zone in the file, set BATCHCTL_ZONE, or keep a default with `batchctl config set zone ZONE`)",
            );
        }
        fail(text)
    })?;
    check_graph(&body["Job"]).map_err(fail)?;
    crate::transport::limits::problem(action, &body).map_err(fail)?;
    Ok(body)
}

/// Applies `--zone` (else the zone default when the file names no zone), `--name`,
/// `--client-token` and `--set`, in that order.
fn apply(body: &mut Value, o: &Overrides) -> Result<(), String> {
    let Value::Object(map) = body else {
        return Ok(());
    };
    let file_zone = map
        .get("Placement")
        .and_then(|p| p.get("Zone"))
        .is_some_and(|z| !z.is_null());
    let zone = o
        .zone
        .as_ref()
        .or(o.default_zone.as_ref().filter(|_| !file_zone));
    if let Some(zone) = zone {
        let placement = map
            .entry("Placement")
            .or_insert_with(|| Value::Object(Map::new()));
        match placement {
            Value::Object(p) => {
                p.insert("Zone".to_string(), Value::String(zone.clone()));
            }
            _ => return Err("Placement: expected an object".to_string()),
        }
    }
    if let Some(name) = &o.name
        && let Some(Value::Object(job)) = map.get_mut("Job")
    {
        job.insert("JobName".to_string(), Value::String(name.clone()));
    }
    if let Some(token) = &o.client_token {
        map.insert("ClientToken".to_string(), Value::String(token.clone()));
    }
    if o.set.is_empty() {
        return Ok(());
    }
    let action = batch_api::ActionId::SubmitJob.action();
    let params: Vec<(String, String)> = o
        .set
        .iter()
        .map(|(path, value)| (format!("Job.{path}"), value.clone()))
        .collect();
    let built = super::params::build_body(action, Some(body.clone()), &params)
        // The messages name tccli's flag; here the user wrote --set PATH.
        .map_err(|e| {
            e.to_string()
                .replace("--Job.", "--set ")
                .replace("--Job", "--set")
        })?;
    *body = built;
    Ok(())
}

/// Splits `PATH=VALUE` for `--set`.
pub fn parse_set(arg: &str) -> Result<(String, String), String> {
    match arg.split_once('=') {
        Some((path, value)) if !path.trim().is_empty() => {
            let path = path.trim();
            let path = path.strip_prefix("Job.").unwrap_or(path);
            Ok((path.to_string(), value.to_string()))
        }
        _ => Err(format!(
            "'{arg}' is not PATH=VALUE (a dotted path inside the Job, e.g. Tasks.0.TaskInstanceNum=4)"
        )),
    }
}

/// Task names unique, every dependence naming a task, no cycle.
fn check_graph(job: &Value) -> Result<(), String> {
    let tasks = job.get("Tasks").and_then(Value::as_array);
    // An unnamed task is named task-N by the service (N its place from 1): that name
    // may clash, and dependences may use it.
    let named: Vec<String> = tasks
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(i, task)| crate::transport::limits::task_name(task, i))
        .collect();
    let mut names: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, name) in named.iter().enumerate() {
        if let Some(first) = names.insert(name, i) {
            let unnamed = |at: usize| {
                tasks
                    .and_then(|t| t.get(at))
                    .is_some_and(|t| t.get("TaskName").and_then(Value::as_str).is_none())
            };
            let note = if unnamed(i) || unnamed(first) {
                " (a task without TaskName is named task-N, N its place from 1)"
            } else {
                ""
            };
            return Err(format!(
                "Job.Tasks[{i}].TaskName: '{}' is already the name of Job.Tasks[{first}]{note}",
                crate::transport::error::printable(name)
            ));
        }
    }
    let deps = job.get("Dependences").and_then(Value::as_array);
    let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (i, dep) in deps.into_iter().flatten().enumerate() {
        for member in ["StartTask", "EndTask"] {
            let Some(name) = dep.get(member).and_then(Value::as_str) else {
                continue;
            };
            if !names.contains_key(name) {
                let hint = batch_api::suggest(name, names.keys().copied())
                    .map(|s| format!(" (did you mean {s}?)"))
                    .unwrap_or_default();
                return Err(format!(
                    "Job.Dependences[{i}].{member}: no task is named '{}'{hint}",
                    crate::transport::error::cut(&crate::transport::error::printable(name))
                ));
            }
        }
        if let (Some(a), Some(b)) = (
            dep.get("StartTask").and_then(Value::as_str),
            dep.get("EndTask").and_then(Value::as_str),
        ) {
            edges.entry(a).or_default().push(b);
        }
    }
    if let Some(cycle) = find_cycle(&edges) {
        return Err(format!(
            "Job.Dependences: the tasks depend on each other in a cycle: {}",
            crate::transport::error::cut(&crate::transport::error::printable(&cycle.join(" -> ")))
        ));
    }
    Ok(())
}

/// A cycle in the graph, as the task names along it (first repeated at the end). Walked
/// with a stack of its own, so a long chain of dependences cannot overflow the thread's.
fn find_cycle<'a>(edges: &BTreeMap<&'a str, Vec<&'a str>>) -> Option<Vec<&'a str>> {
    let mut done: BTreeSet<&str> = BTreeSet::new();
    for start in edges.keys() {
        if done.contains(start) {
            continue;
        }
        // The path from `start`, each node with how many of its edges were followed.
        let mut path: Vec<(&'a str, usize)> = vec![(start, 0)];
        let mut on_path: BTreeSet<&str> = BTreeSet::from([*start]);
        while let Some((node, next)) = path.last_mut() {
            let node: &'a str = node;
            let children = edges.get(node).map_or(&[][..], Vec::as_slice);
            let Some(child) = children.get(*next).copied() else {
                path.pop();
                on_path.remove(node);
                done.insert(node);
                continue;
            };
            *next += 1;
            if on_path.contains(child) {
                let at = path.iter().position(|(n, _)| *n == child).unwrap_or(0);
                let mut cycle: Vec<&str> = path[at..].iter().map(|(n, _)| *n).collect();
                cycle.push(child);
                return Some(cycle);
            }
            if !done.contains(child) {
                path.push((child, 0));
                on_path.insert(child);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const HELLO: &str = "# a comment\nJobName: hello\nTasks:\n  - TaskName: a\n    TaskInstanceNum: 1\n    Application: {DeliveryForm: LOCAL, Command: echo hi}\n    ComputeEnv: {EnvType: MANAGED, EnvData: {InstanceType: S1.SMALL1, ImageId: img-m4q71qnq}}\n";

    fn zone() -> Overrides {
        Overrides {
            zone: Some("ap-guangzhou-3".into()),
            ..Default::default()
        }
    }

    #[test]
    fn yaml_job_becomes_a_submit_body() {
        let body = build("job.yaml", HELLO, &zone()).unwrap();
        assert_eq!(body["Placement"]["Zone"], "ap-guangzhou-3");
        assert_eq!(body["Job"]["Tasks"][0]["TaskInstanceNum"], 1);
        assert_eq!(body["Job"]["JobName"], "hello");
    }

    #[test]
    fn set_is_typed_by_the_model() {
        let mut o = zone();
        o.set = vec![parse_set("Tasks.0.TaskInstanceNum=4").unwrap()];
        let body = build("job.yaml", HELLO, &o).unwrap();
        assert_eq!(body["Job"]["Tasks"][0]["TaskInstanceNum"], 4);
        o.set = vec![parse_set("Tasks.0.Bogus=4").unwrap()];
        let err = build("job.yaml", HELLO, &o).unwrap_err().to_string();
        assert!(err.contains("job.yaml") && err.contains("Bogus"), "{err}");
    }

    #[test]
    fn the_zone_default_fills_in_only_where_no_zone_is_given() {
        let default = Overrides {
            default_zone: Some("ap-guangzhou-4".into()),
            ..Default::default()
        };
        let body = build("job.yaml", HELLO, &default).unwrap();
        assert_eq!(body["Placement"]["Zone"], "ap-guangzhou-4");
        let in_file = format!(
            "{{\"Placement\": {{\"Zone\": \"ap-guangzhou-6\"}}, \"Job\": {}}}",
            serde_json::to_string(&build("job.yaml", HELLO, &zone()).unwrap()["Job"]).unwrap()
        );
        let body = build("job.json", &in_file, &default).unwrap();
        assert_eq!(body["Placement"]["Zone"], "ap-guangzhou-6");
        let flag = Overrides {
            zone: Some("ap-guangzhou-3".into()),
            ..default
        };
        let body = build("job.json", &in_file, &flag).unwrap();
        assert_eq!(body["Placement"]["Zone"], "ap-guangzhou-3");
    }

    #[test]
    fn missing_zone_and_cycles_are_named() {
        let err = build("job.yaml", HELLO, &Overrides::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("Placement") && err.contains("--zone"), "{err}");
        assert!(
            err.contains("BATCHCTL_ZONE") && err.contains("config set zone"),
            "{err}"
        );
        let mut edges = BTreeMap::new();
        edges.insert("a", vec!["b"]);
        edges.insert("b", vec!["a"]);
        assert_eq!(find_cycle(&edges).unwrap(), ["a", "b", "a"]);
    }

    #[test]
    fn a_long_chain_of_dependences_is_walked_without_recursion() {
        let names: Vec<String> = (0..300_000).map(|i| format!("t{i}")).collect();
        let mut edges: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for pair in names.windows(2) {
            edges.insert(&pair[0], vec![&pair[1]]);
        }
        assert_eq!(find_cycle(&edges), None);
        edges.insert(&names[names.len() - 1], vec![&names[1]]);
        let cycle = find_cycle(&edges).unwrap();
        assert_eq!(cycle.len(), names.len());
        assert_eq!(cycle.first(), cycle.last());
    }
}
