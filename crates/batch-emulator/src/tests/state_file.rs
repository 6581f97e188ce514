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
    drop(first);
    let again = Service::with_world(crate::world_for(&config).unwrap());
    assert_eq!(again.world().len(), before);
    assert_eq!(job(&again, &id)["TaskSet"][0]["TaskName"], "a");
    assert_eq!(error_code(&job(&again, deleted)), "ResourceNotFound.Job");
    assert_eq!(job(&again, stories::FAILED_STORY)["JobState"], "FAILED");
    std::fs::write(&path, "{not json").unwrap();
    let err = crate::world_for(&config).err().expect("refused");
    assert!(
        matches!(&err, crate::Error::Usage(m) if m.contains("world.json")),
        "{err:?}"
    );
}
