//! The catalogue actions, answered from static data: instance categories
//! (DescribeInstanceCategories), instance types per zone
//! (DescribeAvailableCvmInstanceTypes) and zone configurations with prices
//! (DescribeCvmZoneInstanceConfigInfos), in the model's output shapes.
//!
//! Rules (the data and its rules are in [`data`]): whole families by the naming rule
//! `FAMILY.SIZE<MEMORY GB>`, every family sold in every zone of the request's region (of
//! every region without `X-TC-Region`), except the GPU families (`GN…`), which only the
//! region's first zone has. Zone configurations list each type twice, `POSTPAID_BY_HOUR`
//! and `SPOTPAID` (a fifth of the price), each priced per core, GB and GPU with a small
//! zone factor; the `S2` family, and `16XLARGE` types in a region's last zone, are
//! `SOLD_OUT`: listed, but refused by SubmitJob and CreateComputeEnv. Filters (`zone`,
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

mod data;

pub use data::parse as parse_type_name;
use data::{InstanceType, TYPES, sold_in, sold_out};

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
            let mut set: Vec<(&str, Vec<&str>)> = Vec::new();
            for family in data::FAMILIES {
                match set.iter_mut().find(|(c, _)| *c == family.category) {
                    Some((_, families)) => families.push(family.name),
                    None => set.push((family.category, vec![family.name])),
                }
            }
            let set = set
                .into_iter()
                .map(|(category, families)| {
                    json!({ "InstanceCategory": category, "InstanceFamilySet": families })
                })
                .collect();
            response.insert("InstanceCategorySet".into(), Value::Array(set));
        }
        Table::InstanceTypes => {
            let set = offers
                .filter(|(zone, t)| keep("zone", zone) && keep("instance-family", t.family.name))
                .map(|(zone, t)| {
                    json!({
                        "Zone": zone,
                        "InstanceFamily": t.family.name,
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
                        && keep("instance-family", t.family.name)
                        && keep("instance-type", &t.name)
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
/// and it is in stock (the check of SubmitJob and CreateComputeEnv: what the zone
/// configurations list as `SELL` is exactly what they accept; a sold-out type is refused
/// like one the zone does not sell, `InvalidParameterValue.InstanceType`).
pub fn offered(zone: &str, instance_type: &str) -> Option<(u32, u32)> {
    TYPES
        .iter()
        .find(|t| t.name == instance_type && sold_in(t, zone) && !sold_out(t, zone))
        .map(|t| (t.cpu, t.memory))
}

/// One `InstanceTypeQuotaItem`.
fn zone_config(zone: &str, t: &InstanceType, charge: &str) -> Value {
    let hourly = data::hourly(t, zone, charge);
    let sold_out = sold_out(t, zone);
    json!({
        "Zone": zone,
        "InstanceType": t.name,
        "InstanceChargeType": charge,
        "NetworkCard": 0,
        "Externals": {},
        "Cpu": t.cpu,
        "Memory": t.memory,
        "InstanceFamily": t.family.name,
        "TypeName": t.family.type_name,
        "LocalDiskTypeList": [],
        "Status": if sold_out { "SOLD_OUT" } else { "SELL" },
        "Price": {
            "UnitPrice": hourly,
            "ChargeUnit": "HOUR",
            "UnitPriceDiscount": hourly,
        },
        "SoldOutReason": if sold_out { "the zone has no stock of this type" } else { "" },
        "InstanceBandwidth": 1.5 * f64::from(t.cpu),
        "InstancePps": 10 * t.cpu,
        "StorageBlockAmount": 0,
        "CpuType": t.family.cpu_type,
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
