//! The catalogue actions: instance categories, instance types and zone configurations,
//! their regions and filters.

use serde_json::{Value, json};

use batch_api::regions;

use super::support::*;
use crate::service::Service;

#[test]
fn categories_list_families_that_the_instance_types_offer() {
    let svc = Service::new(Vec::new());
    let doc = send(&svc, &action("DescribeInstanceCategories", "{}"));
    let categories = response(&doc)["InstanceCategorySet"].as_array().unwrap();
    assert!(categories.len() >= 3);
    let types = send(
        &svc,
        &action("DescribeAvailableCvmInstanceTypes", "{}").region("ap-guangzhou"),
    );
    let offered: Vec<&str> = response(&types)["InstanceTypeConfigSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["InstanceFamily"].as_str().unwrap())
        .collect();
    for category in categories {
        for family in category["InstanceFamilySet"].as_array().unwrap() {
            assert!(offered.contains(&family.as_str().unwrap()), "{family}");
        }
    }
}

#[test]
fn instance_types_stay_in_the_region_and_follow_their_filters() {
    let svc = Service::new(Vec::new());
    let set = |body: Value, region: &'static str| {
        let doc = send(
            &svc,
            &action("DescribeAvailableCvmInstanceTypes", &body.to_string()).region(region),
        );
        response(&doc)["InstanceTypeConfigSet"]
            .as_array()
            .unwrap()
            .clone()
    };
    let all = set(json!({}), "ap-guangzhou");
    let zones: std::collections::BTreeSet<&str> =
        all.iter().map(|t| t["Zone"].as_str().unwrap()).collect();
    assert_eq!(
        zones.into_iter().collect::<Vec<_>>(),
        regions::zones("ap-guangzhou")
    );
    for t in &all {
        assert_eq!(
            t.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["Zone", "InstanceFamily", "InstanceType", "Cpu", "Mem"]
        );
    }
    let example = example("DescribeAvailableCvmInstanceTypes");
    let gpus = set(example, "ap-guangzhou");
    assert!(!gpus.is_empty());
    assert!(
        gpus.iter()
            .all(|t| t["Zone"] == "ap-guangzhou-3" && t["InstanceFamily"] == "GN2")
    );
    // GPUs only in the region's first zone.
    let none = set(
        json!({"Filters": [{"Name": "zone", "Values": ["ap-guangzhou-4"]},
                           {"Name": "instance-family", "Values": ["GN2"]}]}),
        "ap-guangzhou",
    );
    assert!(none.is_empty());
    let two = set(
        json!({"Filters": [{"Name": "instance-family", "Values": ["S5", "C5"]}]}),
        "ap-chongqing",
    );
    assert!(!two.is_empty());
    assert!(
        two.iter()
            .all(|t| ["S5", "C5"].contains(&t["InstanceFamily"].as_str().unwrap()))
    );
    assert!(two.iter().any(|t| t["InstanceFamily"] == "C5"));

    let doc = send(
        &svc,
        &action(
            "DescribeAvailableCvmInstanceTypes",
            r#"{"Filters": [{"Name": "instance-type", "Values": ["S5.LARGE8"]}]}"#,
        ),
    );
    assert_eq!(error_code(&doc), "InvalidFilter");
    assert!(error_message(&doc).contains("instance-type"));
    let doc = send(
        &svc,
        &action(
            "DescribeAvailableCvmInstanceTypes",
            r#"{"Filters": [{"Name": "zone", "Values": ["ap-shanghai-2"]}]}"#,
        )
        .region("ap-guangzhou"),
    );
    assert_eq!(error_code(&doc), "InvalidZone.MismatchRegion");
}

#[test]
fn without_a_region_the_catalogue_lists_every_zone_of_the_model() {
    let svc = Service::new(Vec::new());
    let doc = send(&svc, &action("DescribeAvailableCvmInstanceTypes", "{}"));
    let listed: std::collections::BTreeSet<&str> = response(&doc)["InstanceTypeConfigSet"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["Zone"].as_str().unwrap())
        .collect();
    let known: std::collections::BTreeSet<&str> = regions::ZONES
        .iter()
        .flat_map(|(_, zones)| zones.iter().copied())
        .collect();
    assert_eq!(listed, known);
}

