//! The job `batchctl run` submits: one task, built from a command line (or a script, or a
//! task template), where it runs, how many instances, and their variables.

use serde_json::{Map, Value, json};

use crate::domain::shell;
use crate::domain::sweep::{self, Table};

/// The most instances of one task (`TaskInstanceNum`).
pub const MAX_INSTANCES: u64 = 10_000;
/// The most retries of a failed instance (`MaxRetryCount`).
pub const MAX_RETRIES: u64 = 10;
/// The task's name when no template names it.
pub const TASK_NAME: &str = "main";
/// The longest job name the service takes.
const MAX_NAME: usize = 60;

/// What runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    /// `-- COMMAND ARG...`, each word kept as given.
    Words(Vec<String>),
    /// `--script FILE|-`: the script's text, named for the job's default name.
    Script { name: String, text: String },
    /// Nothing given: the template's own command.
    Template,
}

/// Where the task runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Where {
    /// A MANAGED `ComputeEnv` of this type and image, made for the job.
    Managed {
        instance_type: String,
        image: String,
    },
    /// An existing compute environment (`EnvId`).
    Env(String),
}

/// Everything `run` was asked, checked.
#[derive(Debug, Clone)]
pub struct Spec {
    pub what: What,
    pub name: Option<String>,
    /// `-e NAME=VALUE`, in order.
    pub env_vars: Vec<(String, String)>,
    pub timeout_s: Option<u64>,
    pub retries: Option<u64>,
    /// `--array N` (1 without).
    pub instances: u64,
    /// `--array N%K` or `--max-parallel K`.
    pub max_parallel: Option<u64>,
    /// `--each FILE`: one instance per row.
    pub table: Option<Table>,
    /// `None`: the template's own place.
    pub place: Option<Where>,
    /// The template's task (`TaskTemplateInfo`), to start from.
    pub template_task: Option<Value>,
}

impl Spec {
    /// How many instances the job runs.
    pub fn instance_count(&self) -> u64 {
        match &self.table {
            Some(t) => t.rows.len() as u64,
            None => self.instances,
        }
    }

    /// How many run at once at most.
    pub fn at_once(&self) -> u64 {
        let n = self.instance_count();
        self.max_parallel.map_or(n, |k| k.min(n))
    }
}

/// `run-` and the command's first word (its file name, in the characters a job name
/// takes), at most 60 characters.
pub fn default_name(what: &What) -> String {
    let first = match what {
        What::Words(words) => words.first().map(String::as_str).unwrap_or("command"),
        What::Script { name, .. } => name.as_str(),
        What::Template => "template",
    };
    let base = first.rsplit('/').next().unwrap_or(first);
    let base = base.strip_suffix(".sh").unwrap_or(base);
    let clean: String = base
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .take(MAX_NAME - 4)
        .collect();
    if clean.is_empty() {
        "run-command".to_string()
    } else {
        format!("run-{clean}")
    }
}

/// The command the task runs: the table's lines (with `--each`), then the words joined
/// with shell quoting, or the script. `None`: keep the template's.
pub fn command(spec: &Spec) -> Option<String> {
    let body = match &spec.what {
        What::Words(words) => shell::join(words),
        What::Script { text, .. } => text.clone(),
        What::Template => return None,
    };
    Some(match &spec.table {
        Some(table) => format!("{}{body}", sweep::preamble(table)),
        None => body,
    })
}

/// The `Job` object: `JobName` and one task.
pub fn job(spec: &Spec) -> Value {
    let mut task = match &spec.template_task {
        Some(Value::Object(t)) => t.clone(),
        _ => {
            let mut t = Map::new();
            t.insert("TaskName".into(), json!(TASK_NAME));
            t
        }
    };
    if !task.get("TaskName").is_some_and(Value::is_string) {
        task.insert("TaskName".into(), json!(TASK_NAME));
    }
    task.insert("TaskInstanceNum".into(), json!(spec.instance_count()));
    if let Some(command) = command(spec) {
        let mut app = match task.get("Application") {
            Some(Value::Object(a)) => a.clone(),
            _ => Map::new(),
        };
        app.insert("DeliveryForm".into(), json!("LOCAL"));
        app.insert("Command".into(), json!(command));
        // A template's package or image delivery does not carry a command line.
        app.shift_remove("PackageFilePath");
        app.shift_remove("Docker");
        task.insert("Application".into(), Value::Object(app));
    }
    match &spec.place {
        Some(Where::Managed {
            instance_type,
            image,
        }) => {
            task.shift_remove("EnvId");
            task.insert(
                "ComputeEnv".into(),
                json!({"EnvType": "MANAGED",
                       "EnvData": {"InstanceType": instance_type, "ImageId": image}}),
            );
        }
        Some(Where::Env(id)) => {
            task.shift_remove("ComputeEnv");
            task.insert("EnvId".into(), json!(id));
        }
        None => {}
    }
    if !spec.env_vars.is_empty() {
        let mut vars: Vec<Value> = match task.get("EnvVars") {
            Some(Value::Array(v)) => v.clone(),
            _ => Vec::new(),
        };
        for (name, value) in &spec.env_vars {
            vars.retain(|v| v.get("Name").and_then(Value::as_str) != Some(name));
            vars.push(json!({"Name": name, "Value": value}));
        }
        task.insert("EnvVars".into(), Value::Array(vars));
    }
    if let Some(t) = spec.timeout_s {
        task.insert("Timeout".into(), json!(t));
    }
    if let Some(r) = spec.retries {
        task.insert("MaxRetryCount".into(), json!(r));
    }
    if let Some(k) = spec.max_parallel {
        task.insert("MaxConcurrentNum".into(), json!(k));
    }
    let name = spec
        .name
        .clone()
        .unwrap_or_else(|| default_name(&spec.what));
    json!({"JobName": name, "Tasks": [Value::Object(task)]})
}

