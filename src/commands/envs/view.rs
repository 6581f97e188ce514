//! `envs view` (the environment, then its nodes) and `envs nodes` (its nodes), both
//! from one DescribeComputeEnv.

use batch_api::ActionId;
use batch_api::lists;
use std::io::{self, BufWriter, Write};

use serde_json::{Value, json};

use crate::cli::config::Config;
use crate::commands::resources::sections::Sections;
use crate::commands::resources::{listing, show};
use crate::output::resource_columns::{self as columns, at};
use crate::output::{Format, OutputOptions};
use crate::transport::error::Error;
use crate::transport::invoke::Invocation;

/// json/yaml: the answer as received; table: the environment in sections (identity, its
/// machines from DescribeComputeEnvCreateInfo, node counts, its nodes, notifications);
/// jsonl/csv: the environment as one row.
pub fn view(config: &Config, env: &str) -> Result<(), Error> {
    let invocation = Invocation::new(ActionId::DescribeComputeEnv, json!({ "EnvId": env }))?;
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    let mut out = BufWriter::new(io::stdout().lock());
    let Some(reply) = invocation.run(client, &mut out)? else {
        return Ok(());
    };
    let answer = reply.value()?;
    let opts = show::options(config);
    if show::whole(&opts) || !matches!(opts.format, Format::Table | Format::Wide) {
        return show::object(&answer, &opts, &mut out);
    }
    // What it was created with (EnvData, notifications, description); a view without
    // them is still worth printing.
    let info = Invocation::new(
        ActionId::DescribeComputeEnvCreateInfo,
        json!({ "EnvId": env }),
    )?
    .send(client)
    .and_then(|r| r.value())
    .unwrap_or_else(|e| {
        client.notes().warning(&format!(
            "how the environment was created is unknown: {}",
            e.first_line()
        ));
        Value::Null
    });
    write_view(&answer, &info, &opts, &mut out)?;
    out.flush()?;
    Ok(())
}