#[test]
fn zone_configs_follow_all_four_filters_and_carry_prices() {
    let svc = Service::new(Vec::new());
    let set = |body: Value| {
        let doc = send(
            &svc,
            &action("DescribeCvmZoneInstanceConfigInfos", &body.to_string()).region("ap-beijing"),
        );
        response(&doc)["InstanceTypeQuotaSet"]
            .as_array()
            .unwrap()
            .clone()
    };
    let all = set(json!({}));
    assert!(
        all.iter()
            .all(|c| c["Zone"].as_str().unwrap().starts_with("ap-beijing-"))
    );
    let picked = set(json!({"Filters": [
        {"Name": "zone", "Values": ["ap-beijing-5"]},
        {"Name": "instance-family", "Values": ["S5"]},
        {"Name": "instance-type", "Values": ["S5.LARGE8"]},
        {"Name": "instance-charge-type", "Values": ["SPOTPAID"]},
    ]}));
    assert_eq!(picked.len(), 1, "{picked:?}");
    let c = &picked[0];
    assert_eq!(c["InstanceType"], "S5.LARGE8");
    assert_eq!(c["InstanceChargeType"], "SPOTPAID");
    assert_eq!(
        (c["Cpu"].as_u64(), c["Memory"].as_u64()),
        (Some(4), Some(8))
    );
    assert_eq!(c["Status"], "SELL");
    assert!(c["Price"]["UnitPrice"].as_f64().unwrap() > 0.0);
    let on_demand = set(json!({"Filters": [
        {"Name": "instance-type", "Values": ["S5.LARGE8"]},
        {"Name": "instance-charge-type", "Values": ["POSTPAID_BY_HOUR"]},
    ]}));
    assert_eq!(on_demand.len(), regions::zones("ap-beijing").len());
    assert!(
        on_demand[0]["Price"]["UnitPrice"].as_f64() > c["Price"]["UnitPrice"].as_f64(),
        "spot is cheaper"
    );
    let sold_out = set(json!({"Filters": [{"Name": "instance-family", "Values": ["S2"]}]}));
    assert!(!sold_out.is_empty() && sold_out.iter().all(|c| c["Status"] == "SOLD_OUT"));
}