/// `N` or `N%K` of `--array`: the instances, and at most how many at once.
pub fn parse_array(text: &str) -> Result<(u64, Option<u64>), String> {
    let (n, k) = match text.split_once('%') {
        Some((n, k)) => (n, Some(k)),
        None => (text, None),
    };
    let count = |s: &str, what: &str| -> Result<u64, String> {
        s.trim()
            .parse::<u64>()
            .map_err(|_| format!("'{text}': {what} must be a whole number (N or N%K)"))
    };
    let n = count(n, "N")?;
    if n == 0 || n > MAX_INSTANCES {
        return Err(format!(
            "'{text}': N must be 1 to {MAX_INSTANCES} (instances of the task)"
        ));
    }
    let k = match k {
        Some(k) => {
            let k = count(k, "K")?;
            if k == 0 {
                return Err(format!(
                    "'{text}': K must be at least 1 (instances running at once)"
                ));
            }
            Some(k)
        }
        None => None,
    };
    Ok((n, k))
}

/// `NAME=VALUE` of `-e`.
pub fn parse_env_var(text: &str) -> Result<(String, String), String> {
    let Some((name, value)) = text.split_once('=') else {
        return Err(format!("'{text}': give NAME=VALUE"));
    };
    if !shell::is_name(name) {
        return Err(format!(
            "'{name}' is not a variable name (letters, digits and _, not starting with a digit)"
        ));
    }
    Ok((name.to_string(), value.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(what: What) -> Spec {
        Spec {
            what,
            name: None,
            env_vars: Vec::new(),
            timeout_s: None,
            retries: None,
            instances: 1,
            max_parallel: None,
            table: None,
            place: Some(Where::Managed {
                instance_type: "S5.MEDIUM2".into(),
                image: "img-eb30mz89".into(),
            }),
            template_task: None,
        }
    }

    #[test]
    fn a_command_line_becomes_one_managed_task() {
        let mut s = spec(What::Words(vec![
            "python3".into(),
            "-c".into(),
            "print(1)".into(),
        ]));
        s.env_vars = vec![("A".into(), "1".into())];
        s.timeout_s = Some(60);
        s.retries = Some(2);
        s.instances = 4;
        s.max_parallel = Some(2);
        let job = job(&s);
        assert_eq!(job["JobName"], "run-python3");
        let task = &job["Tasks"][0];
        assert_eq!(task["TaskName"], "main");
        assert_eq!(task["TaskInstanceNum"], 4);
        assert_eq!(task["MaxConcurrentNum"], 2);
        assert_eq!(task["Application"]["Command"], "python3 -c 'print(1)'");
        assert_eq!(task["Application"]["DeliveryForm"], "LOCAL");
        assert_eq!(task["ComputeEnv"]["EnvData"]["InstanceType"], "S5.MEDIUM2");
        assert_eq!(task["EnvVars"], json!([{"Name": "A", "Value": "1"}]));
        assert_eq!(task["Timeout"], 60);
        assert_eq!(task["MaxRetryCount"], 2);
    }

    #[test]
    fn a_template_keeps_its_settings_and_gets_the_given_ones() {
        let mut s = spec(What::Template);
        s.place = Some(Where::Env("env-12345678".into()));
        s.template_task = Some(
            json!({"TaskName": "render", "ComputeEnv": {"EnvType": "MANAGED"},
            "Application": {"DeliveryForm": "LOCAL", "Command": "render.sh"}, "EnvVars": [{"Name": "A", "Value": "0"}]}),
        );
        s.env_vars = vec![("A".into(), "1".into())];
        let job = job(&s);
        let task = &job["Tasks"][0];
        assert_eq!(task["TaskName"], "render");
        assert_eq!(task["Application"]["Command"], "render.sh");
        assert_eq!(task["EnvId"], "env-12345678");
        assert!(task.get("ComputeEnv").is_none());
        assert_eq!(task["EnvVars"], json!([{"Name": "A", "Value": "1"}]));
    }

    #[test]
    fn default_names_come_from_the_first_word() {
        assert_eq!(
            default_name(&What::Words(vec!["./score.sh".into()])),
            "run-score"
        );
        assert_eq!(
            default_name(&What::Words(vec!["/usr/bin/env".into()])),
            "run-env"
        );
        assert_eq!(default_name(&What::Words(vec!["!!".into()])), "run-command");
        let long = "x".repeat(100);
        assert_eq!(default_name(&What::Words(vec![long])).len(), 60);
    }

    #[test]
    fn array_and_env_values() {
        assert_eq!(parse_array("10"), Ok((10, None)));
        assert_eq!(parse_array("10%3"), Ok((10, Some(3))));
        for bad in ["0", "5%0", "x", "10001", "-1", "5%", "%2"] {
            assert!(parse_array(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_env_var("A=b=c"), Ok(("A".into(), "b=c".into())));
        assert_eq!(parse_env_var("A="), Ok(("A".into(), String::new())));
        assert!(parse_env_var("A").unwrap_err().contains("NAME=VALUE"));
        assert!(parse_env_var("1A=x").is_err());
    }
}
