//! The task graph of `jobs graph` as text: mermaid `flowchart LR` (no fences, to paste
//! into a ```mermaid block) or a Graphviz digraph. Both read the command's JSON document
//! `{"JobId", "Tasks": [{"TaskName", "TaskState", "Instances"}], "Dependences": [...]}`;
//! task names are data, so they are quoted and escaped, never used as identifiers.

use serde_json::Value;
use std::fmt::Write as _;

/// Instance counts in the order they are shown, with their words.
const COUNTS: [(&str, &str); 8] = [
    ("SucceedCount", "succeed"),
    ("FailedCount", "failed"),
    ("FailedInterruptedCount", "failed interrupted"),
    ("RunningCount", "running"),
    ("StartingCount", "starting"),
    ("RunnableCount", "runnable"),
    ("PendingCount", "pending"),
    ("SubmittedCount", "submitted"),
];

/// Fill and stroke per state class.
const CLASSES: [(&str, &str, &str); 8] = [
    ("succeed", "#d4edda", "#28a745"),
    ("failed", "#f8d7da", "#dc3545"),
    ("failed_interrupted", "#fde2c8", "#fd7e14"),
    ("running", "#cce5ff", "#007bff"),
    ("starting", "#e2e3f5", "#6f42c1"),
    ("runnable", "#eeeeee", "#888888"),
    ("pending", "#eeeeee", "#888888"),
    ("submitted", "#eeeeee", "#888888"),
];

/// One task as drawn.
struct Node {
    name: String,
    state: String,
    counts: String,
}

fn str_of<'a>(v: &'a Value, member: &str) -> &'a str {
    v.get(member).and_then(Value::as_str).unwrap_or("")
}

/// "2 instances: 1 succeed, 1 failed" (empty when nothing is known).
pub fn counts(instances: &Value) -> String {
    let Some(obj) = instances.as_object() else {
        return String::new();
    };
    let parts: Vec<String> = COUNTS
        .iter()
        .filter_map(|(key, word)| {
            let n = obj.get(*key).and_then(Value::as_u64).unwrap_or(0);
            (n > 0).then(|| format!("{n} {word}"))
        })
        .collect();
    match obj.get("TotalCount").and_then(Value::as_u64) {
        Some(total) => {
            let noun = if total == 1 { "instance" } else { "instances" };
            if parts.is_empty() {
                format!("{total} {noun}")
            } else {
                format!("{total} {noun}: {}", parts.join(", "))
            }
        }
        None => parts.join(", "),
    }
}

/// The tasks (then any task a dependence names that the task list lacks) and the edges
/// as indexes into them.
fn graph(doc: &Value) -> (Vec<Node>, Vec<(usize, usize)>) {
    let mut nodes: Vec<Node> = doc
        .get("Tasks")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| Node {
            name: str_of(t, "TaskName").to_string(),
            state: str_of(t, "TaskState").to_string(),
            counts: t.get("Instances").map(counts).unwrap_or_default(),
        })
        .collect();
    let mut edges = Vec::new();
    for d in doc
        .get("Dependences")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let mut index = |name: &str| match nodes.iter().position(|n| n.name == name) {
            Some(i) => i,
            None => {
                nodes.push(Node {
                    name: name.to_string(),
                    state: String::new(),
                    counts: String::new(),
                });
                nodes.len() - 1
            }
        };
        let from = index(str_of(d, "StartTask"));
        let to = index(str_of(d, "EndTask"));
        edges.push((from, to));
    }
    (nodes, edges)
}

/// A state as a mermaid class name: lower case letters, digits and `_` only.
fn class(state: &str) -> String {
    let c: String = state
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if c.is_empty() {
        "unknown".to_string()
    } else {
        c
    }
}

