//! `--estimate` (`run`, `jobs submit`): what a job would cost at list price, task by task —
//! the instances of a task that run at once (`TaskInstanceNum`, at most `MaxConcurrentNum`)
//! × the hourly price of its instance type in the job's zone and charge type (the
//! catalogue's DescribeCvmZoneInstanceConfigInfos) — per hour, or for `--hours H`. Sends
//! nothing but reads.

use std::io::{self, Write};

use batch_api::{ActionId, lists};
use serde_json::{Value, json};

use crate::cli::config::Config;
use crate::transport::client::Client;
use crate::transport::error::{Error, printable};

/// The charge type of the machines a job makes for itself, unless its `EnvData` says.
pub const DEFAULT_CHARGE: &str = "POSTPAID_BY_HOUR";

/// Prints the estimate of the SubmitJob `body`: a line per task and a total (or a document
/// with `-o json|yaml|jsonl`, `--query`).
pub fn print(
    config: &Config,
    client: &Client,
    body: &Value,
    hours: Option<f64>,
) -> Result<(), Error> {
    let zone = body
        .pointer("/Placement/Zone")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let tasks = body
        .pointer("/Job/Tasks")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut rows = Vec::new();
    let mut total = 0.0;
    for task in &tasks {
        let row = task_row(client, &zone, task)?;
        total += row["PricePerHour"].as_f64().unwrap_or(0.0);
        rows.push(row);
    }
    let round = |x: f64| (x * 1e4).round() / 1e4;
    let mut doc = json!({
        "Zone": zone,
        "Tasks": rows,
        "PricePerHour": round(total),
    });
    if let Some(h) = hours {
        doc["Hours"] = json!(h);
        doc["Price"] = json!(round(total * h));
    }
    let opts = crate::commands::document::options(config);
    let mut out = io::stdout().lock();
    if crate::commands::document::whole(&opts) {
        crate::commands::document::document(&doc, &opts, &mut out)?;
    } else {
        if matches!(opts.format, crate::output::Format::Jsonl) {
            writeln!(out, "{doc}")?;
        } else {
            for row in doc["Tasks"].as_array().into_iter().flatten() {
                writeln!(
                    out,
                    "{}: {} × {} in {zone} at {}/hour ({}, list price) = {:.4}/hour",
                    printable(row["TaskName"].as_str().unwrap_or("")),
                    row["AtOnce"],
                    printable(row["InstanceType"].as_str().unwrap_or("")),
                    row["UnitPrice"],
                    printable(row["InstanceChargeType"].as_str().unwrap_or("")),
                    row["PricePerHour"].as_f64().unwrap_or(0.0),
                )?;
            }
            match hours {
                Some(h) => writeln!(out, "total: {total:.4}/hour; for {h} h: {:.4}", total * h)?,
                None => writeln!(out, "total: {total:.4}/hour")?,
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// One task's price: its type and charge, the instances at once, the hourly figures.
fn task_row(client: &Client, zone: &str, task: &Value) -> Result<Value, Error> {
    let name = task
        .get("TaskName")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let (instance_type, charge) = match task.pointer("/ComputeEnv/EnvData") {
        Some(data) => (
            data.get("InstanceType")
                .and_then(Value::as_str)
                .map(str::to_string),
            data.get("InstanceChargeType")
                .and_then(Value::as_str)
                .unwrap_or(DEFAULT_CHARGE)
                .to_string(),
        ),
        None => (
            env_instance_type(client, task.get("EnvId").and_then(Value::as_str))?,
            DEFAULT_CHARGE.to_string(),
        ),
    };
    let Some(instance_type) = instance_type else {
        return Err(Error::usage(format!(
            "--estimate: task {} names no instance type (its compute environment has no nodes to read one from)",
            printable(&name)
        )));
    };
    let instances = task
        .get("TaskInstanceNum")
        .and_then(Value::as_u64)
        .unwrap_or(1);
    let at_once = task
        .get("MaxConcurrentNum")
        .and_then(Value::as_u64)
        .filter(|&k| k > 0)
        .map_or(instances, |k| k.min(instances));
    let price = unit_price(client, zone, &instance_type, &charge)?;
    Ok(json!({
        "TaskName": name,
        "InstanceType": instance_type,
        "InstanceChargeType": charge,
        "UnitPrice": price,
        "Instances": instances,
        "AtOnce": at_once,
        "PricePerHour": (price * at_once as f64 * 1e4).round() / 1e4,
    }))
}

/// The hourly list price of `instance_type` in `zone` for `charge`.
fn unit_price(
    client: &Client,
    zone: &str,
    instance_type: &str,
    charge: &str,
) -> Result<f64, Error> {
    let answer = offers(client, zone, charge, ("instance-type", instance_type))?;
    answer
        .get(lists::INSTANCE_TYPE_QUOTA_SET)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|q| q.get("InstanceType").and_then(Value::as_str) == Some(instance_type))
        .and_then(price_of)
        .ok_or_else(|| {
            Error::service(
                "ResourceNotFound.InstanceType",
                &format!(
                    "the catalogue of {} has no {} price for {}",
                    printable(zone),
                    printable(charge),
                    printable(instance_type)
                ),
                answer
                    .get("RequestId")
                    .and_then(Value::as_str)
                    .unwrap_or(""),
            )
        })
}

/// The catalogue's offers (DescribeCvmZoneInstanceConfigInfos) in `zone` for `charge`,
/// narrowed by one more filter (`instance-type` or `instance-family`): the answer.
pub fn offers(
    client: &Client,
    zone: &str,
    charge: &str,
    (filter, value): (&str, &str),
) -> Result<Value, Error> {
    let filters = json!({"Filters": [
        {"Name": "zone", "Values": [zone]},
        {"Name": filter, "Values": [value]},
        {"Name": "instance-charge-type", "Values": [charge]},
    ]});
    crate::transport::invoke::call_value(
        client,
        ActionId::DescribeCvmZoneInstanceConfigInfos,
        filters,
    )
}

/// The hourly list price of one offer (`Price.UnitPrice`).
pub fn price_of(offer: &Value) -> Option<f64> {
    offer.pointer("/Price/UnitPrice").and_then(Value::as_f64)
}

/// The instance type of an existing environment's nodes (DescribeComputeEnv).
fn env_instance_type(client: &Client, env: Option<&str>) -> Result<Option<String>, Error> {
    let Some(env) = env else {
        return Ok(None);
    };
    let answer = crate::transport::invoke::call_value(
        client,
        ActionId::DescribeComputeEnv,
        json!({"EnvId": env}),
    )?;
    Ok(answer
        .get("ComputeNodeSet")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find_map(|n| n.get("InstanceType").and_then(Value::as_str))
        .map(str::to_string))
}
