//! The catalogue actions, answered from static data: instance categories
//! (DescribeInstanceCategories), instance types per zone
//! (DescribeAvailableCvmInstanceTypes) and zone configurations with prices
//! (DescribeCvmZoneInstanceConfigInfos), in the model's output shapes.
//!
//! Rules: every family is sold in every zone of the request's region (of every region
//! without `X-TC-Region`), except the GPU families (`GN…`), which only the region's first
//! zone has. Zone configurations list each type twice, `POSTPAID_BY_HOUR` and `SPOTPAID`
//! (a fifth of the price); the `S2` family is `SOLD_OUT`. Filters (`zone`,
//! `instance-family`, and for zone configurations `instance-type`,
//! `instance-charge-type`) match any of their values and must all match; another filter
//! name is `InvalidFilter`, a zone outside the region `InvalidZone.MismatchRegion`.

use serde_json::{Map, Value, json};

use super::call::Ctx;
use crate::errors::{self, ApiError};
use batch_api::regions;

/// Which catalogue an action reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Categories,
    InstanceTypes,
    ZoneConfigs,
}

/// One instance type: family, type, vCPUs, memory (GB), GPUs, on-demand price per hour.
struct InstanceType {
    family: &'static str,
    name: &'static str,
    cpu: u32,
    memory: u32,
    gpu: u32,
    hourly: f64,
}

const fn it(
    family: &'static str,
    name: &'static str,
    cpu: u32,
    memory: u32,
    gpu: u32,
    hourly: f64,
) -> InstanceType {
    InstanceType {
        family,
        name,
        cpu,
        memory,
        gpu,
        hourly,
    }
}

const TYPES: &[InstanceType] = &[
    it("S1", "S1.SMALL1", 1, 1, 0, 0.05),
    it("S1", "S1.SMALL2", 1, 2, 0, 0.07),
    it("S1", "S1.LARGE8", 4, 8, 0, 0.32),
    it("S2", "S2.SMALL1", 1, 1, 0, 0.06),
    it("S2", "S2.MEDIUM4", 2, 4, 0, 0.22),
    it("S5", "S5.SMALL2", 1, 2, 0, 0.09),
    it("S5", "S5.MEDIUM4", 2, 4, 0, 0.2),
    it("S5", "S5.LARGE8", 4, 8, 0, 0.4),
    it("S5", "S5.2XLARGE16", 8, 16, 0, 0.8),
    it("SA5", "SA5.MEDIUM4", 2, 4, 0, 0.17),
    it("SA5", "SA5.LARGE8", 4, 8, 0, 0.34),
    it("SA5", "SA5.2XLARGE16", 8, 16, 0, 0.68),
    it("C5", "C5.LARGE8", 4, 8, 0, 0.5),
    it("C5", "C5.2XLARGE16", 8, 16, 0, 1.0),
    it("M5", "M5.LARGE32", 4, 32, 0, 0.72),
    it("GN7", "GN7.2XLARGE32", 8, 32, 1, 5.2),
    it("GN2", "GN2.7XLARGE56", 28, 56, 1, 16.5),
    it("GN2", "GN2.14XLARGE112", 56, 112, 2, 33.0),
];

/// The categories and their families, in the order listed.
const CATEGORIES: &[(&str, &[&str])] = &[
    ("GENERAL_1", &["S1"]),
    ("GENERAL_2", &["S2"]),
    ("GENERAL_5", &["S5", "SA5"]),
    ("COMPUTE_5", &["C5"]),
    ("MEMORY_5", &["M5"]),
    ("GPU", &["GN2", "GN7"]),
];

const CHARGE_TYPES: [&str; 2] = ["POSTPAID_BY_HOUR", "SPOTPAID"];

/// The filters each table accepts.
fn filter_names(table: Table) -> &'static [&'static str] {
    match table {
        Table::Categories => &[],
        Table::InstanceTypes => &["zone", "instance-family"],
        Table::ZoneConfigs => &[
            "zone",
            "instance-family",
            "instance-type",
            "instance-charge-type",
        ],
    }
}

