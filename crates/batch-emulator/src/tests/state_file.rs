//! `--state-file`: the world kept across restarts, and a file that is not a state
//! refused.

use serde_json::json;

use super::support::*;
use super::support_world::*;
use crate::service::Service;
use crate::state::stories;

#[test]
fn the_state_file_keeps_the_world_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.json");
    let config = crate::Config {
        state_file: Some(path.clone()),
        stories: true,
        ..crate::Config::new("127.0.0.1:0", crate::data::demo_jobs())
    };
    let first = Service::with_world(crate::world_for(&config).unwrap());
    let id = submit(&first, json!([task("a", "echo saved", 1)]), json!([]));
    let deleted = stories::SUCCEEDED_STORY;
    assert!(call(&first, "DeleteJob", json!({"JobId": deleted}))["Error"].is_null());
    let before = first.world().len();
    // What changed since the last save is written by the saver, or at the end.
    first.world().flush().unwrap();
    drop(first);
    let again = Service::with_world(crate::world_for(&config).unwrap());
    assert_eq!(again.world().len(), before);
    assert_eq!(job(&again, &id)["TaskSet"][0]["TaskName"], "a");
    assert_eq!(error_code(&job(&again, deleted)), "ResourceNotFound.Job");
    assert_eq!(job(&again, stories::FAILED_STORY)["JobState"], "FAILED");
    drop(again);
    std::fs::write(&path, "{not json").unwrap();
    let err = crate::world_for(&config).err().expect("refused");
    assert!(
        matches!(&err, crate::Error::Usage(m) if m.contains("world.json")),
        "{err:?}"
    );
}

fn config_on(path: &std::path::Path) -> crate::Config {
    crate::Config {
        state_file: Some(path.to_path_buf()),
        ..crate::Config::new("127.0.0.1:0", Vec::new())
    }
}

#[test]
fn a_second_world_on_the_same_state_file_is_refused_while_the_first_lives() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.json");
    let first = crate::world_for(&config_on(&path)).unwrap();
    let err = crate::world_for(&config_on(&path))
        .err()
        .expect("a second world is refused");
    assert!(
        matches!(&err, crate::Error::Usage(m)
            if m.contains("world.json") && m.contains("another emulator holds it")),
        "{err:?}"
    );
    drop(first);
    assert!(crate::world_for(&config_on(&path)).is_ok());
}

#[test]
fn changes_are_saved_together_not_one_rewrite_each() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.json");
    let svc = Service::with_world(crate::world_for(&config_on(&path)).unwrap());
    let at_start = svc.world().lock().saves();
    let ids: Vec<String> = (0..20)
        .map(|_| submit(&svc, json!([task("a", "echo", 1)]), json!([])))
        .collect();
    // Twenty writes, no rewrite of the file yet: the saver writes them together.
    assert_eq!(svc.world().lock().saves(), at_start);
    svc.world().flush().unwrap();
    svc.world().flush().unwrap();
    assert_eq!(svc.world().lock().saves(), at_start + 1);
    // No temporary file is left beside it.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.contains("tmp")), "{names:?}");
    drop(svc);
    let again = Service::with_world(crate::world_for(&config_on(&path)).unwrap());
    for id in &ids {
        assert_eq!(job(&again, id)["JobId"], id.as_str());
    }
}

#[test]
fn while_the_state_cannot_be_saved_writes_are_refused_with_internal_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("world.json");
    let svc = Service::with_world(crate::world_for(&config_on(&path)).unwrap());
    let kept = submit(&svc, json!([task("a", "echo", 1)]), json!([]));
    // The state file's place is taken by a directory: no save can land there.
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    std::fs::write(path.join("x"), "x").unwrap();
    let err = svc.world().flush().expect_err("the save fails");
    assert!(err.to_string().contains("world.json"), "{err}");
    let doc = call(
        &svc,
        "SubmitJob",
        json!({"Placement": {"Zone": "ap-guangzhou-3"},
               "Job": {"JobName": "t", "Tasks": [task("a", "echo", 1)]}}),
    );
    assert_eq!(error_code(&doc), "InternalError", "{doc}");
    assert!(error_message(&doc).contains("world.json"), "{doc}");
    let before = svc.world().len();
    assert_eq!(
        error_code(&call(&svc, "DeleteJob", json!({"JobId": kept}))),
        "InternalError"
    );
    assert_eq!(svc.world().len(), before, "nothing changed");
    // Reads are still answered.
    assert_eq!(job(&svc, &kept)["JobId"], kept.as_str());
    // Once a save succeeds, writes are taken again, and what was kept is on disk.
    std::fs::remove_dir_all(&path).unwrap();
    svc.world().flush().unwrap();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains(&kept));
    submit(&svc, json!([task("a", "echo", 1)]), json!([]));
}
