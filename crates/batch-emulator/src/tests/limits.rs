//! The service's documented limits (`crate::actions::limits`): each refused with its
//! code, and nothing in the world changed by a refused request. Wrong JSON types are
//! `InvalidParameter` on every action.

use serde_json::{Value, json};

use super::support::*;
use super::support_world::*;
use crate::service::Service;

fn named_env(extra: Value) -> Value {
    let mut env = json!({"EnvName": "e", "EnvType": "MANAGED", "DesiredComputeNodeCount": 1,
        "EnvData": {"InstanceType": "S5.MEDIUM4", "ImageId": "img-abcdefgh"}});
    for (k, v) in extra.as_object().unwrap() {
        env[k] = v.clone();
    }
    json!({"ComputeEnv": env, "Placement": {"Zone": "ap-guangzhou-3"}})
}

fn create_env(svc: &Service, extra: Value) -> Value {
    call(svc, "CreateComputeEnv", named_env(extra))
}

fn env_count(svc: &Service) -> u64 {
    call(svc, "DescribeComputeEnvs", json!({}))["TotalCount"]
        .as_u64()
        .unwrap()
}

fn job_count(svc: &Service) -> u64 {
    call(svc, "DescribeJobs", json!({}))["TotalCount"]
        .as_u64()
        .unwrap()
}

fn template_count(svc: &Service) -> u64 {
    call(svc, "DescribeTaskTemplates", json!({}))["TotalCount"]
        .as_u64()
        .unwrap()
}

fn submit_job(svc: &Service, job_extra: Value, task_extra: Value) -> Value {
    let mut t = task("a", "echo a", 1);
    for (k, v) in task_extra.as_object().unwrap() {
        t[k] = v.clone();
    }
    let mut job = json!({"JobName": "j", "Tasks": [t]});
    for (k, v) in job_extra.as_object().unwrap() {
        job[k] = v.clone();
    }
    call(
        svc,
        "SubmitJob",
        json!({"Placement": {"Zone": "ap-guangzhou-3"}, "Job": job}),
    )
}

fn create_template(svc: &Service, extra: Value, info_extra: Value) -> Value {
    let mut info = task("a", "echo a", 1);
    for (k, v) in info_extra.as_object().unwrap() {
        info[k] = v.clone();
    }
    let mut body = json!({"TaskTemplateName": "t", "TaskTemplateInfo": info});
    for (k, v) in extra.as_object().unwrap() {
        body[k] = v.clone();
    }
    call(svc, "CreateTaskTemplate", body)
}

fn tags(n: usize) -> Value {
    (0..n)
        .map(|i| json!({"Key": format!("k{i}"), "Value": "v"}))
        .collect()
}

