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
fn rendering_is_deterministic() {
    let root = xtask::workspace_root();
    assert_eq!(
        xtask::generate(&root).unwrap(),
        xtask::generate(&root).unwrap()
    );
}
