//! `batchctl envs …`: compute environments, each subcommand one or a few actions sent
//! through the one client path. The modules here also serve `templates` and `catalog`:
//! arguments, the body-file reader, paging and printing.

mod view;

pub use view::stamp;

use crate::commands::resources::wait::{self, Pace, Poll};
use crate::commands::resources::{call, listing, show};
use crate::domain::body_file;
use crate::output::resource_columns as columns;
use crate::transport::client::Client;
use crate::transport::invoke::Invocation;
use batch_api::ActionId;

use std::io::{self, BufWriter, Write};

use serde_json::{Value, json};

use crate::cli::config::Config;
use crate::cli::resources::{
    EnvsCommand, EnvsCreateArgs, EnvsDeleteArgs, EnvsModifyArgs, EnvsTerminateArgs,
};
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
            let drawn = listing::Drawn {
                table: &columns::ENVS,
                columns: a.columns.as_deref(),
                enrich: Some((&["InstanceType"], with_env_data)),
            };
            listing::run_drawn(
                config,
                ActionId::DescribeComputeEnvs,
                body,
                &a.paging,
                Some(drawn),
            )
        }
        EnvsCommand::View(a) => view::view(config, &a.env),
        EnvsCommand::Init => crate::commands::init::run(config, crate::commands::init::Kind::Env),
        EnvsCommand::Nodes(a) => view::nodes(config, &a.env, a.columns.as_deref()),
        EnvsCommand::Create(a) => create(config, a),
        EnvsCommand::Modify(a) => modify(config, a),
        EnvsCommand::Delete(a) => delete(config, a),
        EnvsCommand::Activities(a) => {
            let mut body = json!({ "EnvId": a.env });
            if !a.node.is_empty() {
                // The one action whose Filters is a single object, not a list.
                body["Filters"] = json!({ "Name": "compute-node-id", "Values": a.node });
            }
            let drawn = listing::Drawn {
                table: &columns::ACTIVITIES,
                columns: a.columns.as_deref(),
                enrich: None,
            };
            listing::run_drawn(
                config,
                ActionId::DescribeComputeEnvActivities,
                body,
                &a.paging,
                Some(drawn),
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
    let invocation = Invocation::new(ActionId::CreateComputeEnv, body)?;
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    let mut out = BufWriter::new(io::stdout().lock());
    let Some(reply) = invocation.run(client, &mut out)? else {
        return Ok(());
    };
    let answer = reply.value()?;
    show::written(&answer, Some("EnvId"), "created", config, &mut out)?;
    out.flush()?;
    if a.wait.wait
        && let Some(env) = answer.get("EnvId").and_then(Value::as_str)
    {
        wait_for_nodes(client, Pace::of(config, &a.wait), env)?;
    }
    Ok(())
}

/// DescribeComputeEnv of `env`, parsed.
pub fn describe_env(client: &Client, env: &str) -> Result<Value, Error> {
    Invocation::new(ActionId::DescribeComputeEnv, json!({ "EnvId": env }))?
        .send(client)?
        .value()
}

/// A count in the environment's ComputeNodeMetrics (0 when absent).
fn metric(env: &Value, name: &str) -> u64 {
    env.get("ComputeNodeMetrics")
        .and_then(|m| m.get(name))
        .and_then(Value::as_u64)
        .unwrap_or(0)
}

/// Whether the nodes have settled: as many RUNNING as desired, none on the way in or out.
/// Not yet: `env-x: 1 of 2 nodes running (1 creating)`. Never (exit 7): nothing is on the
/// way and the nodes still missing are the ones that failed creation or turned abnormal,
/// which the service does not replace.
pub fn nodes_settled(id: &str, env: &Value) -> Result<Poll<()>, Error> {
    let desired = env
        .get("DesiredComputeNodeCount")
        .and_then(Value::as_u64)
        .unwrap_or(0);
    let running = metric(env, "RunningCount");
    let moving: Vec<(u64, &str)> = [
        ("SubmittedCount", "submitted"),
        ("CreatingCount", "creating"),
        ("CreatedCount", "created, starting"),
        ("DeletingCount", "deleting"),
        ("CreationFailedCount", "creation failed"),
        ("AbnormalCount", "abnormal"),
    ]
    .iter()
    .map(|(m, word)| (metric(env, m), *word))
    .filter(|(n, _)| *n > 0)
    .collect();
    let in_motion = [
        "SubmittedCount",
        "CreatingCount",
        "CreatedCount",
        "DeletingCount",
    ]
    .iter()
    .map(|m| metric(env, m))
    .sum::<u64>();
    if running >= desired && in_motion == 0 {
        return Ok(Poll::Done(()));
    }
    let failed = metric(env, "CreationFailedCount") + metric(env, "AbnormalCount");
    if in_motion == 0 && failed > 0 && running + failed >= desired {
        return Err(Error::WaitFailed(format!(
            "{}: {running} of {desired} node(s) running, and no more will come: {}; \
             `envs nodes` shows them, `envs activities` why, `envs terminate-nodes` removes them",
            crate::transport::error::printable(id),
            failed_nodes(env)
        )));
    }
    let mut line = format!(
        "{}: {running} of {desired} node(s) running",
        crate::transport::error::printable(id)
    );
    if !moving.is_empty() {
        let parts: Vec<String> = moving.iter().map(|(n, w)| format!("{n} {w}")).collect();
        line.push_str(&format!(" ({})", parts.join(", ")));
    }
    Ok(Poll::Pending(line))
}

/// `2 creation failed, 1 abnormal`: the nodes that will not run.
fn failed_nodes(env: &Value) -> String {
    [
        ("CreationFailedCount", "creation failed"),
        ("AbnormalCount", "abnormal"),
    ]
    .iter()
    .map(|(m, word)| (metric(env, m), *word))
    .filter(|(n, _)| *n > 0)
    .map(|(n, word)| format!("{n} {word}"))
    .collect::<Vec<_>>()
    .join(", ")
}

/// `--wait` of create and modify: until the nodes have settled.
fn wait_for_nodes(client: &Client, pace: Pace, env: &str) -> Result<(), Error> {
    let what = format!("the nodes of {env} to be RUNNING");
    wait::until(client, pace, &what, || {
        nodes_settled(env, &describe_env(client, env)?)
    })?;
    let env_now = describe_env(client, env)?;
    client.notes().status(&format!(
        "{env}: {} node(s) running",
        metric(&env_now, "RunningCount")
    ));
    Ok(())
}

/// `envs list`: the environments' EnvData (for their instance types), from
/// DescribeComputeEnvCreateInfos, 100 IDs a request.
fn with_env_data(client: &Client, envs: &mut [Value]) -> Result<(), Error> {
    let ids: Vec<String> = envs
        .iter()
        .filter_map(|e| e.get("EnvId").and_then(Value::as_str).map(str::to_string))
        .collect();
    for chunk in ids.chunks(100) {
        let answer = Invocation::new(
            ActionId::DescribeComputeEnvCreateInfos,
            json!({ "EnvIds": chunk, "Limit": chunk.len() }),
        )?
        .send(client)?
        .value()?;
        for info in answer
            .get("ComputeEnvCreateInfoSet")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(data) = info.get("EnvData") else {
                continue;
            };
            for env in envs.iter_mut() {
                if env.get("EnvId") == info.get("EnvId")
                    && let Value::Object(m) = env
                {
                    m.insert("EnvData".to_string(), data.clone());
                }
            }
        }
    }
    Ok(())
}