fn env_id(answer: &Value) -> String {
    answer["EnvId"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"))
        .to_string()
}

#[test]
fn names_longer_than_60_characters_are_refused_and_nothing_is_created() {
    let (svc, _hand) = world(Vec::new());
    let long = "n".repeat(61);
    // Characters, not bytes: 60 CJK characters are allowed.
    let wide = "名".repeat(60);
    let refused = create_env(&svc, json!({"EnvName": long}));
    assert_eq!(error_code(&refused), "InvalidParameter.EnvNameTooLong");
    assert_eq!(env_count(&svc), 0);
    let env = env_id(&create_env(&svc, json!({"EnvName": wide})));
    let modify = json!({"EnvId": env, "EnvName": long});
    let refused = call(&svc, "ModifyComputeEnv", modify);
    assert_eq!(error_code(&refused), "InvalidParameter.EnvNameTooLong");
    let view = call(&svc, "DescribeComputeEnv", json!({"EnvId": env}));
    assert_eq!(view["EnvName"], wide);

    let refused = submit_job(&svc, json!({"JobName": long}), json!({}));
    assert_eq!(error_code(&refused), "InvalidParameter.JobNameTooLong");
    let refused = submit_job(&svc, json!({}), json!({"TaskName": long}));
    assert_eq!(error_code(&refused), "InvalidParameter.TaskNameTooLong");
    assert_eq!(job_count(&svc), 0);

    let refused = create_template(&svc, json!({"TaskTemplateName": long}), json!({}));
    assert_eq!(
        error_code(&refused),
        "InvalidParameter.TaskTemplateNameTooLong"
    );
    let refused = create_template(&svc, json!({}), json!({"TaskName": long}));
    assert_eq!(error_code(&refused), "InvalidParameter.TaskNameTooLong");
    assert_eq!(template_count(&svc), 0);
}

#[test]
fn descriptions_longer_than_200_characters_are_refused() {
    let (svc, _hand) = world(Vec::new());
    let long = "d".repeat(201);
    let refused = create_env(&svc, json!({"EnvDescription": long}));
    assert_eq!(
        error_code(&refused),
        "InvalidParameter.EnvDescriptionTooLong"
    );
    assert_eq!(env_count(&svc), 0);
    let refused = submit_job(&svc, json!({"JobDescription": long}), json!({}));
    assert_eq!(
        error_code(&refused),
        "InvalidParameter.JobDescriptionTooLong"
    );
    assert_eq!(job_count(&svc), 0);
    let refused = create_template(&svc, json!({"TaskTemplateDescription": long}), json!({}));
    assert_eq!(
        error_code(&refused),
        "InvalidParameter.TaskTemplateDescriptionTooLong"
    );
    assert_eq!(template_count(&svc), 0);
    let template = create_template(
        &svc,
        json!({"TaskTemplateDescription": "d".repeat(200)}),
        json!({}),
    );
    let id = template["TaskTemplateId"].as_str().unwrap().to_string();
    let modify = json!({"TaskTemplateId": id, "TaskTemplateDescription": long});
    let refused = call(&svc, "ModifyTaskTemplate", modify);
    assert_eq!(
        error_code(&refused),
        "InvalidParameter.TaskTemplateDescriptionTooLong"
    );
    let set = call(&svc, "DescribeTaskTemplates", json!({}))["TaskTemplateSet"].clone();
    assert_eq!(set[0]["TaskTemplateDescription"], "d".repeat(200));
}

#[test]
fn more_than_10_tags_are_refused() {
    let (svc, _hand) = world(Vec::new());
    let refused = create_env(&svc, json!({"Tags": tags(11)}));
    assert_eq!(error_code(&refused), "InvalidParameterValue.LimitExceeded");
    assert_eq!(env_count(&svc), 0);
    let refused = submit_job(&svc, json!({"Tags": tags(11)}), json!({}));
    assert_eq!(error_code(&refused), "InvalidParameterValue.LimitExceeded");
    assert_eq!(job_count(&svc), 0);
    let refused = create_template(&svc, json!({"Tags": tags(11)}), json!({}));
    assert_eq!(error_code(&refused), "InvalidParameterValue.LimitExceeded");
    assert_eq!(template_count(&svc), 0);
    env_id(&create_env(&svc, json!({"Tags": tags(10)})));
}

#[test]
fn desired_node_counts_outside_0_to_2000_are_refused_and_change_nothing() {
    let (svc, _hand) = world(Vec::new());
    for n in [2001, -1] {
        let refused = create_env(&svc, json!({"DesiredComputeNodeCount": n}));
        assert_eq!(error_code(&refused), "InvalidParameterValue", "{n}");
    }
    assert_eq!(env_count(&svc), 0);
    let env = env_id(&create_env(&svc, json!({})));
    for n in [2001, -1] {
        let modify = json!({"EnvId": env, "DesiredComputeNodeCount": n});
        let refused = call(&svc, "ModifyComputeEnv", modify);
        assert_eq!(error_code(&refused), "InvalidParameterValue", "{n}");
    }
    let view = call(&svc, "DescribeComputeEnv", json!({"EnvId": env}));
    assert_eq!(view["DesiredComputeNodeCount"], 1);
    assert_eq!(view["ComputeNodeSet"].as_array().unwrap().len(), 1);
}

#[test]
fn more_than_100_instances_per_attach_or_detach_are_refused() {
    let (svc, _hand) = world(Vec::new());
    let env = env_id(&create_env(&svc, json!({"DesiredComputeNodeCount": 0})));
    let ids: Vec<String> = (0..101).map(|i| format!("ins-{i:08}")).collect();
    let instances: Vec<Value> = ids.iter().map(|i| json!({"InstanceId": i})).collect();
    let attach = json!({"EnvId": env, "Instances": instances});
    let refused = call(&svc, "AttachInstances", attach);
    assert_eq!(error_code(&refused), "InvalidParameterValue.LimitExceeded");
    let view = call(&svc, "DescribeComputeEnv", json!({"EnvId": env}));
    assert_eq!(view["ComputeNodeSet"], json!([]));
    let detach = json!({"EnvId": env, "InstanceIds": ids});
    let refused = call(&svc, "DetachInstances", detach);
    assert_eq!(error_code(&refused), "InvalidParameterValue.LimitExceeded");
    let attach = json!({"EnvId": env, "Instances": instances[..100]});
    assert!(call(&svc, "AttachInstances", attach)["Error"].is_null());
}

#[test]
fn an_instance_type_named_twice_is_refused() {
    let (svc, _hand) = world(Vec::new());
    let data = json!({"InstanceTypes": ["S5.MEDIUM4", "S5.MEDIUM4"], "ImageId": "img-abcdefgh"});
    let refused = create_env(&svc, json!({"EnvData": data}));
    assert_eq!(
        error_code(&refused),
        "InvalidParameterValue.InstanceTypeDuplicate"
    );
    assert_eq!(env_count(&svc), 0);
    let env = json!({"EnvType": "MANAGED", "EnvData": data});
    let refused = submit_job(&svc, json!({}), json!({"ComputeEnv": env}));
    assert_eq!(
        error_code(&refused),
        "InvalidParameterValue.InstanceTypeDuplicate"
    );
    assert_eq!(job_count(&svc), 0);
}

#[test]
fn notification_events_must_be_known_and_named_once() {
    let (svc, _hand) = world(Vec::new());
    let notify = |names: &[&str]| {
        let configs: Vec<Value> = names
            .iter()
            .map(|n| json!({"EventName": n, "EventVars": []}))
            .collect();
        json!([{"TopicName": "topic", "EventConfigs": configs}])
    };
    let twice = notify(&["JOB_FAILED", "JOB_FAILED"]);
    let refused = submit_job(&svc, json!({"Notifications": twice}), json!({}));
    assert_eq!(
        error_code(&refused),
        "InvalidParameter.NotificationEventNameDuplicate"
    );
    let unknown = notify(&["JOB_EXPLODED"]);
    let refused = submit_job(&svc, json!({"Notifications": unknown}), json!({}));
    assert_eq!(error_code(&refused), "InvalidParameterValue");
    assert_eq!(job_count(&svc), 0);
    let twice = notify(&["COMPUTE_NODE_RUNNING", "COMPUTE_NODE_RUNNING"]);
    let refused = create_env(&svc, json!({"Notifications": twice}));
    assert_eq!(
        error_code(&refused),
        "InvalidParameter.NotificationEventNameDuplicate"
    );
    assert_eq!(env_count(&svc), 0);
    let ok = notify(&["JOB_FAILED", "JOB_SUCCEED"]);
    assert!(submit_job(&svc, json!({"Notifications": ok}), json!({}))["JobId"].is_string());
}

#[test]
fn each_action_accepts_exactly_its_documented_events() {
    use crate::actions::limits::{ENV_EVENT_NAMES, JOB_EVENT_NAMES};
    let (svc, _hand) = world(Vec::new());
    let notify = |names: &[&str]| {
        let configs: Vec<Value> = names
            .iter()
            .map(|n| json!({"EventName": n, "EventVars": []}))
            .collect();
        json!([{"TopicName": "topic", "EventConfigs": configs}])
    };
    // Every documented event of a job, all in one notification, is accepted …
    let all = notify(&JOB_EVENT_NAMES);
    assert!(submit_job(&svc, json!({"Notifications": all}), json!({}))["JobId"].is_string());
    // … and every one of an environment's.
    let all = notify(&ENV_EVENT_NAMES);
    assert!(create_env(&svc, json!({"Notifications": all}))["EnvId"].is_string());
    assert_eq!(env_count(&svc), 1);
    // A job event on an environment, and an environment event on a job, are unknown
    // there; the message names the events that are known.
    let refused = create_env(&svc, json!({"Notifications": notify(&["JOB_RUNNING"])}));
    assert_eq!(error_code(&refused), "InvalidParameterValue");
    let message = error_message(&refused);
    assert!(message.contains("JOB_RUNNING"), "{message}");
    assert!(message.contains("COMPUTE_ENV_DELETED"), "{message}");
    let env_only = notify(&["COMPUTE_ENV_CREATED"]);
    let refused = submit_job(&svc, json!({"Notifications": env_only}), json!({}));
    assert_eq!(error_code(&refused), "InvalidParameterValue");
    // Names are exact: another case is another (unknown) name.
    let lower = notify(&["compute_node_running"]);
    let refused = create_env(&svc, json!({"Notifications": lower}));
    assert_eq!(error_code(&refused), "InvalidParameterValue");
    assert_eq!(env_count(&svc), 1);
    assert_eq!(job_count(&svc), 1);
}

#[test]
fn max_retry_count_above_10_is_refused() {
    let (svc, _hand) = world(Vec::new());
    let refused = submit_job(&svc, json!({}), json!({"MaxRetryCount": 11}));
    assert_eq!(error_code(&refused), "InvalidParameterValue.MaxRetryCount");
    assert_eq!(job_count(&svc), 0);
    let refused = create_template(&svc, json!({}), json!({"MaxRetryCount": 11}));
    assert_eq!(error_code(&refused), "InvalidParameterValue.MaxRetryCount");
    assert_eq!(template_count(&svc), 0);
    assert!(submit_job(&svc, json!({}), json!({"MaxRetryCount": 10}))["JobId"].is_string());
}

#[test]
fn task_instance_counts_out_of_bounds_are_refused() {
    let (svc, _hand) = world(Vec::new());
    for n in [0, 10_001] {
        let refused = submit_job(&svc, json!({}), json!({"TaskInstanceNum": n}));
        assert_eq!(
            error_code(&refused),
            "InvalidParameterValue.TaskInstanceNum"
        );
        let refused = create_template(&svc, json!({}), json!({"TaskInstanceNum": n}));
        assert_eq!(
            error_code(&refused),
            "InvalidParameterValue.TaskInstanceNum"
        );
    }
    assert_eq!(job_count(&svc), 0);
    assert_eq!(template_count(&svc), 0);
}

#[test]
fn an_unknown_metric_name_is_refused() {
    let (svc, _hand) = world(Vec::new());
    let id = submit(&svc, json!([task("a", "echo a", 1)]), json!([]));
    let ask = |metric: &str| {
        call(
            &svc,
            "DescribeJobMonitorData",
            json!({"JobId": id, "TaskName": "a", "TaskInstanceIndex": 0, "MetricName": metric}),
        )
    };
    assert_eq!(error_code(&ask("CpuUsed")), "InvalidParameterValue");
    assert_eq!(error_code(&ask("cpuusage")), "InvalidParameterValue");
    for metric in crate::actions::limits::METRIC_NAMES {
        assert_ne!(
            error_code(&ask(metric)),
            "InvalidParameterValue",
            "{metric}"
        );
    }
}

#[test]
fn wrong_json_types_are_invalid_parameter_on_every_action() {
    let (svc, _hand) = world(Vec::new());
    let cases = [
        ("DescribeJobs", json!({"Limit": "20"})),
        ("DescribeJobs", json!({"JobIds": "job-3n2weaqt"})),
        ("DescribeComputeEnvs", json!({"Limit": "20"})),
        ("DescribeTaskTemplates", json!({"TaskTemplateIds": "x"})),
        ("CreateComputeEnv", named_env(json!({"EnvName": 5}))),
        ("DescribeJob", json!({"JobId": 5})),
    ];
    for (action, body) in cases {
        let refused = call(&svc, action, body.clone());
        assert_eq!(error_code(&refused), "InvalidParameter", "{action} {body}");
    }
    assert_eq!(env_count(&svc), 0);
}

/// A value of another JSON type than `ty`.
fn wrong(ty: batch_api::schema::Type) -> Value {
    use batch_api::schema::Type;
    match ty {
        Type::String => json!(5),
        Type::Int => json!("5"),
        Type::Float => json!("1.5"),
        Type::Bool => json!("true"),
        Type::Object => json!("x"),
        Type::List => json!({"0": "x"}),
    }
}

#[test]
fn a_wrong_type_for_any_member_of_any_action_is_invalid_parameter_and_changes_nothing() {
    let (svc, _hand) = world(Vec::new());
    let mut cases = 0;
    for action in batch_api::actions() {
        let input = batch_api::object(action.input).expect("the input object");
        let example = super::support::example(action.name);
        // Each member of the input, top level, in the published example's body.
        for member in input.members {
            let mut body = example.clone();
            body[member.name] = wrong(member.ty);
            let refused = call(&svc, action.name, body.clone());
            assert_eq!(
                error_code(&refused),
                "InvalidParameter",
                "{} {body}: {refused}",
                action.name
            );
            cases += 1;
        }
        // And one member inside each object the example gives.
        for member in input.members {
            let (Some(name), Some(value)) = (member.member, example.get(member.name)) else {
                continue;
            };
            let Some(inner) = batch_api::object(name) else {
                continue;
            };
            let target = match value {
                Value::Object(_) => format!("/{}", member.name),
                Value::Array(items) if items.first().is_some_and(Value::is_object) => {
                    format!("/{}/0", member.name)
                }
                _ => continue,
            };
            let Some(field) = inner.members.first() else {
                continue;
            };
            let mut body = example.clone();
            if let Some(Value::Object(map)) = body.pointer_mut(&target) {
                map.insert(field.name.to_string(), wrong(field.ty));
            }
            let refused = call(&svc, action.name, body.clone());
            assert_eq!(
                error_code(&refused),
                "InvalidParameter",
                "{} {body}: {refused}",
                action.name
            );
            cases += 1;
        }
    }
    // Every member of every action's input, and one nested member per object given.
    let members: usize = batch_api::actions()
        .iter()
        .filter_map(|a| batch_api::object(a.input))
        .map(|o| o.members.len())
        .sum();
    assert!(cases > members, "{cases} cases, {members} members");
    assert_eq!(env_count(&svc), 0);
    assert_eq!(job_count(&svc), 0);
    assert_eq!(template_count(&svc), 0);
}
