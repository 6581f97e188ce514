//! `batchctl catalog …` against the emulator: filters narrow the answer, every format.

use crate::common::{Emulator, stderr_of, stdout_of};
use serde_json::Value;

#[test]
fn instance_types_are_filtered_by_zone_and_family() {
    let emu = Emulator::start(&[]);
    let out = emu
        .cmd()
        .args([
            "catalog",
            "instance-types",
            "--zone",
            "ap-guangzhou-3",
            "--family",
            "S5",
            "-o",
            "json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let printed: Value = serde_json::from_str(&stdout_of(&out)).unwrap();
    let set = printed["InstanceTypeConfigSet"].as_array().unwrap();
    assert!(!set.is_empty());
    assert!(
        set.iter()
            .all(|t| t["Zone"] == "ap-guangzhou-3" && t["InstanceFamily"] == "S5")
    );
    let bodies = emu.bodies();
    let body = bodies.last().unwrap();
    assert_eq!(body["Filters"][0]["Name"], "zone");
    assert_eq!(body["Filters"][1]["Name"], "instance-family");

    let all = emu
        .cmd()
        .args(["catalog", "instance-types", "-o", "jsonl"])
        .output()
        .unwrap();
    assert!(
        stdout_of(&all).lines().count() > set.len(),
        "unfiltered is larger"
    );
}

#[test]
fn zone_configs_take_type_and_charge_type() {
    let emu = Emulator::start(&[]);
    let out = emu
        .cmd()
        .args([
            "catalog",
            "zone-configs",
            "--type",
            "S5.MEDIUM4",
            "--charge-type",
            "POSTPAID_BY_HOUR",
            "-o",
            "csv",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = header.iter().position(|h| *h == "InstanceType").unwrap();
    let rows: Vec<&str> = lines.collect();
    assert!(!rows.is_empty(), "{text}");
    assert!(
        rows.iter()
            .all(|r| r.split(',').nth(col) == Some("S5.MEDIUM4")),
        "{text}"
    );
}

#[test]
fn categories_print_as_a_table() {
    let emu = Emulator::start(&[]);
    let out = emu.cmd().args(["catalog", "categories"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let text = stdout_of(&out);
    assert!(text.starts_with("CATEGORY"), "{text}");
    assert!(text.contains("S5"), "{text}");
}
