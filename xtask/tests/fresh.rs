//! The checked-in generated tables must match a fresh rendering of api/.

#[test]
fn generated_tables_are_fresh() {
    let root = xtask::workspace_root();
    let fresh = xtask::generate(&root).expect("api/ renders");
    let current = std::fs::read_to_string(root.join(xtask::GENERATED)).unwrap_or_default();
    assert!(
        current == fresh,
        "{} is stale: run `cargo run -p xtask -- codegen` and commit the result",
        xtask::GENERATED
    );
}

#[test]
fn rendering_notices_a_changed_overlay() {
    let root = xtask::workspace_root();
    let model = std::fs::read_to_string(root.join(xtask::MODEL)).unwrap();
    let overlay = std::fs::read_to_string(root.join(xtask::OVERLAY)).unwrap();
    let base = xtask::render(&model, &overlay).unwrap();
    let changed = overlay.replacen("\"rate_limit\": 20", "\"rate_limit\": 21", 1);
    assert_ne!(changed, overlay);
    assert_ne!(xtask::render(&model, &changed).unwrap(), base);
    let model_changed = model.replacen("\"ActivityId\"", "\"ActivityID\"", 1);
    assert_ne!(xtask::render(&model_changed, &overlay).unwrap(), base);
}

#[test]
fn rendering_refuses_an_overlay_missing_an_action() {
    let root = xtask::workspace_root();
    let model = std::fs::read_to_string(root.join(xtask::MODEL)).unwrap();
    let overlay = std::fs::read_to_string(root.join(xtask::OVERLAY)).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&overlay).unwrap();
    v["actions"].as_object_mut().unwrap().remove("SubmitJob");
    let err = xtask::render(&model, &v.to_string()).unwrap_err();
    assert!(err.contains("SubmitJob"), "{err}");
}

#[test]
fn rendering_refuses_an_action_name_that_is_no_rust_name() {
    let root = xtask::workspace_root();
    let model = std::fs::read_to_string(root.join(xtask::MODEL)).unwrap();
    let overlay = std::fs::read_to_string(root.join(xtask::OVERLAY)).unwrap();
    let rename = |text: &str| {
        let mut v: serde_json::Value = serde_json::from_str(text).unwrap();
        let actions = v["actions"].as_object_mut().unwrap();
        let a = actions.remove("SubmitJob").unwrap();
        actions.insert("Submit-Job".to_string(), a);
        v.to_string()
    };
    let err = xtask::render(&rename(&model), &rename(&overlay)).unwrap_err();
    assert!(err.contains("Submit-Job"), "{err}");
}

#[test]
fn the_action_ids_follow_the_action_table() {
    let root = xtask::workspace_root();
    let text = xtask::generate(&root).unwrap();
    // The lines after `start` up to the line `end`, that are `prefix` NAME `suffix`.
    let names = |start: &str, end: &str, prefix: &str, suffix: &str| -> Vec<String> {
        let from = text.find(start).unwrap() + start.len();
        text[from..]
            .lines()
            .skip(1)
            .take_while(|l| *l != end)
            .map(str::trim)
            .filter_map(|l| l.strip_prefix(prefix)?.strip_suffix(suffix))
            .map(str::to_string)
            .collect()
    };
    let table = names("pub static ACTIONS", "];", "name: \"", "\",");
    let variants = names("pub enum ActionId {", "}", "", ",");
    let all = names(
        "pub const ALL: &'static [ActionId]",
        "    ];",
        "Self::",
        ",",
    );
    assert_eq!(table.len(), 30);
    assert_eq!(variants, table);
    assert_eq!(all, table);
}

#[test]
fn rendering_refuses_a_row_list_that_is_no_list() {
    let root = xtask::workspace_root();
    let model = std::fs::read_to_string(root.join(xtask::MODEL)).unwrap();
    let overlay = std::fs::read_to_string(root.join(xtask::OVERLAY)).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&overlay).unwrap();
    v["actions"]["DescribeJob"]["list"] = "TaskMetrics".into();
    let err = xtask::render(&model, &v.to_string()).unwrap_err();
    assert!(
        err.contains("TaskMetrics") && err.contains("not a list"),
        "{err}"
    );
}

#[test]
fn rendering_refuses_list_names_that_make_one_constant() {
    let root = xtask::workspace_root();
    let model = std::fs::read_to_string(root.join(xtask::MODEL)).unwrap();
    let overlay = std::fs::read_to_string(root.join(xtask::OVERLAY)).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&model).unwrap();
    let members = v["objects"]["DescribeJobResponse"]["members"]
        .as_array_mut()
        .unwrap();
    let mut twin = members
        .iter()
        .find(|m| m["name"] == "TaskSet")
        .unwrap()
        .clone();
    twin["name"] = "TASKSet".into();
    members.push(twin);
    let err = xtask::render(&v.to_string(), &overlay).unwrap_err();
    assert!(err.contains("TASK_SET"), "{err}");
}

#[test]
fn rendering_is_deterministic() {
    let root = xtask::workspace_root();
    assert_eq!(
        xtask::generate(&root).unwrap(),
        xtask::generate(&root).unwrap()
    );
}
