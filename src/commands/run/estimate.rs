//! `run --estimate`: what the job would cost per hour at list price — the instances that
//! run at once × the hourly price of their type in the zone (the catalogue's
//! DescribeCvmZoneInstanceConfigInfos) — sending nothing but reads.

use std::io::{self, Write};

use batch_api::{ActionId, lists};
use serde_json::{Value, json};

use crate::cli::config::Config;
use crate::domain::runjob::Spec;
use crate::transport::client::Client;
use crate::transport::error::{Error, printable};

/// The charge type of the machines a job makes for itself, unless its `EnvData` says.
const DEFAULT_CHARGE: &str = "POSTPAID_BY_HOUR";

pub fn print(config: &Config, client: &Client, body: &Value, spec: &Spec) -> Result<(), Error> {
    let zone = body
        .pointer("/Placement/Zone")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let task = body.pointer("/Job/Tasks/0").cloned().unwrap_or(Value::Null);
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
        return Err(Error::usage(
            "--estimate needs an instance type: give --instance-type (the compute environment names none)",
        ));
    };
    let filters = json!({"Filters": [
        {"Name": "zone", "Values": [zone]},
        {"Name": "instance-type", "Values": [instance_type]},
        {"Name": "instance-charge-type", "Values": [charge]},
    ]});
    let answer = crate::commands::jobs::call_value(
        client,
        ActionId::DescribeCvmZoneInstanceConfigInfos,
        &filters,
    )?;
    let price = answer
        .get(lists::INSTANCE_TYPE_QUOTA_SET)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|q| q.get("InstanceType").and_then(Value::as_str) == Some(instance_type.as_str()))
        .and_then(|q| q.pointer("/Price/UnitPrice"))
        .and_then(Value::as_f64)
        .ok_or_else(|| {
            Error::service(
                "ResourceNotFound.InstanceType",
                &format!(
                    "the catalogue of {} has no {} price for {}",
                    printable(&zone),
                    printable(&charge),
                    printable(&instance_type)
                ),
                answer
                    .get("RequestId")
                    .and_then(Value::as_str)
                    .unwrap_or(""),
            )
        })?;
    let at_once = spec.at_once();
    let per_hour = price * at_once as f64;
    let doc = json!({
        "Zone": zone,
        "InstanceType": instance_type,
        "InstanceChargeType": charge,
        "UnitPrice": price,
        "Instances": spec.instance_count(),
        "AtOnce": at_once,
        "PricePerHour": (per_hour * 1e4).round() / 1e4,
    });
    let opts = crate::commands::jobs::options(config);
    let mut out = io::stdout().lock();
    if !crate::commands::jobs::write_document(&doc, &opts, &mut out)? {
        if matches!(opts.format, crate::output::Format::Jsonl) {
            writeln!(out, "{doc}")?;
        } else {
            writeln!(
                out,
                "{} × {instance_type} in {zone} at {price}/hour ({charge}, list price) = {:.4}/hour",
                at_once, per_hour
            )?;
        }
    }
    out.flush()?;
    Ok(())
}

/// The instance type of an existing environment's nodes (DescribeComputeEnv).
fn env_instance_type(client: &Client, env: Option<&str>) -> Result<Option<String>, Error> {
    let Some(env) = env else {
        return Ok(None);
    };
    let answer = crate::commands::jobs::call_value(
        client,
        ActionId::DescribeComputeEnv,
        &json!({"EnvId": env}),
    )?;
    Ok(answer
        .get("ComputeNodeSet")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find_map(|n| n.get("InstanceType").and_then(Value::as_str))
        .map(str::to_string))
}