pub fn answer(table: Table, ctx: &Ctx<'_>) -> Result<Map<String, Value>, ApiError> {
    let filters = read_filters(table, ctx.body)?;
    let zones: Vec<&str> = match ctx.region {
        Some(region) => regions::zones(region).to_vec(),
        None => regions::ZONES
            .iter()
            .flat_map(|(_, z)| z.iter().copied())
            .collect(),
    };
    if let (Some(region), Some(wanted)) = (ctx.region, filters.get("zone"))
        && let Some(other) = wanted.iter().find(|z| !regions::zone_in_region(z, region))
    {
        return Err(errors::zone_mismatch(other, region));
    }
    let keep = |name: &str, value: &str| {
        filters
            .get(name)
            .is_none_or(|v| v.iter().any(|x| x == value))
    };
    let offers = zones.iter().flat_map(|zone| {
        TYPES
            .iter()
            .filter(|t| sold_in(t, zone))
            .map(move |t| (*zone, t))
    });
    let mut response = Map::new();
    match table {
        Table::Categories => {
            let set = CATEGORIES
                .iter()
                .map(|(category, families)| {
                    json!({ "InstanceCategory": category, "InstanceFamilySet": families })
                })
                .collect();
            response.insert("InstanceCategorySet".into(), Value::Array(set));
        }
        Table::InstanceTypes => {
            let set = offers
                .filter(|(zone, t)| keep("zone", zone) && keep("instance-family", t.family))
                .map(|(zone, t)| {
                    json!({
                        "Zone": zone,
                        "InstanceFamily": t.family,
                        "InstanceType": t.name,
                        "Cpu": t.cpu,
                        "Mem": t.memory,
                    })
                })
                .collect();
            response.insert("InstanceTypeConfigSet".into(), Value::Array(set));
        }
        Table::ZoneConfigs => {
            let set = offers
                .flat_map(|(zone, t)| CHARGE_TYPES.iter().map(move |c| (zone, t, *c)))
                .filter(|(zone, t, charge)| {
                    keep("zone", zone)
                        && keep("instance-family", t.family)
                        && keep("instance-type", t.name)
                        && keep("instance-charge-type", charge)
                })
                .map(|(zone, t, charge)| zone_config(zone, t, charge))
                .collect();
            response.insert("InstanceTypeQuotaSet".into(), Value::Array(set));
        }
    }
    Ok(response)
}

/// The vCPUs and memory (GB) of `instance_type` when the catalogue sells it in `zone`
/// (CreateComputeEnv's check: what the catalogue lists is exactly what it accepts).
pub fn offered(zone: &str, instance_type: &str) -> Option<(u32, u32)> {
    TYPES
        .iter()
        .find(|t| t.name == instance_type && sold_in(t, zone))
        .map(|t| (t.cpu, t.memory))
}

/// GPU families only in the first zone of their region.
fn sold_in(t: &InstanceType, zone: &str) -> bool {
    if !t.family.starts_with("GN") {
        return true;
    }
    regions::ZONES
        .iter()
        .any(|(_, zones)| zones.first() == Some(&zone))
}

/// One `InstanceTypeQuotaItem`.
fn zone_config(zone: &str, t: &InstanceType, charge: &str) -> Value {
    let hourly = if charge == "SPOTPAID" {
        t.hourly / 5.0
    } else {
        t.hourly
    };
    let hourly = (hourly * 100.0).round() / 100.0;
    let sold_out = t.family == "S2";
    json!({
        "Zone": zone,
        "InstanceType": t.name,
        "InstanceChargeType": charge,
        "NetworkCard": 0,
        "Externals": {},
        "Cpu": t.cpu,
        "Memory": t.memory,
        "InstanceFamily": t.family,
        "TypeName": format!("{} {}", if t.gpu > 0 { "GPU" } else { "Standard" }, t.family),
        "LocalDiskTypeList": [],
        "Status": if sold_out { "SOLD_OUT" } else { "SELL" },
        "Price": {
            "UnitPrice": hourly,
            "ChargeUnit": "HOUR",
            "UnitPriceDiscount": hourly,
        },
        "SoldOutReason": if sold_out { "the family is no longer sold" } else { "" },
        "InstanceBandwidth": 1.5 * f64::from(t.cpu),
        "InstancePps": 10 * t.cpu,
        "StorageBlockAmount": 0,
        "CpuType": if t.family.starts_with("SA") { "AMD EPYC Milan" } else { "Intel Xeon Cascade Lake" },
        "Gpu": t.gpu,
        "Fpga": 0,
        "Remark": "",
        "GpuCount": t.gpu,
        "Frequency": "2.5GHz",
        "StatusCategory": if sold_out { "WithoutStock" } else { "EnoughStock" },
    })
}

/// The request's `Filters` by name (values of one name merged), each name one the table
/// knows.
fn read_filters(
    table: Table,
    body: &Value,
) -> Result<std::collections::HashMap<String, Vec<String>>, ApiError> {
    let mut filters: std::collections::HashMap<String, Vec<String>> = Default::default();
    let Some(list) = body.get("Filters").and_then(Value::as_array) else {
        return Ok(filters);
    };
    let known = filter_names(table);
    for filter in list {
        let name = filter.get("Name").and_then(Value::as_str).unwrap_or("");
        if !known.contains(&name) {
            return Err(errors::unsupported_filter(name, known));
        }
        let values: Vec<String> = filter
            .get("Values")
            .and_then(Value::as_array)
            .map(|v| {
                v.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        if values.is_empty() {
            return Err(errors::malformed_filter(
                format!("The filter `{name}` needs at least one value in `Values`."),
                format!("过滤条件 `{name}` 的 `Values` 至少需要一个值。"),
            ));
        }
        filters.entry(name.to_string()).or_default().extend(values);
    }
    Ok(filters)
}
