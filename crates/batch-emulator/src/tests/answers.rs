//! Members the service always answers: `Placement.ProjectId`, RedirectInfo's file
//! names, lists as `[]` rather than `null`, and only the service's activity states.

use serde_json::{Value, json};

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