fn delete(config: &Config, a: &EnvsDeleteArgs) -> Result<(), Error> {
    let invocation = Invocation::new(ActionId::DeleteComputeEnv, json!({ "EnvId": a.env }))?;
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    let mut out = BufWriter::new(io::stdout().lock());
    if config.dry_run {
        return invocation.write_dry_run(client, &mut out);
    }
    let env = describe_env(client, &a.env)?;
    let nodes = env
        .get("ComputeNodeSet")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    if nodes > 0 && !a.yes && !confirm(&a.env, &env, nodes)? {
        return Err(Error::usage(format!(
            "{} ({}) has {nodes} node(s), {} running; deleting it terminates them: add --yes to go ahead",
            a.env,
            crate::transport::error::printable(&columns::at(&env, "EnvName")),
            metric(&env, "RunningCount")
        )));
    }
    let answer = invocation.send(client)?.value()?;
    // What it did, on stdout as `jobs terminate` says it (json: the answer).
    let opts = show::options(config);
    if show::whole(&opts) {
        show::document(&answer, &opts, &mut out)?;
    } else if nodes > 0 {
        writeln!(
            out,
            "{} deleted; its {nodes} node(s) are being terminated",
            a.env
        )?;
    } else {
        writeln!(out, "{} deleted", a.env)?;
    }
    out.flush()?;
    if a.wait.wait {
        let env_id = a.env.clone();
        wait::until(
            client,
            Pace::of(config, &a.wait),
            &format!("{} to be gone", a.env),
            || match describe_env(client, &env_id) {
                Ok(v) => Ok(Poll::Pending(format!(
                    "{env_id}: being deleted, {} node(s) left",
                    columns::node_total(&v)
                ))),
                Err(e) if e.exit_code() == 3 => Ok(Poll::Done(())),
                Err(e) => Err(e),
            },
        )?;
        client.notes().status(&format!("{}: gone", a.env));
    }
    Ok(())
}

