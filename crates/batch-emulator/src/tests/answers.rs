//! Members the service always answers: `Placement.ProjectId`, RedirectInfo's file
//! names, lists as `[]` rather than `null`, and only the service's activity states.

use serde_json::{Value, json};

use super::support_world::START_MS;
use super::support_world::*;
use crate::service::Service;
use crate::state::envs::{CREATED_MS, CREATING_MS};

fn create_env(svc: &Service, placement: Value) -> String {
    let body = json!({
        "ComputeEnv": {"EnvName": "e", "EnvType": "MANAGED", "DesiredComputeNodeCount": 1,
            "EnvData": {"InstanceType": "S5.MEDIUM4", "ImageId": "img-abcdefgh"}},
        "Placement": placement,
    });
    let answer = call(svc, "CreateComputeEnv", body);
    answer["EnvId"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"))
        .to_string()
}

fn redirected_task() -> Value {
    let mut t = task("a", "echo a", 1);
    t["RedirectInfo"] = json!({"StdoutRedirectPath": "cos://b-1250000000.cos.ap-guangzhou.myqcloud.com/out/",
        "StderrRedirectPath": "cos://b-1250000000.cos.ap-guangzhou.myqcloud.com/err/",
        "StderrRedirectFileName": "err.log"});
    t
}

#[test]
fn placement_carries_project_id_0_unless_another_was_given() {
    let (svc, _hand) = world(Vec::new());
    let env = create_env(&svc, json!({"Zone": "ap-guangzhou-3"}));
    let view = call(&svc, "DescribeComputeEnv", json!({"EnvId": env}));
    assert_eq!(view["Placement"]["ProjectId"], 0);
    let set = call(&svc, "DescribeComputeEnvs", json!({}))["ComputeEnvSet"].clone();
    assert_eq!(set[0]["Placement"]["ProjectId"], 0);
    let other = create_env(&svc, json!({"Zone": "ap-guangzhou-3", "ProjectId": 7}));
    let view = call(&svc, "DescribeComputeEnv", json!({"EnvId": other}));
    assert_eq!(view["Placement"]["ProjectId"], 7);

    let id = submit(&svc, json!([task("a", "echo a", 1)]), json!([]));
    let listed = listed(&svc, &id);
    assert_eq!(listed["Placement"]["ProjectId"], 0);
    assert_eq!(listed["Placement"]["Zone"], "ap-guangzhou-3");
}

#[test]
fn redirect_info_answers_both_file_names() {
    let (svc, _hand) = world(Vec::new());
    let id = submit(&svc, json!([redirected_task()]), json!([]));
    let info = call(&svc, "DescribeJobSubmitInfo", json!({"JobId": id}));
    let redirect = &info["Tasks"][0]["RedirectInfo"];
    assert_eq!(redirect["StdoutRedirectFileName"], "");
    assert_eq!(redirect["StderrRedirectFileName"], "err.log");
    assert!(redirect["StdoutRedirectPath"].is_string());

    let body = json!({"TaskTemplateName": "t", "TaskTemplateInfo": redirected_task()});
    assert!(call(&svc, "CreateTaskTemplate", body)["TaskTemplateId"].is_string());
    let set = call(&svc, "DescribeTaskTemplates", json!({}))["TaskTemplateSet"].clone();
    let redirect = &set[0]["TaskTemplateInfo"]["RedirectInfo"];
    assert_eq!(redirect["StdoutRedirectFileName"], "");
    assert_eq!(redirect["StderrRedirectFileName"], "err.log");
}

#[test]
fn create_infos_answer_empty_lists_not_null() {
    let (svc, _hand) = world(Vec::new());
    let env = create_env(&svc, json!({"Zone": "ap-guangzhou-3"}));
    let one = call(&svc, "DescribeComputeEnvCreateInfo", json!({"EnvId": env}));
    let set = call(&svc, "DescribeComputeEnvCreateInfos", json!({}));
    for info in [&one, &set["ComputeEnvCreateInfoSet"][0]] {
        for key in [
            "MountDataDisks",
            "InputMappings",
            "Authentications",
            "Notifications",
            "Tags",
        ] {
            assert_eq!(info[key], json!([]), "{key} in {info}");
        }
    }
}

#[test]
fn activities_are_processing_then_succeed() {
    let (svc, hand) = world(Vec::new());
    let env = create_env(&svc, json!({"Zone": "ap-guangzhou-3"}));
    let states = || -> Vec<String> {
        call(&svc, "DescribeComputeEnvActivities", json!({"EnvId": env}))["ActivitySet"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["ActivityState"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(states(), ["PROCESSING"]);
    hand.advance(CREATING_MS + CREATED_MS);
    assert_eq!(states(), ["SUCCEED"]);
}

/// The values the documentation gives for the members that take one of a few, by
/// (object, member); the answer's own object is named by the model's output object.
const DOCUMENTED_VALUES: &[(&str, &str, &[&str])] = &[
    ("JobView", "JobState", &STATES),
    ("DescribeJobResponse", "JobState", &STATES),
    ("TaskView", "TaskState", &STATES),
    ("TaskItem", "TaskState", &STATES),
    ("DescribeTaskResponse", "TaskState", &STATES),
    ("TaskInstanceView", "TaskInstanceState", &STATES),
    ("TaskInstanceItem", "TaskInstanceState", &STATES),
    (
        "ComputeNode",
        "ComputeNodeState",
        &[
            "CREATING",
            "PENDING",
            "CREATED",
            "CREATION_FAILED",
            "RUNNING",
            "ABNORMAL",
            "DELETING",
        ],
    ),
    (
        "Activity",
        "ActivityState",
        &["SUBMITTED", "PROCESSING", "SUCCEED", "FAILED"],
    ),
];

/// Job, task and instance states: the model's eight.
const STATES: [&str; 8] = crate::api::JOB_STATES;

/// Scalars that are `null` until what they tell has happened, as the service answers an
/// unfinished job's `EndTime` (the reference page): times not reached, the exit code
/// and node before there are any, logs before any output, a description never given.
/// And the `Tags: null` the demo set's listed job `job-6vdiqi6t` carries on purpose:
/// listed jobs are served byte for byte as given. Never a list otherwise.
fn not_yet(object: &str, member: &str, path: &str) -> bool {
    matches!(
        member,
        "EndTime"
            | "LaunchTime"
            | "RunningTime"
            | "ExitCode"
            | "ComputeNodeInstanceId"
            | "StdoutLog"
            | "StderrLog"
            | "EnvDescription"
    ) || (object == "JobView" && member == "Tags" && path.starts_with("DescribeJobs."))
}

/// What is wrong in `value`, an instance of the model's `object` at `path`: a required
/// member absent, `null` where the model does not allow it (a list above all), a value
/// of another type than the model's, a value outside the documented ones.
fn problems(value: &Value, object: &str, path: &str, out: &mut Vec<String>) {
    let Some(shape) = batch_api::object(object) else {
        out.push(format!("{path}: the model has no object {object}"));
        return;
    };
    let Some(map) = value.as_object() else {
        out.push(format!("{path}: not an object ({object}): {value}"));
        return;
    };
    for member in shape.members {
        let here = format!("{path}.{}", member.name);
        match map.get(member.name) {
            None if member.required => out.push(format!("{here}: required, absent")),
            None => {}
            Some(Value::Null) if !member.nullable && !not_yet(object, member.name, path) => {
                out.push(format!("{here}: null"))
            }
            Some(Value::Null) => {}
            Some(v) => {
                of_type(v, member.ty, member.member, &here, out);
                if let Some((_, _, allowed)) = DOCUMENTED_VALUES
                    .iter()
                    .find(|(o, m, _)| *o == object && *m == member.name)
                    && !v.as_str().is_some_and(|s| allowed.contains(&s))
                {
                    out.push(format!("{here}: {v} is none of {allowed:?}"));
                }
            }
        }
    }
}

fn of_type(
    v: &Value,
    ty: batch_api::schema::Type,
    member: Option<&str>,
    here: &str,
    out: &mut Vec<String>,
) {
    use batch_api::schema::Type;
    let fits = match ty {
        Type::String => v.is_string(),
        Type::Int => v.is_i64() || v.is_u64(),
        Type::Float => v.is_number(),
        Type::Bool => v.is_boolean(),
        Type::Object => {
            if let Some(name) = member {
                problems(v, name, here, out);
            }
            return;
        }
        Type::List => {
            let Some(items) = v.as_array() else {
                out.push(format!("{here}: not a list: {v}"));
                return;
            };
            for (i, item) in items.iter().enumerate() {
                let at = format!("{here}.{i}");
                match member {
                    Some("string") => of_type(item, Type::String, None, &at, out),
                    Some("int64" | "uint64" | "int" | "integer") => {
                        of_type(item, Type::Int, None, &at, out)
                    }
                    Some("float" | "double") => of_type(item, Type::Float, None, &at, out),
                    Some("bool" | "boolean") => of_type(item, Type::Bool, None, &at, out),
                    Some(name) => problems(item, name, &at, out),
                    None => {}
                }
            }
            return;
        }
    };
    if !fits {
        out.push(format!("{here}: {v} is not a {ty:?}"));
    }
}

/// A world with one of everything: the demo set's listed jobs (every state), its
/// stories, simulated jobs that succeeded, failed, were interrupted, retried, are
/// running, waiting and terminated, an environment with nodes (created and attached,
/// one terminated), activities and notifications, another still being created, and
/// templates.
fn everything() -> (Service, crate::state::Hand) {
    use crate::state::{Clock, World, stories};
    let (clock, hand) = Clock::manual(START_MS, 1.0);
    let mut w = World::new(crate::demo_jobs(), clock);
    stories::add(&mut w);
    let svc = Service::with_world(w);

    let notify = json!([{"TopicName": "topic", "EventConfigs": [
        {"EventName": "COMPUTE_NODE_RUNNING", "EventVars": [{"Name": "k", "Value": "v"}]}]}]);
    let body = json!({
        "ComputeEnv": {"EnvName": "full", "EnvType": "MANAGED", "DesiredComputeNodeCount": 2,
            "EnvData": {"InstanceType": "S5.LARGE8", "ImageId": "img-abcdefgh"},
            "Notifications": notify, "Tags": [{"Key": "team", "Value": "a"}]},
        "Placement": {"Zone": "ap-guangzhou-3"},
    });
    let env = call(&svc, "CreateComputeEnv", body)["EnvId"]
        .as_str()
        .expect("an EnvId")
        .to_string();
    hand.advance(CREATING_MS + CREATED_MS);
    let attached = call(
        &svc,
        "AttachInstances",
        json!({"EnvId": env, "Instances": [{"InstanceId": "ins-abcd1234"}]}),
    );
    assert!(attached["Error"].is_null(), "{attached}");
    let nodes = call(&svc, "DescribeComputeEnv", json!({"EnvId": env}))["ComputeNodeSet"].clone();
    let node = nodes[0]["ComputeNodeId"].as_str().unwrap().to_string();
    let gone = call(
        &svc,
        "TerminateComputeNode",
        json!({"EnvId": env, "ComputeNodeId": node}),
    );
    assert!(gone["Error"].is_null(), "{gone}");

    let mut interrupted = task("i", "exit 1", 2);
    interrupted["FailedAction"] = json!("INTERRUPT");
    let mut retried = task("r", "make; exit 2", 1);
    retried["MaxRetryCount"] = json!(1);
    let mut on_env = task("e", "echo on env", 1);
    on_env["EnvId"] = json!(env);
    let mut redirected = redirected_task();
    redirected["TaskName"] = json!("redirected");
    let ids: Vec<String> = [
        (json!([task("a", "echo a", 2), redirected]), json!([])),
        (
            json!([
                task("f", "echo oops >&2; exit 3", 1),
                task("never", "echo", 1)
            ]),
            json!([{"StartTask": "f", "EndTask": "never"}]),
        ),
        (json!([interrupted]), json!([])),
        (json!([retried]), json!([])),
        (
            json!([task("long", "sleep 100000", 1), task("after", "echo", 1)]),
            json!([{"StartTask": "long", "EndTask": "after"}]),
        ),
        (json!([task("stop", "sleep 100000", 1)]), json!([])),
        (json!([on_env]), json!([])),
    ]
    .into_iter()
    .map(|(tasks, deps)| submit(&svc, tasks, deps))
    .collect();
    let body = json!({
        "Placement": {"Zone": "ap-guangzhou-3"},
        "Job": {"JobName": "notified", "Priority": 1, "Tasks": [task("n", "echo", 1)],
            "Notifications": [{"TopicName": "t", "EventConfigs": [
                {"EventName": "JOB_SUCCEED", "EventVars": []}]}],
            "Tags": [{"Key": "k", "Value": "v"}]},
    });
    assert!(call(&svc, "SubmitJob", body)["JobId"].is_string());
    hand.advance(120_000);
    let stop = call(&svc, "TerminateJob", json!({"JobId": ids[5]}));
    assert!(stop["Error"].is_null(), "{stop}");
    let retry = call(&svc, "RetryJobs", json!({"JobIds": [ids[1]]}));
    assert!(retry["Error"].is_null(), "{retry}");
    let template = json!({"TaskTemplateName": "t", "TaskTemplateDescription": "d",
        "TaskTemplateInfo": redirected_task(), "Tags": [{"Key": "k", "Value": "v"}]});
    assert!(call(&svc, "CreateTaskTemplate", template)["TaskTemplateId"].is_string());
    let creating = json!({
        "ComputeEnv": {"EnvName": "creating", "EnvType": "MANAGED", "DesiredComputeNodeCount": 1,
            "EnvData": {"InstanceType": "S5.MEDIUM4", "ImageId": "img-abcdefgh"}},
        "Placement": {"Zone": "ap-guangzhou-3"},
    });
    assert!(call(&svc, "CreateComputeEnv", creating)["EnvId"].is_string());
    hand.advance(500);
    (svc, hand)
}

#[test]
fn every_read_answers_what_the_model_requires_with_documented_values() {
    let (svc, _hand) = everything();
    let jobs = call(&svc, "DescribeJobs", json!({"Limit": 100}))["JobSet"].clone();
    let jobs: Vec<String> = jobs
        .as_array()
        .unwrap()
        .iter()
        .map(|j| j["JobId"].as_str().unwrap().to_string())
        .collect();
    let envs = call(&svc, "DescribeComputeEnvs", json!({"Limit": 100}))["ComputeEnvSet"].clone();
    let envs: Vec<String> = envs
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["EnvId"].as_str().unwrap().to_string())
        .collect();
    assert!(envs.len() >= 3, "{envs:?}");
    let mut bodies: Vec<(&'static str, Value)> = vec![
        ("DescribeJobs", json!({})),
        ("DescribeJobs", json!({"Limit": 100})),
        ("DescribeTaskTemplates", json!({})),
        ("DescribeComputeEnvs", json!({})),
        ("DescribeComputeEnvCreateInfos", json!({})),
        ("DescribeAvailableCvmInstanceTypes", json!({})),
        ("DescribeCvmZoneInstanceConfigInfos", json!({})),
        ("DescribeInstanceCategories", json!({})),
    ];
    for env in &envs {
        for action in [
            "DescribeComputeEnv",
            "DescribeComputeEnvActivities",
            "DescribeComputeEnvCreateInfo",
        ] {
            bodies.push((action, json!({"EnvId": env})));
        }
    }
    let mut states = std::collections::BTreeSet::new();
    for job in &jobs {
        bodies.push(("DescribeJobSubmitInfo", json!({"JobId": job})));
        let described = call(&svc, "DescribeJob", json!({"JobId": job}));
        states.insert(described["JobState"].as_str().unwrap_or("").to_string());
        bodies.push(("DescribeJob", json!({"JobId": job})));
        for task in described["TaskSet"].as_array().unwrap() {
            let name = task["TaskName"].as_str().unwrap();
            bodies.push(("DescribeTask", json!({"JobId": job, "TaskName": name})));
            bodies.push(("DescribeTaskLogs", json!({"JobId": job, "TaskName": name})));
            for metric in crate::actions::limits::METRIC_NAMES {
                bodies.push((
                    "DescribeJobMonitorData",
                    json!({"JobId": job, "TaskName": name, "TaskInstanceIndex": 0,
                           "MetricName": metric}),
                ));
            }
        }
    }
    // The world holds a job in every state.
    assert_eq!(states.len(), STATES.len(), "{states:?}");
    // Every read action of the model is asked.
    for action in batch_api::actions() {
        if action.kind == batch_api::schema::Kind::Read {
            assert!(
                bodies.iter().any(|(a, _)| *a == action.name),
                "no body for {}",
                action.name
            );
        }
    }
    let mut found = Vec::new();
    for (action, body) in &bodies {
        let answer = call(&svc, action, body.clone());
        assert!(answer["Error"].is_null(), "{action} {body}: {answer}");
        let output = batch_api::action(action).unwrap().output;
        problems(&answer, output, action, &mut found);
        // Members the service always answers though the model does not mark them.
        if *action == "DescribeJobSubmitInfo" && !answer["JobDescription"].is_string() {
            found.push(format!("{action} {body}: JobDescription absent"));
        }
    }
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "{} problems:\n{}",
        found.len(),
        found.join("\n")
    );
}