/// The zone configurations of `region`, optionally filtered.
fn zone_configs(svc: &Service, region: &'static str, body: Value) -> Vec<Value> {
    let doc = send(
        svc,
        &action("DescribeCvmZoneInstanceConfigInfos", &body.to_string()).region(region),
    );
    response(&doc)["InstanceTypeQuotaSet"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn s5_medium2_is_sold_in_guangzhou_3_with_2_cores_2_gb_and_a_price() {
    use crate::actions::catalogue::offered;
    assert_eq!(offered("ap-guangzhou-3", "S5.MEDIUM2"), Some((2, 2)));
    let svc = Service::new(Vec::new());
    let configs = zone_configs(
        &svc,
        "ap-guangzhou",
        json!({"Filters": [{"Name": "zone", "Values": ["ap-guangzhou-3"]},
                           {"Name": "instance-type", "Values": ["S5.MEDIUM2"]}]}),
    );
    assert_eq!(configs.len(), 2, "{configs:?}");
    for c in &configs {
        assert_eq!(
            (c["Cpu"].as_u64(), c["Memory"].as_u64()),
            (Some(2), Some(2))
        );
        assert_eq!(c["Status"], "SELL");
        assert!(c["Price"]["UnitPrice"].as_f64().unwrap() > 0.0);
    }
    // Whole families: every size, each at the memory ratios the real catalogue sells.
    for name in [
        "S5.SMALL1",
        "S5.MEDIUM4",
        "S5.MEDIUM8",
        "S5.2XLARGE16",
        "S5.16XLARGE256",
        "SA5.12XLARGE96",
        "C5.4XLARGE32",
        "M5.8XLARGE256",
        "GN7.8XLARGE128",
    ] {
        assert!(offered("ap-guangzhou-3", name).is_some(), "{name}");
    }
}

#[test]
fn every_type_follows_the_naming_rule_and_prices_scale_with_size() {
    use crate::actions::catalogue::parse_type_name;
    assert_eq!(parse_type_name("S5.MEDIUM2"), Some(("S5", 2, 2)));
    assert_eq!(parse_type_name("S5.2XLARGE16"), Some(("S5", 8, 16)));
    assert_eq!(parse_type_name("M5.16XLARGE512"), Some(("M5", 64, 512)));
    for bad in [
        "S5",
        "S5.MEDIUM",
        "S5.XLARGE16",
        "S5.HUGE4",
        ".SMALL1",
        "S5.SMALL01",
    ] {
        assert_eq!(parse_type_name(bad), None, "{bad}");
    }
    let svc = Service::new(Vec::new());
    let doc = send(&svc, &action("DescribeAvailableCvmInstanceTypes", "{}"));
    let all = response(&doc)["InstanceTypeConfigSet"].as_array().unwrap();
    assert!(
        all.len() > 1000,
        "whole families in every zone: {}",
        all.len()
    );
    for t in all {
        let name = t["InstanceType"].as_str().unwrap();
        let (family, cores, memory) =
            parse_type_name(name).unwrap_or_else(|| panic!("{name} breaks the naming rule"));
        assert_eq!(t["InstanceFamily"], family, "{name}");
        assert_eq!(t["Cpu"].as_u64(), Some(u64::from(cores)), "{name}");
        assert_eq!(t["Mem"].as_u64(), Some(u64::from(memory)), "{name}");
    }
    // Within a family and memory ratio, a bigger size costs more; spot is cheaper.
    let configs = zone_configs(
        &svc,
        "ap-beijing",
        json!({"Filters": [{"Name": "zone", "Values": ["ap-beijing-5"]},
                           {"Name": "instance-family", "Values": ["S5"]}]}),
    );
    let price = |name: &str, charge: &str| {
        configs
            .iter()
            .find(|c| c["InstanceType"] == name && c["InstanceChargeType"] == charge)
            .unwrap_or_else(|| panic!("{name} {charge}"))["Price"]["UnitPrice"]
            .as_f64()
            .unwrap()
    };
    let sizes = [
        "S5.SMALL2",
        "S5.MEDIUM4",
        "S5.LARGE8",
        "S5.2XLARGE16",
        "S5.4XLARGE32",
    ];
    for pair in sizes.windows(2) {
        assert!(price(pair[0], "POSTPAID_BY_HOUR") < price(pair[1], "POSTPAID_BY_HOUR"));
    }
    assert!(price("S5.MEDIUM2", "POSTPAID_BY_HOUR") < price("S5.MEDIUM8", "POSTPAID_BY_HOUR"));
    assert!(price("S5.LARGE8", "SPOTPAID") < price("S5.LARGE8", "POSTPAID_BY_HOUR"));
}

#[test]
fn the_three_catalogue_actions_and_the_writes_agree() {
    use crate::actions::catalogue::offered;
    use std::collections::BTreeSet;
    let svc = Service::new(Vec::new());
    for region in ["ap-guangzhou", "ap-chongqing", "ap-beijing"] {
        let doc = send(
            &svc,
            &action("DescribeAvailableCvmInstanceTypes", "{}").region(region),
        );
        let types: BTreeSet<(String, String, String, u64, u64)> =
            response(&doc)["InstanceTypeConfigSet"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| {
                    (
                        t["Zone"].as_str().unwrap().to_string(),
                        t["InstanceFamily"].as_str().unwrap().to_string(),
                        t["InstanceType"].as_str().unwrap().to_string(),
                        t["Cpu"].as_u64().unwrap(),
                        t["Mem"].as_u64().unwrap(),
                    )
                })
                .collect();
        let configs = zone_configs(&svc, region, json!({}));
        for charge in ["POSTPAID_BY_HOUR", "SPOTPAID"] {
            let listed: BTreeSet<(String, String, String, u64, u64)> = configs
                .iter()
                .filter(|c| c["InstanceChargeType"] == charge)
                .map(|c| {
                    (
                        c["Zone"].as_str().unwrap().to_string(),
                        c["InstanceFamily"].as_str().unwrap().to_string(),
                        c["InstanceType"].as_str().unwrap().to_string(),
                        c["Cpu"].as_u64().unwrap(),
                        c["Memory"].as_u64().unwrap(),
                    )
                })
                .collect();
            assert_eq!(listed, types, "{region} {charge}");
        }
        assert_eq!(configs.len(), 2 * types.len());
        // What the writes accept is exactly what is listed and in stock.
        for c in &configs {
            let zone = c["Zone"].as_str().unwrap();
            let name = c["InstanceType"].as_str().unwrap();
            let selling = c["Status"] == "SELL";
            assert_eq!(
                selling,
                c["StatusCategory"] == "EnoughStock",
                "{zone} {name}"
            );
            let expected = selling.then(|| {
                (
                    c["Cpu"].as_u64().unwrap() as u32,
                    c["Memory"].as_u64().unwrap() as u32,
                )
            });
            assert_eq!(offered(zone, name), expected, "{zone} {name}");
        }
        let families: BTreeSet<String> = types.iter().map(|t| t.1.clone()).collect();
        let doc = send(
            &svc,
            &action("DescribeInstanceCategories", "{}").region(region),
        );
        let categorised: BTreeSet<String> = response(&doc)["InstanceCategorySet"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["InstanceFamilySet"].as_array().unwrap().clone())
            .map(|f| f.as_str().unwrap().to_string())
            .collect();
        assert_eq!(categorised, families, "{region}");
    }
    // A few types are sold out in some zones, not everywhere.
    let configs = zone_configs(&svc, "ap-guangzhou", json!({}));
    let sold_out: Vec<&Value> = configs
        .iter()
        .filter(|c| c["Status"] == "SOLD_OUT")
        .collect();
    assert!(sold_out.iter().any(|c| c["InstanceFamily"] != "S2"));
    assert!(sold_out.len() < configs.len() / 5);
}

#[test]
fn a_sold_out_type_is_refused_by_submit_job_and_create_compute_env() {
    use super::support_world::call;
    let svc = Service::new(Vec::new());
    let sold_out = zone_configs(
        &svc,
        "ap-guangzhou",
        json!({"Filters": [{"Name": "instance-type", "Values": ["S5.16XLARGE64"]}]}),
    );
    let status = |zone: &str| {
        sold_out
            .iter()
            .find(|c| c["Zone"] == zone)
            .map(|c| c["Status"].as_str().unwrap().to_string())
    };
    assert_eq!(status("ap-guangzhou-7").as_deref(), Some("SOLD_OUT"));
    assert_eq!(status("ap-guangzhou-3").as_deref(), Some("SELL"));
    let env = |t: &str, zone: &str| {
        json!({
            "ComputeEnv": {"EnvName": "e", "EnvType": "MANAGED", "DesiredComputeNodeCount": 1,
                "EnvData": {"InstanceType": t, "ImageId": "img-abcdefgh"}},
            "Placement": {"Zone": zone},
        })
    };
    let job = |t: &str, zone: &str| {
        json!({
            "Placement": {"Zone": zone},
            "Job": {"JobName": "j", "Priority": 1, "Tasks": [{
                "TaskName": "a", "TaskInstanceNum": 1,
                "Application": {"DeliveryForm": "LOCAL", "Command": "echo a"},
                "ComputeEnv": {"EnvType": "MANAGED",
                    "EnvData": {"InstanceType": t, "ImageId": "img-abcdefgh"}},
            }]},
        })
    };
    for (t, zone) in [
        ("S5.16XLARGE64", "ap-guangzhou-7"),
        ("S2.MEDIUM4", "ap-guangzhou-3"),
    ] {
        let doc = call(&svc, "CreateComputeEnv", env(t, zone));
        assert_eq!(
            error_code(&doc),
            "InvalidParameterValue.InstanceType",
            "{doc}"
        );
        let doc = call(&svc, "SubmitJob", job(t, zone));
        assert_eq!(
            error_code(&doc),
            "InvalidParameterValue.InstanceType",
            "{doc}"
        );
    }
    // In stock elsewhere, the same type is accepted.
    let answer = call(
        &svc,
        "CreateComputeEnv",
        env("S5.16XLARGE64", "ap-guangzhou-3"),
    );
    assert!(answer["EnvId"].is_string(), "{answer}");
    let answer = call(&svc, "SubmitJob", job("S5.MEDIUM2", "ap-guangzhou-3"));
    assert!(answer["JobId"].is_string(), "{answer}");
}
