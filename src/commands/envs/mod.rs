//! `batchctl envs …`: compute environments, each subcommand one or a few actions sent
//! through the one client path. The modules here also serve `templates` and `catalog`:
//! arguments, the body-file reader, paging and printing.

mod view;

use crate::commands::resources::{call, listing, show};
use crate::domain::body_file;
use batch_api::ActionId;

use std::io::{self, BufWriter, Write};

use serde_json::{Value, json};

use crate::cli::config::Config;
use crate::cli::resources::{EnvsCommand, EnvsCreateArgs, EnvsModifyArgs, EnvsTerminateArgs};
use crate::transport::error::Error;

pub fn run(config: &Config, command: &EnvsCommand) -> Result<(), Error> {
    match command {
        EnvsCommand::List(a) => {
            if !a.state.is_empty() {
                // An environment has no state of its own, only its nodes do; filtering
                // pages here would make TotalCount and paging lie.
                return Err(Error::usage(
                    "--state: DescribeComputeEnvs has no filter by state (environments have none; \
their nodes do): see node counts with `envs list -o json` (ComputeNodeMetrics), or \
`envs nodes ENV` for each node's state",
                ));
            }
            let filters = listing::filters(
                &[
                    ("zone", &a.zone),
                    ("env-id", &a.env_id),
                    ("env-name", &a.name),
                    ("resource-type", &a.resource_type),
                ],
                Some(&a.tags),
            );
            let body = listing::with_filters(json!({}), filters);
            listing::run(config, ActionId::DescribeComputeEnvs, body, &a.paging)
        }
        EnvsCommand::View(a) => view::view(config, &a.env),
        EnvsCommand::Init => crate::commands::init::run(config, crate::commands::init::Kind::Env),
        EnvsCommand::Nodes(a) => view::nodes(config, &a.env),
        EnvsCommand::Create(a) => create(config, a),
        EnvsCommand::Modify(a) => modify(config, a),
        EnvsCommand::Delete(a) => write(
            config,
            ActionId::DeleteComputeEnv,
            json!({ "EnvId": a.env }),
            &format!("deleting {}", a.env),
        ),
        EnvsCommand::Activities(a) => {
            let mut body = json!({ "EnvId": a.env });
            if !a.node.is_empty() {
                // The one action whose Filters is a single object, not a list.
                body["Filters"] = json!({ "Name": "compute-node-id", "Values": a.node });
            }
            listing::run(
                config,
                ActionId::DescribeComputeEnvActivities,
                body,
                &a.paging,
            )
        }
        EnvsCommand::Attach(a) => {
            let instances: Vec<Value> = a
                .instances
                .iter()
                .map(|id| json!({ "InstanceId": id }))
                .collect();
            write(
                config,
                ActionId::AttachInstances,
                json!({ "EnvId": a.env, "Instances": instances }),
                &format!("attaching {} to {}", a.instances.join(", "), a.env),
            )
        }
        EnvsCommand::Detach(a) => write(
            config,
            ActionId::DetachInstances,
            json!({ "EnvId": a.env, "InstanceIds": a.instances }),
            &format!("detaching {} from {}", a.instances.join(", "), a.env),
        ),
        EnvsCommand::TerminateNodes(a) => terminate_nodes(config, a),
    }
}

/// A write whose answer is only a RequestId.
fn write(config: &Config, action: ActionId, body: Value, doing: &str) -> Result<(), Error> {
    let mut out = BufWriter::new(io::stdout().lock());
    if let Some(answer) = call::once(config, action, &body, &mut out)? {
        show::written(&answer, None, &format!("{doing}: done"), config, &mut out)?;
    }
    out.flush()?;
    Ok(())
}

fn create(config: &Config, a: &EnvsCreateArgs) -> Result<(), Error> {
    let action = ActionId::CreateComputeEnv.action();
    let mut body = body_file::read_body(&a.file, "NamedComputeEnv", action)?;
    if let Some(zone) = &a.zone {
        body["Placement"]["Zone"] = json!(zone);
    }
    if let Some(name) = &a.name {
        body["ComputeEnv"]["EnvName"] = json!(name);
    }
    if let Some(token) = &a.client_token {
        body["ClientToken"] = json!(token);
    }
    if body.get("Placement").is_none() {
        return Err(Error::usage(format!(
            "{}: no Placement: give --zone ZONE, or the whole request with Placement in the file",
            a.file
        )));
    }
    let mut out = BufWriter::new(io::stdout().lock());
    if let Some(answer) = call::once(config, ActionId::CreateComputeEnv, &body, &mut out)? {
        show::written(&answer, Some("EnvId"), "created", config, &mut out)?;
    }
    out.flush()?;
    Ok(())
}

fn modify(config: &Config, a: &EnvsModifyArgs) -> Result<(), Error> {
    let action = ActionId::ModifyComputeEnv.action();
    let mut body = match &a.file {
        Some(file) => body_file::read_body(file, action.input, action)?,
        None => json!({}),
    };
    body["EnvId"] = json!(a.env);
    if let Some(n) = a.desired {
        body["DesiredComputeNodeCount"] = json!(n);
    }
    if let Some(name) = &a.name {
        body["EnvName"] = json!(name);
    }
    if let Some(d) = &a.description {
        body["EnvDescription"] = json!(d);
    }
    if body.as_object().is_some_and(|m| m.len() == 1) {
        return Err(Error::usage(
            "nothing to change: give --desired, --name, --description or -f FILE",
        ));
    }
    write(
        config,
        ActionId::ModifyComputeEnv,
        body,
        &format!("modifying {}", a.env),
    )
}

fn terminate_nodes(config: &Config, a: &EnvsTerminateArgs) -> Result<(), Error> {
    if a.nodes.len() > 1 && !a.yes {
        return Err(Error::usage(format!(
            "this would terminate {} nodes of {}: {}; add --yes to go ahead",
            a.nodes.len(),
            a.env,
            a.nodes.join(", ")
        )));
    }
    write(
        config,
        ActionId::TerminateComputeNodes,
        json!({ "EnvId": a.env, "ComputeNodeIds": a.nodes }),
        &format!("terminating {}", a.nodes.join(", ")),
    )
}