/// Text inside a quoted mermaid label: characters mermaid reads (quotes, `#`, `<`, `>`,
/// `&`, `;`-free entities) and control characters become `#NN;` entity codes.
pub fn mermaid_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' | '#' | '<' | '>' | '&' | '`' | '\\' | '|' => {
                let _ = write!(out, "#{};", c as u32);
            }
            c if c.is_control() => {
                let _ = write!(out, "#{};", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// The mermaid flowchart, each line ending in a newline.
pub fn mermaid(doc: &Value) -> String {
    let (nodes, edges) = graph(doc);
    let mut out = String::from("flowchart LR\n");
    for (i, n) in nodes.iter().enumerate() {
        let mut label = mermaid_text(&n.name);
        for extra in [&n.state, &n.counts] {
            if !extra.is_empty() {
                label.push_str("<br/>");
                label.push_str(&mermaid_text(extra));
            }
        }
        let _ = writeln!(out, "    t{i}[\"{label}\"]");
    }
    for (from, to) in &edges {
        let _ = writeln!(out, "    t{from} --> t{to}");
    }
    for (name, fill, stroke) in CLASSES {
        let _ = writeln!(out, "    classDef {name} fill:{fill},stroke:{stroke}");
    }
    for (i, n) in nodes.iter().enumerate() {
        if !n.state.is_empty() {
            let _ = writeln!(out, "    class t{i} {}", class(&n.state));
        }
    }
    out
}

/// A DOT quoted string's content: `\` and `"` escaped, line breaks and other control
/// characters written as escapes a reader sees.
pub fn dot_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                for e in c.escape_default() {
                    if e == '\\' {
                        out.push_str("\\\\");
                    } else {
                        out.push(e);
                    }
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// The Graphviz digraph, each line ending in a newline.
pub fn dot(doc: &Value) -> String {
    let (nodes, edges) = graph(doc);
    let mut out = format!("digraph \"{}\" {{\n", dot_text(str_of(doc, "JobId")));
    out.push_str(
        "    rankdir=LR;\n    node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\"];\n",
    );
    for n in &nodes {
        let mut label = dot_text(&n.name);
        for extra in [&n.state, &n.counts] {
            if !extra.is_empty() {
                label.push_str("\\n");
                label.push_str(&dot_text(extra));
            }
        }
        let _ = write!(out, "    \"{}\" [label=\"{label}\"", dot_text(&n.name));
        let class = class(&n.state);
        if let Some((_, fill, stroke)) = CLASSES.iter().find(|(c, _, _)| *c == class) {
            let _ = write!(out, ", fillcolor=\"{fill}\", color=\"{stroke}\"");
        }
        out.push_str("];\n");
    }
    for (from, to) in &edges {
        let _ = writeln!(
            out,
            "    \"{}\" -> \"{}\";",
            dot_text(&nodes[*from].name),
            dot_text(&nodes[*to].name)
        );
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn doc() -> Value {
        json!({"JobId": "job-1", "Tasks": [
            {"TaskName": "a", "TaskState": "SUCCEED",
             "Instances": {"TotalCount": 2, "SucceedCount": 2, "FailedCount": 0}},
            {"TaskName": "say \"hi\" #1", "TaskState": "FAILED_INTERRUPTED",
             "Instances": {"TotalCount": 1, "FailedInterruptedCount": 1}}],
            "Dependences": [{"StartTask": "a", "EndTask": "say \"hi\" #1"}]})
    }

    #[test]
    fn mermaid_quotes_names_and_classes_states() {
        let m = mermaid(&doc());
        assert!(m.starts_with("flowchart LR\n"), "{m}");
        assert!(
            m.contains("t0[\"a<br/>SUCCEED<br/>2 instances: 2 succeed\"]"),
            "{m}"
        );
        assert!(
            m.contains("t1[\"say #34;hi#34; #35;1<br/>FAILED_INTERRUPTED<br/>1 instance: 1 failed interrupted\"]"),
            "{m}"
        );
        assert!(m.contains("    t0 --> t1\n"), "{m}");
        assert!(m.contains("class t1 failed_interrupted\n"), "{m}");
        assert!(m.contains("classDef succeed fill:"), "{m}");
    }

    #[test]
    fn dot_escapes_quotes_and_backslashes() {
        let d = dot(&doc());
        assert!(d.starts_with("digraph \"job-1\" {\n"), "{d}");
        assert!(
            d.contains("\"say \\\"hi\\\" #1\" [label=\"say \\\"hi\\\" #1\\nFAILED_INTERRUPTED"),
            "{d}"
        );
        assert!(d.contains("    \"a\" -> \"say \\\"hi\\\" #1\";\n"), "{d}");
        assert!(d.trim_end().ends_with('}'));
        assert_eq!(dot_text("a\\b\nc"), "a\\\\b\\\\nc");
    }

    #[test]
    fn a_dependence_on_an_unlisted_task_still_draws_a_node() {
        let d =
            json!({"JobId": "j", "Tasks": [], "Dependences": [{"StartTask": "x", "EndTask": "y"}]});
        let m = mermaid(&d);
        assert!(
            m.contains("t0[\"x\"]") && m.contains("t1[\"y\"]") && m.contains("t0 --> t1"),
            "{m}"
        );
    }
}
