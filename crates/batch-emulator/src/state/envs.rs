//! Compute environments: their nodes on the virtual clock and the activities that
//! record every change.
//!
//! A node created by the environment is CREATING for [`CREATING_MS`], CREATED for
//! [`CREATED_MS`], then RUNNING. An attached instance joins CREATED and is RUNNING
//! [`CREATED_MS`] later. A terminated or detached node is DELETING for [`DELETING_MS`],
//! then gone. A deleted environment shows `NextAction: DELETE` for [`DELETING_MS`], then
//! is gone. Each node's creation, termination, attachment and detachment is an activity
//! (`act-…`), PROCESSING until the node reached its next state, then SUCCEED (the
//! service's activity states are SUBMITTED, PROCESSING, SUCCEED and FAILED).
//!
//! Node faults, chosen by the environment's tag [`NODE_FAULT_TAG`] ([`NodeFault`]):
//! `CREATION_FAILED` makes every node the environment creates end its CREATING time in
//! CREATION_FAILED (its CREATE_COMPUTE_NODE activity FAILED, with a reason), where it
//! stays until it is terminated; `ABNORMAL@SECONDS` (`ABNORMAL` alone: 0) makes each such
//! node ABNORMAL that many seconds after it is RUNNING, where it stays until it is
//! terminated. Attached instances are never faulted.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::data::iso8601;

/// Virtual milliseconds a new node spends CREATING.
pub const CREATING_MS: i64 = 10_000;
/// Virtual milliseconds a node spends CREATED before it is RUNNING.
pub const CREATED_MS: i64 = 5_000;
/// Virtual milliseconds a terminated node (or a deleted environment) spends DELETING.
pub const DELETING_MS: i64 = 5_000;
/// "Never" for a time.
pub const NEVER: i64 = i64::MAX;

/// The node states a TerminateComputeNode(s) may act on.
pub const TERMINABLE: [&str; 4] = ["CREATED", "CREATION_FAILED", "RUNNING", "ABNORMAL"];

/// The tag (of an environment, or of a job for its tasks' own `ComputeEnv`) whose value
/// makes the nodes created for it fail: [`NodeFault::parse`].
pub const NODE_FAULT_TAG: &str = "emulator-node-fault";

/// The longest delay `ABNORMAL@SECONDS` accepts (a day).
pub const MAX_ABNORMAL_AFTER_S: i64 = 86_400;

/// What goes wrong with the nodes created for an environment.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum NodeFault {
    /// Every creation fails: CREATING, then CREATION_FAILED.
    CreationFailed,
    /// The node turns ABNORMAL this many seconds after it is RUNNING.
    Abnormal { after_s: i64 },
}

impl NodeFault {
    /// `CREATION_FAILED`, `ABNORMAL` or `ABNORMAL@SECONDS` (0 to
    /// [`MAX_ABNORMAL_AFTER_S`]), case-insensitive; `Err` holds the value refused.
    pub fn parse(value: &str) -> Result<NodeFault, String> {
        let v = value.trim().to_ascii_uppercase();
        if v == "CREATION_FAILED" {
            return Ok(NodeFault::CreationFailed);
        }
        if v == "ABNORMAL" {
            return Ok(NodeFault::Abnormal { after_s: 0 });
        }
        if let Some(after) = v.strip_prefix("ABNORMAL@")
            && let Ok(after_s) = after.parse::<i64>()
            && (0..=MAX_ABNORMAL_AFTER_S).contains(&after_s)
        {
            return Ok(NodeFault::Abnormal { after_s });
        }
        Err(value.to_string())
    }

