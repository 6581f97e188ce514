//! The demo set's simulated jobs, submitted an hour before the clock's now so that they
//! have finished: a failed ETL pipeline whose `jobs why` tells what happened, and a
//! succeeded job with logs.
//!
//! - `job-etl0fail` (`nightly-etl`): `extract` (2 instances) succeeds; `transform`
//!   writes a warning and an error to stderr and exits with status 3; `load`, which
//!   depends on `transform`, never runs.
//! - `job-hello0ok` (`hello-batch`): `hello` (3 instances) prints two lines and succeeds.
//! - `env-demo0001` (`demo-env`): a managed environment of S5.MEDIUM4 in ap-guangzhou-3
//!   with two RUNNING nodes, `node-demo0001` and `node-demo0002` (on `ins-demo0001`,
//!   `ins-demo0002`).
//! - `task-tmpl-demo0001` (`hello-template`): a task that echoes a greeting.

use serde_json::json;

use super::envs::Env;
use super::submission;
use super::templates::Template;
use super::world::World;

/// The stories' JobIds.
pub const FAILED_STORY: &str = "job-etl0fail";
pub const SUCCEEDED_STORY: &str = "job-hello0ok";

fn bodies() -> Vec<(&'static str, serde_json::Value)> {
    let env = json!({"EnvType": "MANAGED", "EnvData": {"InstanceType": "S5.MEDIUM4", "ImageId": "img-demo0001"}});
    let redirect = json!({
        "StdoutRedirectPath": "cos://demo-logs-1250000000.cos.ap-guangzhou.myqcloud.com/etl/",
        "StderrRedirectPath": "cos://demo-logs-1250000000.cos.ap-guangzhou.myqcloud.com/etl/"
    });
    vec![
        (
            FAILED_STORY,
            json!({
                "Placement": {"Zone": "ap-guangzhou-3"},
                "Job": {
                    "JobName": "nightly-etl",
                    "JobDescription": "extract, transform and load yesterday's orders",
                    "Priority": 10,
                    "Tasks": [
                        {"TaskName": "extract", "TaskInstanceNum": 2, "ComputeEnv": env,
                         "RedirectInfo": redirect,
                         "Application": {"DeliveryForm": "LOCAL",
                             "Command": "echo 'extract: reading orders for 2024-06-09'; sleep 20; echo 'extract: 120000 rows written to /data/orders.csv'"}},
                        {"TaskName": "transform", "TaskInstanceNum": 1, "ComputeEnv": env,
                         "RedirectInfo": redirect,
                         "Application": {"DeliveryForm": "LOCAL",
                             "Command": "echo 'transform: parsing /data/orders.csv'; sleep 5; echo 'warning: 17 rows have no customer_id' >&2; echo 'error: column amount is not a number in row 5120' >&2; exit 3"}},
                        {"TaskName": "load", "TaskInstanceNum": 1, "ComputeEnv": env,
                         "Application": {"DeliveryForm": "LOCAL",
                             "Command": "echo 'load: writing to the warehouse'; sleep 10"}}
                    ],
                    "Dependences": [
                        {"StartTask": "extract", "EndTask": "transform"},
                        {"StartTask": "transform", "EndTask": "load"}
                    ],
                    "Tags": [{"Key": "team", "Value": "data"}]
                }
            }),
        ),
        (
            SUCCEEDED_STORY,
            json!({
                "Placement": {"Zone": "ap-guangzhou-4"},
                "Job": {
                    "JobName": "hello-batch",
                    "Priority": 1,
                    "Tasks": [
                        {"TaskName": "hello", "TaskInstanceNum": 3, "ComputeEnv": env,
                         "Application": {"DeliveryForm": "LOCAL",
                             "Command": "echo 'Hello from Batch'; sleep 2; echo done"}}
                    ],
                    "Tags": [{"Key": "env", "Value": "dev"}]
                }
            }),
        ),
    ]
}

/// The demo environment's and template's IDs.
pub const DEMO_ENV: &str = "env-demo0001";
pub const DEMO_TEMPLATE: &str = "task-tmpl-demo0001";

fn add_env_and_template(world: &mut World, at: i64) {
    let named = json!({
        "EnvName": "demo-env",
        "EnvDescription": "two nodes for trying jobs submit --env",
        "EnvType": "MANAGED",
        "EnvData": {"InstanceType": "S5.MEDIUM4", "ImageId": "img-demo0001"},
        "DesiredComputeNodeCount": 2,
        "Tags": [{"Key": "env", "Value": "dev"}]
    });
    let mut env = Env {
        id: DEMO_ENV.into(),
        name: "demo-env".into(),
        description: Some("two nodes for trying jobs submit --env".into()),
        placement: json!({"Zone": "ap-guangzhou-3"}),
        zone: "ap-guangzhou-3".into(),
        created_as: named.clone(),
        env_type: "MANAGED".into(),
        cpu: 2,
        mem: 4,
        created: at,
        desired: 2,
        tags: vec![json!({"Key": "env", "Value": "dev"})],
        nodes: Vec::new(),
        activities: Vec::new(),
        deleted: None,
        fault: None,
    };
    env.converge("CreateComputeEnv: the capacity is 2", at);
    // Stable IDs, so that every `--emulator` run can name the same nodes.
    for (k, (node, activity)) in env.nodes.iter_mut().zip(&mut env.activities).enumerate() {
        node.id = format!("node-demo000{}", k + 1);
        node.instance_id = format!("ins-demo000{}", k + 1);
        activity.id = format!("act-demo000{}", k + 1);
        activity.node_id = node.id.clone();
        activity.instance_id = node.instance_id.clone();
    }
    let fleet = world.fleet_mut();
    fleet.envs.push(env);
    fleet.templates.push(Template {
        id: DEMO_TEMPLATE.into(),
        name: "hello-template".into(),
        description: Some("a task that says hello".into()),
        info: json!({
            "TaskName": "hello",
            "TaskInstanceNum": 1,
            "Application": {"DeliveryForm": "LOCAL", "Command": "echo 'Hello from a template'"},
            "ComputeEnv": {"EnvType": "MANAGED",
                "EnvData": {"InstanceType": "S5.MEDIUM4", "ImageId": "img-demo0001"}}
        }),
        created: at,
        tags: vec![json!({"Key": "env", "Value": "dev"})],
    });
}

/// Adds the stories, submitted an hour before the world's now.
pub fn add(world: &mut World) {
    let at = world.now_ms() - 3_600_000;
    add_env_and_template(world, at);
    for (id, body) in bodies() {
        // The bodies are constants checked by a test; a failure would only mean a bad edit.
        if let Ok(job) = submission::job_from_body(id, &body, at) {
            world.insert_sim(job, None);
        }
    }
}