/// On a terminal (stdin and stderr), asks whether to delete `env` with its nodes.
fn confirm(id: &str, env: &Value, nodes: usize) -> Result<bool, Error> {
    use std::io::{BufRead, IsTerminal, Read};
    if !io::stdin().is_terminal() || !io::stderr().is_terminal() {
        return Ok(false);
    }
    eprint!(
        "Delete {id} ({}) and terminate its {nodes} node(s)? [y/N] ",
        crate::transport::error::printable(&columns::at(env, "EnvName"))
    );
    let mut answer = String::new();
    // A line of a few words at most: the answer is y or n.
    io::stdin().lock().take(4096).read_line(&mut answer)?;
    Ok(matches!(
        answer.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
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
    let invocation = Invocation::new(ActionId::ModifyComputeEnv, body.clone())?;
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    let mut out = BufWriter::new(io::stdout().lock());
    if config.dry_run {
        return invocation.write_dry_run(client, &mut out);
    }
    let before = describe_env(client, &a.env)?;
    let answer = invocation.send(client)?.value()?;
    let opts = show::options(config);
    if show::whole(&opts) {
        show::document(&answer, &opts, &mut out)?;
    } else {
        for line in changes(&a.env, &before, &body) {
            writeln!(out, "{line}")?;
        }
    }
    out.flush()?;
    if a.wait.wait {
        wait_for_nodes(client, Pace::of(config, &a.wait), &a.env)?;
    }
    Ok(())
}

/// What a ModifyComputeEnv `body` changes of `before`, one line each: `env-x: desired
/// nodes 2 → 4`, `env-x: name old → new`, `env-x: description set`.
pub fn changes(id: &str, before: &Value, body: &Value) -> Vec<String> {
    let p = crate::transport::error::printable;
    let mut lines = Vec::new();
    for (member, value) in body.as_object().into_iter().flatten() {
        let line = match member.as_str() {
            "EnvId" => continue,
            "DesiredComputeNodeCount" => format!(
                "desired nodes {} → {}",
                columns::at(before, member),
                p(&columns::at(body, member))
            ),
            "EnvName" => format!(
                "name {} → {}",
                p(&columns::at(before, member)),
                p(&columns::at(body, member))
            ),
            "EnvDescription" => "description set".to_string(),
            other => match value {
                Value::Object(m) => format!(
                    "{} set: {}",
                    p(other),
                    m.keys().map(|k| p(k)).collect::<Vec<_>>().join(", ")
                ),
                _ => format!("{} set", p(other)),
            },
        };
        lines.push(format!("{}: {line}", p(id)));
    }
    lines
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modify_says_each_change_old_to_new() {
        let before = json!({"EnvId": "env-a", "EnvName": "old", "DesiredComputeNodeCount": 2});
        let body = json!({"EnvId": "env-a", "DesiredComputeNodeCount": 4, "EnvName": "new",
            "EnvDescription": "d", "EnvData": {"ImageId": "img-1"}});
        assert_eq!(
            changes("env-a", &before, &body),
            [
                "env-a: desired nodes 2 → 4",
                "env-a: name old → new",
                "env-a: description set",
                "env-a: EnvData set: ImageId"
            ]
        );
    }

    #[test]
    fn nodes_settle_when_as_many_run_as_desired_and_none_move() {
        let env = |running: u64, creating: u64, deleting: u64| {
            json!({"DesiredComputeNodeCount": 2, "ComputeNodeMetrics": {
                "RunningCount": running, "CreatingCount": creating, "DeletingCount": deleting}})
        };
        assert!(matches!(
            nodes_settled("env-a", &env(2, 0, 0)),
            Ok(Poll::Done(()))
        ));
        match nodes_settled("env-a", &env(1, 1, 0)) {
            Ok(Poll::Pending(line)) => {
                assert_eq!(line, "env-a: 1 of 2 node(s) running (1 creating)")
            }
            _ => panic!("one is still creating"),
        }
        assert!(matches!(
            nodes_settled("env-a", &env(2, 0, 1)),
            Ok(Poll::Pending(_))
        ));
    }

    #[test]
    fn nodes_that_failed_end_the_wait_once_nothing_else_is_coming() {
        let env = |running: u64, creating: u64, failed: u64, abnormal: u64| {
            json!({"DesiredComputeNodeCount": 3, "ComputeNodeMetrics": {
                "RunningCount": running, "CreatingCount": creating,
                "CreationFailedCount": failed, "AbnormalCount": abnormal}})
        };
        // One is still being created: it may yet run.
        assert!(matches!(
            nodes_settled("env-a", &env(1, 1, 1, 0)),
            Ok(Poll::Pending(_))
        ));
        match nodes_settled("env-a", &env(1, 0, 1, 1)) {
            Err(e) => {
                assert_eq!(e.exit_code(), 7);
                let text = e.to_string();
                assert!(
                    text.starts_with("env-a: 1 of 3 node(s) running, and no more will come: 1 creation failed, 1 abnormal"),
                    "{text}"
                );
            }
            _ => panic!("nothing more is coming: the wait must end"),
        }
    }
}