    /// The fault a tag list (`[{Key, Value}]`) asks for: `Ok(None)` without the tag.
    pub fn of_tags<'a>(
        tags: impl IntoIterator<Item = &'a Value>,
    ) -> Result<Option<NodeFault>, String> {
        for tag in tags {
            if tag.get("Key").and_then(Value::as_str) == Some(NODE_FAULT_TAG) {
                let value = tag.get("Value").and_then(Value::as_str).unwrap_or("");
                return NodeFault::parse(value).map(Some);
            }
        }
        Ok(None)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Node {
    pub id: String,
    pub instance_id: String,
    /// Virtual ms the node was asked for.
    pub created: i64,
    /// An instance attached by AttachInstances (not created by the environment).
    pub attached: bool,
    /// When it was terminated or detached.
    pub removed: Option<i64>,
    /// What goes wrong with it (the environment's [`NODE_FAULT_TAG`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fault: Option<NodeFault>,
}

impl Node {
    /// The node's state at `t`; `None` once it is gone.
    pub fn state_at(&self, t: i64) -> Option<&'static str> {
        if let Some(x) = self.removed {
            if t >= x.saturating_add(DELETING_MS) {
                return None;
            }
            if t >= x {
                return Some("DELETING");
            }
        }
        let created = if self.attached {
            self.created
        } else {
            self.created + CREATING_MS
        };
        if t >= created && self.fault == Some(NodeFault::CreationFailed) {
            return Some("CREATION_FAILED");
        }
        Some(if t < created {
            "CREATING"
        } else if t < created + CREATED_MS {
            "CREATED"
        } else if t >= self.abnormal_at() {
            "ABNORMAL"
        } else {
            "RUNNING"
        })
    }

    /// When the node is (or will be) RUNNING, if it ever is.
    pub fn running_from(&self) -> Option<i64> {
        if self.fault == Some(NodeFault::CreationFailed) {
            return None;
        }
        let at = self.created + CREATED_MS + if self.attached { 0 } else { CREATING_MS };
        match self.removed {
            Some(x) if x <= at => None,
            _ => Some(at),
        }
    }

    /// When the node turns ABNORMAL ([`NEVER`] unless its fault says so).
    pub fn abnormal_at(&self) -> i64 {
        match self.fault {
            Some(NodeFault::Abnormal { after_s }) => {
                let running = self.created + CREATED_MS + CREATING_MS;
                running.saturating_add(after_s.saturating_mul(1_000))
            }
            _ => NEVER,
        }
    }

    /// When the node stops taking work: ABNORMAL or removed ([`NEVER`] otherwise).
    pub fn out_of_service_at(&self) -> i64 {
        self.abnormal_at().min(self.removed.unwrap_or(NEVER))
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Activity {
    pub id: String,
    pub node_id: String,
    pub instance_id: String,
    /// CREATE_COMPUTE_NODE, TERMINATE_COMPUTE_NODE, ATTACH_INSTANCE or DETACH_INSTANCE.
    pub kind: String,
    pub cause: String,
    pub start: i64,
    pub end: i64,
    /// Why it ended FAILED (a node that could not be created); `None`: it succeeds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Env {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub placement: Value,
    pub zone: String,
    /// The `ComputeEnv` (NamedComputeEnv) as created, kept up to date by ModifyComputeEnv.
    pub created_as: Value,
    pub env_type: String,
    pub cpu: u32,
    pub mem: u32,
    pub created: i64,
    pub desired: u64,
    pub tags: Vec<Value>,
    pub nodes: Vec<Node>,
    pub activities: Vec<Activity>,
    pub deleted: Option<i64>,
    /// What goes wrong with the nodes it creates (its [`NODE_FAULT_TAG`] tag).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fault: Option<NodeFault>,
}

/// `prefix-` and 8 random lower-case letters or digits.
pub fn new_id(prefix: &str) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let random = uuid::Uuid::new_v4();
    let suffix: String = random.as_bytes()[..8]
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect();
    format!("{prefix}-{suffix}")
}

/// True for `prefix-` and 8 lower-case letters or digits.
pub fn is_id(prefix: &str, id: &str) -> bool {
    id.strip_prefix(prefix)
        .and_then(|r| r.strip_prefix('-'))
        .is_some_and(|s| {
            s.len() == 8
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

impl Env {
    /// Gone at `t` (deleted more than [`DELETING_MS`] ago).
    pub fn gone_at(&self, t: i64) -> bool {
        self.deleted.is_some_and(|d| t >= d + DELETING_MS)
    }

    /// The nodes that still exist at `t`, with their states.
    pub fn live_nodes(&self, t: i64) -> impl Iterator<Item = (&Node, &'static str)> {
        self.nodes
            .iter()
            .filter_map(move |n| n.state_at(t).map(|s| (n, s)))
    }

    /// Nodes the environment itself keeps (created by it, not being removed).
    fn kept(&self) -> Vec<usize> {
        (0..self.nodes.len())
            .filter(|&i| !self.nodes[i].attached && self.nodes[i].removed.is_none())
            .collect()
    }

    fn record(&mut self, node: usize, kind: &str, cause: &str, start: i64, end: i64) {
        let n = &self.nodes[node];
        self.activities.push(Activity {
            id: new_id("act"),
            node_id: n.id.clone(),
            instance_id: n.instance_id.clone(),
            kind: kind.into(),
            cause: cause.into(),
            start,
            end,
            failed: None,
        });
    }

    /// Creates or terminates nodes until the environment keeps `desired` of its own.
    pub fn converge(&mut self, cause: &str, now: i64) {
        let kept = self.kept();
        let want = usize::try_from(self.desired).unwrap_or(usize::MAX);
        if kept.len() < want {
            for _ in kept.len()..want {
                self.nodes.push(Node {
                    id: new_id("node"),
                    instance_id: new_id("ins"),
                    created: now,
                    attached: false,
                    removed: None,
                    fault: self.fault,
                });
                let at = self.nodes.len() - 1;
                if self.fault == Some(NodeFault::CreationFailed) {
                    self.record(at, "CREATE_COMPUTE_NODE", cause, now, now + CREATING_MS);
                    if let Some(a) = self.activities.last_mut() {
                        a.failed = Some(format!(
                            "the instance could not be created (the environment's {NODE_FAULT_TAG} tag is CREATION_FAILED)"
                        ));
                    }
                } else {
                    self.record(
                        at,
                        "CREATE_COMPUTE_NODE",
                        cause,
                        now,
                        now + CREATING_MS + CREATED_MS,
                    );
                }
            }
        } else {
            // The newest nodes go first, so the longest-running ones keep their work.
            for &i in kept.iter().rev().take(kept.len() - want) {
                self.remove(i, "TERMINATE_COMPUTE_NODE", cause, now);
            }
        }
    }

    /// Marks node `i` removed at `now` and records why.
    pub fn remove(&mut self, i: usize, kind: &str, cause: &str, now: i64) {
        self.nodes[i].removed = Some(now);
        self.record(i, kind, cause, now, now + DELETING_MS);
    }

    /// Attaches an existing instance as a node.
    pub fn attach(&mut self, instance_id: &str, now: i64) {
        self.nodes.push(Node {
            id: new_id("node"),
            instance_id: instance_id.into(),
            created: now,
            attached: true,
            removed: None,
            fault: None,
        });
        let at = self.nodes.len() - 1;
        self.record(
            at,
            "ATTACH_INSTANCE",
            "AttachInstances",
            now,
            now + CREATED_MS,
        );
    }

    /// Forgets nodes that are gone.
    pub fn prune(&mut self, t: i64) {
        self.nodes.retain(|n| n.state_at(t).is_some());
    }

    /// The earliest time a node of this environment is RUNNING, and its instance ID.
    pub fn first_running(&self) -> Option<(i64, &str)> {
        self.nodes
            .iter()
            .filter(|n| n.removed.is_none())
            .filter_map(|n| n.running_from().map(|t| (t, n.instance_id.as_str())))
            .min_by_key(|(t, _)| *t)
    }

    /// The nodes not being removed, by the time they are (or will be) RUNNING, with
    /// their instance IDs.
    pub fn serving(&self) -> Vec<(i64, String)> {
        let mut v: Vec<(i64, String)> = self
            .nodes
            .iter()
            .filter(|n| n.removed.is_none())
            .filter_map(|n| n.running_from().map(|t| (t, n.instance_id.clone())))
            .collect();
        v.sort();
        v
    }

    pub fn metrics(&self, t: i64) -> Value {
        let mut counts = [0u64; 7];
        for (_, state) in self.live_nodes(t) {
            let at = match state {
                "CREATING" => 1,
                "CREATION_FAILED" => 2,
                "CREATED" => 3,
                "RUNNING" => 4,
                "DELETING" => 5,
                _ => 6,
            };
            counts[at] += 1;
        }
        json!({
            "SubmittedCount": counts[0],
            "CreatingCount": counts[1],
            "CreationFailedCount": counts[2],
            "CreatedCount": counts[3],
            "RunningCount": counts[4],
            "DeletingCount": counts[5],
            "AbnormalCount": counts[6],
        })
    }

    fn attached_count(&self, t: i64) -> usize {
        self.live_nodes(t).filter(|(n, _)| n.attached).count()
    }

    fn next_action(&self) -> &'static str {
        if self.deleted.is_some() { "DELETE" } else { "" }
    }

    /// The ComputeEnvView (DescribeComputeEnvs) at `t`.
    pub fn view(&self, t: i64) -> Value {
        json!({
            "EnvId": self.id,
            "EnvName": self.name,
            "Placement": placement(&self.placement),
            "CreateTime": iso8601(self.created.div_euclid(1_000)),
            "ComputeNodeMetrics": self.metrics(t),
            "EnvType": self.env_type,
            "DesiredComputeNodeCount": self.desired,
            "ResourceType": "CVM",
            "NextAction": self.next_action(),
            "AttachedComputeNodeCount": self.attached_count(t),
            "Tags": self.tags,
        })
    }

    /// DescribeComputeEnv's answer at `t`; `busy` holds the instance IDs of the nodes
    /// running a task instance then.
    pub fn detail(&self, t: i64, busy: &[String]) -> Value {
        let nodes: Vec<Value> = self
            .live_nodes(t)
            .map(|(n, state)| self.node_view(n, state, busy.contains(&n.instance_id)))
            .collect();
        json!({
            "EnvId": self.id,
            "EnvName": self.name,
            "Placement": placement(&self.placement),
            "CreateTime": iso8601(self.created.div_euclid(1_000)),
            "ComputeNodeSet": nodes,
            "ComputeNodeMetrics": self.metrics(t),
            "DesiredComputeNodeCount": self.desired,
            "EnvType": self.env_type,
            "ResourceType": "CVM",
            "NextAction": self.next_action(),
            "AttachedComputeNodeCount": self.attached_count(t),
            "Tags": self.tags,
        })
    }

    fn node_view(&self, n: &Node, state: &str, busy: bool) -> Value {
        let octet = n.id.bytes().map(u32::from).sum::<u32>() % 250 + 2;
        json!({
            "ComputeNodeId": n.id,
            "ComputeNodeInstanceId": n.instance_id,
            "ComputeNodeState": state,
            "Cpu": self.cpu,
            "Mem": self.mem,
            "ResourceCreatedTime": iso8601(n.created.div_euclid(1_000)),
            "TaskInstanceNumAvailable": if state == "RUNNING" && !busy { 1 } else { 0 },
            "AgentVersion": "1.1.9",
            // A node that was never created has no address.
            "PrivateIpAddresses": if state == "CREATION_FAILED" { json!([]) } else { json!([format!("10.0.0.{octet}")]) },
            "PublicIpAddresses": [],
            "ResourceType": "CVM",
            "ResourceOrigin": if n.attached { "USER_ATTACHED" } else { "BATCH_CREATED" },
        })
    }

    /// The ComputeEnvCreateInfo.
    pub fn create_info(&self) -> Value {
        let c = &self.created_as;
        let get = |k: &str| c.get(k).cloned().unwrap_or(Value::Null);
        // Lists are `[]` when not given, never `null`.
        let list = |k: &str| {
            c.get(k)
                .filter(|v| v.is_array())
                .cloned()
                .unwrap_or_else(|| json!([]))
        };
        json!({
            "EnvId": self.id,
            "EnvName": self.name,
            "EnvDescription": self.description,
            "EnvType": self.env_type,
            "EnvData": get("EnvData"),
            "MountDataDisks": list("MountDataDisks"),
            "InputMappings": list("InputMappings"),
            "Authentications": list("Authentications"),
            "Notifications": list("Notifications"),
            "DesiredComputeNodeCount": self.desired,
            "Tags": self.tags,
        })
    }

    pub fn activity_view(&self, a: &Activity, t: i64) -> Value {
        json!({
            "ActivityId": a.id,
            "ComputeNodeId": a.node_id,
            "ComputeNodeActivityType": a.kind,
            "EnvId": self.id,
            "Cause": a.cause,
            "ActivityState": match (t >= a.end, &a.failed) {
                (false, _) => "PROCESSING",
                (true, None) => "SUCCEED",
                (true, Some(_)) => "FAILED",
            },
            "StateReason": a.failed.as_deref().filter(|_| t >= a.end).unwrap_or(""),
            "StartTime": iso8601(a.start.div_euclid(1_000)),
            "EndTime": if t >= a.end { Value::from(iso8601(a.end.div_euclid(1_000))) } else { Value::Null },
            "InstanceId": a.instance_id,
        })
    }

    /// True when the environment matches a DescribeComputeEnvs filter.
    pub fn matches(&self, name: &str, values: &[String]) -> bool {
        let has = |v: &str| values.iter().any(|x| x == v);
        let tags = || {
            self.tags
                .iter()
                .filter_map(|t| Some((t.get("Key")?.as_str()?, t.get("Value")?.as_str()?)))
        };
        match name {
            "zone" => has(&self.zone),
            "env-id" => has(&self.id),
            "env-name" => has(&self.name),
            "resource-type" => has("CVM"),
            "tag-key" => tags().any(|(k, _)| has(k)),
            "tag-value" => tags().any(|(_, v)| has(v)),
            other => other
                .strip_prefix("tag:")
                .is_some_and(|key| tags().any(|(k, v)| k == key && has(v))),
        }
    }
}

/// A `Placement` as answered: as stored, with `ProjectId` 0 (the default project) when
/// it was not given, since answers always carry it.
pub fn placement(stored: &Value) -> Value {
    let mut p = stored.clone();
    if let Some(obj) = p.as_object_mut()
        && obj.get("ProjectId").is_none_or(Value::is_null)
    {
        obj.insert("ProjectId".into(), Value::from(0));
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(desired: u64) -> Env {
        let mut e = Env {
            id: "env-aaaaaaaa".into(),
            name: "e".into(),
            description: None,
            placement: json!({"Zone": "ap-guangzhou-3"}),
            zone: "ap-guangzhou-3".into(),
            created_as: json!({}),
            env_type: "MANAGED".into(),
            cpu: 2,
            mem: 4,
            created: 0,
            desired,
            tags: vec![],
            nodes: vec![],
            activities: vec![],
            deleted: None,
            fault: None,
        };
        e.converge("CreateComputeEnv", 0);
        e
    }

    fn states(e: &Env, t: i64) -> Vec<&'static str> {
        e.live_nodes(t).map(|(_, s)| s).collect()
    }

    #[test]
    fn nodes_go_creating_created_running_on_the_clock() {
        let e = env(2);
        assert_eq!(states(&e, 0), ["CREATING", "CREATING"]);
        assert_eq!(states(&e, CREATING_MS), ["CREATED", "CREATED"]);
        assert_eq!(states(&e, CREATING_MS + CREATED_MS), ["RUNNING", "RUNNING"]);
        assert_eq!(e.activities.len(), 2);
        assert_eq!(e.metrics(CREATING_MS)["CreatedCount"], 2);
    }

    #[test]
    fn shrinking_deletes_the_newest_nodes_then_forgets_them() {
        let mut e = env(1);
        let first = e.nodes[0].id.clone();
        e.desired = 3;
        e.converge("up", 20_000);
        e.desired = 1;
        e.converge("down", 21_000);
        assert_eq!(states(&e, 21_000), ["RUNNING", "DELETING", "DELETING"]);
        let t = 21_000 + DELETING_MS;
        assert_eq!(states(&e, t), ["RUNNING"]);
        e.prune(t);
        assert_eq!(e.nodes[0].id, first);
        assert_eq!(e.activities.len(), 5);
        let last = e.activity_view(e.activities.last().unwrap(), t);
        assert_eq!(last["ComputeNodeActivityType"], "TERMINATE_COMPUTE_NODE");
        assert_eq!(last["ActivityState"], "SUCCEED");
    }

    #[test]
    fn an_attached_instance_is_running_after_created() {
        let mut e = env(0);
        e.attach("ins-aaaaaaaa", 0);
        assert_eq!(states(&e, 0), ["CREATED"]);
        assert_eq!(states(&e, CREATED_MS), ["RUNNING"]);
        assert_eq!(e.first_running(), Some((CREATED_MS, "ins-aaaaaaaa")));
        assert_eq!(e.view(0)["AttachedComputeNodeCount"], 1);
    }

    #[test]
    fn jobs_are_served_only_by_nodes_that_stay() {
        let mut e = env(2);
        e.desired = 1;
        e.converge("down", 20_000);
        let serving = e.serving();
        assert_eq!(serving.len(), 1);
        assert_eq!(serving[0].1, e.nodes[0].instance_id);
        e.desired = 0;
        e.converge("down", 21_000);
        assert!(e.serving().is_empty() && e.first_running().is_none());
    }

    #[test]
    fn ids_have_their_shape() {
        assert!(is_id("env", &new_id("env")));
        assert!(is_id("task-tmpl", &new_id("task-tmpl")));
        assert!(!is_id("env", "env-ABCDEFGH"));
        assert!(!is_id("env", "env-abc"));
    }
}