/// The people's view of an environment: `env` from DescribeComputeEnv, `info` from
/// DescribeComputeEnvCreateInfo (or null).
pub fn write_view(
    env: &Value,
    info: &Value,
    opts: &OutputOptions,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let mut s = Sections {
        out,
        width: opts.width,
    };
    let kind = match (at(env, "EnvType"), at(env, "ResourceType")) {
        (t, r) if !r.is_empty() => format!("{t} ({r})"),
        (t, _) => t,
    };
    s.field(0, "Environment", &at(env, "EnvId"))?;
    s.field(0, "Name", &at(env, "EnvName"))?;
    s.field(0, "Description", &at(info, "EnvDescription"))?;
    s.field(0, "Zone", &at(env, "Placement.Zone"))?;
    s.field(0, "Type", &kind)?;
    s.field(0, "Created", &stamp(&at(env, "CreateTime"), opts))?;
    s.field(0, "Next action", &at(env, "NextAction"))?;
    s.field(0, "Tags", &columns::tags(env))?;

    let nodes: &[Value] = env
        .get(lists::COMPUTE_NODE_SET)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice);
    if let Some(data) = info.get("EnvData").filter(|d| d.is_object()) {
        s.title("Machines:")?;
        let mut kind = columns::instance_type(Some(data));
        // Cores and memory as the nodes report them.
        if let Some(n) = nodes.first() {
            let (cpu, mem) = (at(n, "Cpu"), at(n, "Mem"));
            if !cpu.is_empty() && !mem.is_empty() {
                kind = format!("{kind} ({cpu} cores, {mem} GB)");
            }
        }
        s.field(2, "Instance type", &kind)?;
        s.field(2, "Image", &at(data, "ImageId"))?;
        s.field(2, "Charge", &at(data, "InstanceChargeType"))?;
        s.field(2, "Zones", &at(data, "Zones"))?;
        s.field(2, "System disk", &disk(data.get("SystemDisk")))?;
        let disks: Vec<String> = data
            .get("DataDisks")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|d| disk(Some(d)))
            .collect();
        s.field(2, "Data disks", &disks.join(", "))?;
        let vpcs: Vec<String> = data
            .get("VirtualPrivateCloud")
            .into_iter()
            .chain(
                data.get("VirtualPrivateClouds")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten(),
            )
            .map(|v| {
                [at(v, "VpcId"), at(v, "SubnetId")]
                    .into_iter()
                    .filter(|t| !t.is_empty())
                    .collect::<Vec<_>>()
                    .join(" / ")
            })
            .filter(|t| !t.is_empty())
            .collect();
        s.field(2, "VPC / subnet", &vpcs.join(", "))?;
        s.field(2, "Security", &at(data, "SecurityGroupIds"))?;
        if let Some(net) = data.get("InternetAccessible") {
            let out_bw = at(net, "InternetMaxBandwidthOut");
            let text = [
                at(net, "InternetChargeType"),
                if out_bw.is_empty() {
                    String::new()
                } else {
                    format!("{out_bw} Mbps out")
                },
                match at(net, "PublicIpAssigned").as_str() {
                    "true" => "public IP".to_string(),
                    _ => String::new(),
                },
            ]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
            s.field(2, "Internet", &text)?;
        }
        // Never the password: only that one is set, or the key pairs.
        if let Some(login) = data.get("LoginSettings") {
            let keys = at(login, "KeyIds");
            let text = if !keys.is_empty() {
                format!("key pairs {keys}")
            } else if login.get("Password").is_some_and(|p| !p.is_null()) {
                "password (set)".to_string()
            } else {
                if at(login, "KeepImageLogin") == "TRUE" {
                    "the image's own".to_string()
                } else {
                    String::new()
                }
            };
            s.field(2, "Login", &text)?;
        }
        s.field(2, "Host name", &at(data, "InstanceName"))?;
        let mounts: Vec<String> = info
            .get("InputMappings")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|m| format!("{} -> {}", at(m, "SourcePath"), at(m, "DestinationPath")))
            .collect();
        s.field(2, "Mounts", &mounts.join(", "))?;
        let local: Vec<String> = info
            .get("MountDataDisks")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|m| {
                let fs = at(m, "FileSystemType");
                if fs.is_empty() {
                    at(m, "LocalPath")
                } else {
                    format!("{} ({fs})", at(m, "LocalPath"))
                }
            })
            .collect();
        s.field(2, "Disk mounts", &local.join(", "))?;
    }

    let count = |m: &str| at(env, &format!("ComputeNodeMetrics.{m}"));
    let mut line = format!(
        "Nodes: {} desired, {} running, {} in all",
        at(env, "DesiredComputeNodeCount"),
        count("RunningCount"),
        columns::node_total(env)
    );
    let others: Vec<String> = [
        ("CreatingCount", "creating"),
        ("CreatedCount", "created"),
        ("CreationFailedCount", "creation failed"),
        ("DeletingCount", "deleting"),
        ("AbnormalCount", "abnormal"),
    ]
    .iter()
    .filter(|(m, _)| !matches!(count(m).as_str(), "" | "0"))
    .map(|(m, w)| format!("{} {w}", count(m)))
    .collect();
    if !others.is_empty() {
        line.push_str(&format!(" ({})", others.join(", ")));
    }
    match at(env, "AttachedComputeNodeCount").as_str() {
        "" | "0" => {}
        n => line.push_str(&format!("; {n} attached")),
    }
    writeln!(s.out)?;
    s.line(0, &line)?;
    if !nodes.is_empty() {
        columns::NODES.write(nodes, None, opts, s.out)?;
    }

    let notifications: &[Value] = info
        .get("Notifications")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice);
    if !notifications.is_empty() {
        s.title("Notifications:")?;
        for n in notifications {
            let events: Vec<String> = n
                .get("EventConfigs")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|e| at(e, "EventName"))
                .collect();
            s.field(2, &at(n, "TopicName"), &events.join(", "))?;
        }
    }
    Ok(())
}

/// A disk: `CLOUD_PREMIUM 50 GB`.
fn disk(d: Option<&Value>) -> String {
    let Some(d) = d else {
        return String::new();
    };
    let size = at(d, "DiskSize");
    [
        at(d, "DiskType"),
        if size.is_empty() {
            size
        } else {
            format!("{size} GB")
        },
    ]
    .into_iter()
    .filter(|t| !t.is_empty())
    .collect::<Vec<_>>()
    .join(" ")
}

/// A lone time with its offset (no column header to hold it).
pub fn stamp(t: &str, opts: &OutputOptions) -> String {
    match crate::output::rows::parse_time(t) {
        Some(at) => {
            let offset = opts.zone.offset_at(at);
            format!(
                "{} {}",
                at.with_timezone(&offset).format("%Y-%m-%d %H:%M:%S"),
                crate::output::fit::offset_text(offset)
            )
        }
        None => t.to_string(),
    }
}

