//! The machine of a task's instances: its type and charge type, from the `ComputeEnv` it
//! was submitted with or the environment it names (and that environment's attached nodes),
//! priced from the catalogue.

use std::collections::{BTreeMap, BTreeSet};

use batch_api::ActionId;
use serde_json::{Value, json};

use super::catalogue::{Catalogue, Offer};
use crate::commands::estimate::DEFAULT_CHARGE;
use crate::commands::jobs;
use crate::transport::client::Client;
use crate::transport::error::printable;

/// The machine of a task's instances, as far as it is known.
#[derive(Debug, Default)]
pub(super) struct Machine {
    pub(super) instance_type: Option<String>,
    pub(super) charge: String,
    /// Where the type came from (`ComputeEnv`, or the environment's ID).
    pub(super) source: String,
    pub(super) offer: Option<Offer>,
    /// The offers of the type's family in the zone and charge type.
    pub(super) family: Vec<Offer>,
    /// CVM instance IDs of attached nodes (no monitoring).
    pub(super) attached: BTreeSet<String>,
}

/// What an environment says of its machines.
#[derive(Debug, Clone, Default)]
pub(super) struct EnvInfo {
    instance_type: Option<String>,
    charge: Option<String>,
    attached: BTreeSet<String>,
    error: Option<String>,
}

/// The instance type and charge type of `EnvData` (`InstanceType`, else the first of
/// `InstanceTypes`; `InstanceChargeType`).
fn env_data_type(data: Option<&Value>) -> (Option<String>, Option<String>) {
    let Some(data) = data else {
        return (None, None);
    };
    let named = data
        .get("InstanceType")
        .and_then(Value::as_str)
        .or_else(|| {
            data.get("InstanceTypes")
                .and_then(Value::as_array)
                .and_then(|t| t.first())
                .and_then(Value::as_str)
        })
        .map(str::to_string);
    let charge = data
        .get("InstanceChargeType")
        .and_then(Value::as_str)
        .map(str::to_string);
    (named, charge)
}

fn read_env(client: &Client, env: &str) -> EnvInfo {
    let mut info = EnvInfo::default();
    match jobs::call_value(
        client,
        ActionId::DescribeComputeEnvCreateInfo,
        &json!({"EnvId": env}),
    ) {
        Ok(answer) => {
            (info.instance_type, info.charge) = env_data_type(answer.get("EnvData"));
        }
        Err(e) => info.error = Some(e.first_line()),
    }
    if let Ok(answer) =
        jobs::call_value(client, ActionId::DescribeComputeEnv, &json!({"EnvId": env}))
    {
        for node in answer
            .get("ComputeNodeSet")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if info.instance_type.is_none() {
                info.instance_type = node
                    .get("InstanceType")
                    .and_then(Value::as_str)
                    .map(str::to_string);
            }
            if node.get("ResourceOrigin").and_then(Value::as_str) == Some("USER_ATTACHED")
                && let Some(id) = node.get("ComputeNodeInstanceId").and_then(Value::as_str)
            {
                info.attached.insert(id.to_string());
            }
        }
    }
    info
}

/// The machine of a task, from its submitted `ComputeEnv` or the environment it names.
pub(super) fn of(
    client: &Client,
    zone: &str,
    spec: Option<&Value>,
    catalogue: &mut Catalogue,
    envs: &mut BTreeMap<String, EnvInfo>,
    notes: &mut Vec<String>,
) -> Machine {
    let mut machine = Machine {
        charge: DEFAULT_CHARGE.to_string(),
        ..Machine::default()
    };
    let env_id = spec.and_then(|s| s.get("EnvId")).and_then(Value::as_str);
    if let Some(env) = env_id {
        let info = envs
            .entry(env.to_string())
            .or_insert_with(|| read_env(client, env))
            .clone();
        if let Some(e) = info.error {
            notes.push(format!(
                "its environment {} cannot be read ({e})",
                printable(env)
            ));
        }
        machine.instance_type = info.instance_type;
        machine.charge = info.charge.unwrap_or(machine.charge);
        machine.attached = info.attached;
        machine.source = env.to_string();
    } else {
        let (named, charge) = env_data_type(spec.and_then(|s| s.pointer("/ComputeEnv/EnvData")));
        machine.instance_type = named;
        machine.charge = charge.unwrap_or(machine.charge);
        machine.source = "ComputeEnv".to_string();
    }
    let Some(instance_type) = machine.instance_type.clone() else {
        notes.push("its instance type is not known: no cores, memory or cost".to_string());
        return machine;
    };
    let family = instance_type.split('.').next().unwrap_or("").to_string();
    match catalogue.family(client, zone, &machine.charge, &family) {
        Ok(offers) => {
            machine.offer = offers.iter().find(|o| o.name == instance_type).cloned();
            machine.family = offers.clone();
            if machine.offer.is_none() {
                notes.push(format!(
                    "the catalogue of {} has no {} price for {}: no cost",
                    printable(zone),
                    printable(&machine.charge),
                    printable(&instance_type)
                ));
            }
        }
        Err(e) => notes.push(format!("no price: the catalogue cannot be read ({e})")),
    }
    machine
}
