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

fn table_of(emu: &Emulator, args: &[&str]) -> String {
    let out = emu.cmd().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr_of(&out));
    stdout_of(&out)
}

fn header_of(text: &str) -> Vec<String> {
    text.lines()
        .next()
        .unwrap_or("")
        .split("   ")
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn zone_configs_put_price_and_stock_before_the_rest_with_units() {
    let emu = Emulator::start(&[]);
    let text = table_of(&emu, &["catalog", "zone-configs", "--type", "S5.MEDIUM4"]);
    assert_eq!(
        header_of(&text),
        [
            "ZONE", "TYPE", "CHARGE", "CORES", "MEM (GB)", "PRICE", "STOCK"
        ],
        "{text}"
    );
    let row: Vec<&str> = text.lines().nth(1).unwrap().split_whitespace().collect();
    assert_eq!(
        &row[1..5],
        ["S5.MEDIUM4", "POSTPAID_BY_HOUR", "2", "4"],
        "{text}"
    );
    assert!(
        row[5].ends_with("/HOUR"),
        "the price per charge unit: {text}"
    );
    assert!(row[6].ends_with("Stock"), "{text}");
    // -o wide: every column, NetworkCard after the ones a choice is made by.
    let wide = table_of(
        &emu,
        &[
            "catalog",
            "zone-configs",
            "--type",
            "S5.MEDIUM4",
            "-o",
            "wide",
        ],
    );
    let header = header_of(&wide);
    let at = |h: &str| header.iter().position(|x| x == h).unwrap();
    assert!(at("STOCK") < at("NETWORK CARD") && at("PRICE") < at("NETWORK CARD"));
    let types = table_of(&emu, &["catalog", "instance-types", "--family", "S5"]);
    assert_eq!(
        header_of(&types),
        ["ZONE", "TYPE", "FAMILY", "CORES", "MEM (GB)"],
        "{types}"
    );
}

#[test]
fn every_catalog_table_takes_columns_and_refuses_unknown_ones() {
    let emu = Emulator::start(&[]);
    let text = table_of(
        &emu,
        &[
            "catalog",
            "zone-configs",
            "--type",
            "S5.MEDIUM4",
            "--columns",
            "price,type,stock",
        ],
    );
    assert_eq!(header_of(&text), ["PRICE", "TYPE", "STOCK"], "{text}");
    let csv = table_of(
        &emu,
        &[
            "catalog",
            "zone-configs",
            "--type",
            "S5.MEDIUM4",
            "--columns",
            "InstanceType,Price",
            "-o",
            "csv",
        ],
    );
    assert!(
        csv.starts_with("InstanceType,Price\r\nS5.MEDIUM4,"),
        "{csv}"
    );
    let text = table_of(
        &emu,
        &["catalog", "instance-types", "--columns", "TYPE,mem"],
    );
    assert_eq!(header_of(&text), ["TYPE", "MEM (GB)"], "{text}");
    let text = table_of(&emu, &["catalog", "categories", "--columns", "families"]);
    assert_eq!(header_of(&text), ["FAMILIES"], "{text}");
    let before = emu.requests().len();
    let out = emu
        .cmd()
        .args(["catalog", "zone-configs", "--columns", "Price,Cost"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_of(&out);
    assert!(err.contains("unknown column 'Cost'"), "{err}");
    assert!(
        err.contains("InstanceType, InstanceChargeType, Cpu, Memory, Price"),
        "{err}"
    );
    assert_eq!(emu.requests().len(), before, "nothing sent");
}