/// json/yaml: `{"EnvId", "ComputeNodeSet", "RequestId"}`; otherwise one row per node.
pub fn nodes(config: &Config, env: &str, asked: Option<&[String]>) -> Result<(), Error> {
    let invocation = Invocation::new(ActionId::DescribeComputeEnv, json!({ "EnvId": env }))?;
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    let mut out = BufWriter::new(io::stdout().lock());
    let Some(reply) = invocation.run(client, &mut out)? else {
        return Ok(());
    };
    let answer = reply.value()?;
    let doc = json!({
        "EnvId": answer.get("EnvId").cloned().unwrap_or(json!(env)),
        "ComputeNodeSet": answer.get("ComputeNodeSet").cloned().unwrap_or(json!([])),
        "RequestId": answer.get("RequestId").cloned().unwrap_or(Value::Null),
    });
    let opts = show::options(config);
    let drawn = listing::Drawn {
        table: &columns::NODES,
        columns: asked,
        enrich: None,
    };
    if !drawn.print(client, &doc, lists::COMPUTE_NODE_SET, &opts, &mut out)? {
        show::rows(&doc, lists::COMPUTE_NODE_SET, &opts, &mut out)?;
    }
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::fit::Zone;
    use chrono::FixedOffset;

    #[test]
    fn an_environment_reads_in_sections_within_80_columns_without_secrets() {
        let env = json!({
            "EnvId": "env-3dhmblr3", "EnvName": "render-farm-with-a-rather-long-name-that-goes-on-and-on-and-on-and-on-and-on",
            "Placement": {"Zone": "ap-guangzhou-3"}, "CreateTime": "2020-09-22T06:51:42Z",
            "ComputeNodeSet": [{"ComputeNodeId": "node-noa8vefu", "ComputeNodeInstanceId": "ins-jyafz2sk",
                "ComputeNodeState": "RUNNING", "Cpu": 2, "Mem": 4, "ResourceCreatedTime": "2020-09-22T06:52:00Z",
                "TaskInstanceNumAvailable": 1, "PrivateIpAddresses": ["10.0.0.8"]}],
            "ComputeNodeMetrics": {"RunningCount": 1, "CreatingCount": 1, "DeletingCount": 0},
            "DesiredComputeNodeCount": 2, "EnvType": "MANAGED", "ResourceType": "CVM",
            "NextAction": "", "AttachedComputeNodeCount": 0, "Tags": [{"Key": "team", "Value": "graphics"}]
        });
        let info = json!({
            "EnvDescription": "nodes for nightly rendering",
            "EnvData": {"InstanceType": "S5.MEDIUM4", "ImageId": "img-eb30mz89",
                "InstanceChargeType": "POSTPAID_BY_HOUR",
                "SystemDisk": {"DiskType": "CLOUD_PREMIUM", "DiskSize": 50},
                "DataDisks": [{"DiskType": "CLOUD_SSD", "DiskSize": 100}],
                "VirtualPrivateCloud": {"VpcId": "vpc-1", "SubnetId": "subnet-2"},
                "SecurityGroupIds": ["sg-1", "sg-2"],
                "LoginSettings": {"Password": "hunter2-secret"}},
            "Notifications": [{"TopicName": "ops", "EventConfigs": [{"EventName": "COMPUTE_NODE_CREATED"}]}]
        });
        let mut opts = OutputOptions::new(Format::Table, None, false, false);
        opts.width = Some(80);
        opts.zone = Zone::Fixed(FixedOffset::east_opt(8 * 3600).unwrap());
        let mut out = Vec::new();
        write_view(&env, &info, &opts, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.lines()
                .all(|l| crate::output::fit::display_width(l) <= 80),
            "{text}"
        );
        for expected in [
            "Environment:   env-3dhmblr3\n",
            "Description:   nodes for nightly rendering\n",
            "Created:       2020-09-22 14:51:42 +08:00\n",
            "Tags:          team=graphics\n",
            "  Instance type: S5.MEDIUM4 (2 cores, 4 GB)\n",
            "  Charge:        POSTPAID_BY_HOUR\n",
            "  System disk:   CLOUD_PREMIUM 50 GB\n",
            "  Data disks:    CLOUD_SSD 100 GB\n",
            "  VPC / subnet:  vpc-1 / subnet-2\n",
            "  Security:      sg-1, sg-2\n",
            "  Login:         password (set)\n",
            "Nodes: 2 desired, 1 running, 2 in all (1 creating)\n",
            "\nNotifications:\n  ops:           COMPUTE_NODE_CREATED\n",
        ] {
            assert!(text.contains(expected), "{expected:?}:\n{text}");
        }
        assert!(text.contains("Name:          render-farm"), "{text}");
        assert!(text.contains('…'), "the long name is cut:\n{text}");
        assert!(!text.contains("hunter2"), "never the password:\n{text}");
        let node = text
            .lines()
            .find(|l| l.starts_with("node-noa8vefu"))
            .unwrap();
        assert!(
            node.contains("RUNNING") && node.contains("10.0.0.8"),
            "{node}"
        );
    }
}
