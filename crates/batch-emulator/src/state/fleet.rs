//! The world's compute environments and task templates, and the ClientTokens of
//! CreateComputeEnv, saved with the jobs in the state file.

use serde::{Deserialize, Serialize};

use super::envs::Env;
use super::job::SimJob;
use super::templates::Template;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Fleet {
    /// In creation order.
    #[serde(default)]
    pub envs: Vec<Env>,
    #[serde(default)]
    pub templates: Vec<Template>,
    /// (SecretId, ClientToken, EnvId) of each CreateComputeEnv that carried a token.
    #[serde(default)]
    pub tokens: Vec<(String, String, String)>,
}

impl Fleet {
    /// The environment `id`, if it still exists at `t`.
    pub fn env(&self, id: &str, t: i64) -> Option<&Env> {
        self.envs.iter().find(|e| e.id == id && !e.gone_at(t))
    }

    pub fn env_mut(&mut self, id: &str, t: i64) -> Option<&mut Env> {
        self.envs.iter_mut().find(|e| e.id == id && !e.gone_at(t))
    }

    /// Forgets environments and nodes that are gone at `t`.
    pub fn prune(&mut self, t: i64) {
        self.envs.retain(|e| !e.gone_at(t));
        for env in &mut self.envs {
            env.prune(t);
        }
    }

    /// Seats every instance of `job` whose task names an `EnvId` (not yet started at
    /// the job's time `t`) on the environment's nodes, round robin over the nodes by
    /// the time they are RUNNING. Instances of an environment without nodes wait.
    pub fn seat(&self, job: &mut SimJob, t: i64) {
        let submitted = job.submitted.clone();
        let mut turn = 0usize;
        for (ti, task) in job.tasks.iter_mut().enumerate() {
            let env_id = submitted
                .get("Tasks")
                .and_then(|ts| ts.get(ti))
                .and_then(|task| task.get("EnvId"))
                .and_then(|e| e.as_str());
            let Some(env_id) = env_id else { continue };
            let serving = self
                .env(env_id, t)
                .filter(|e| e.deleted.is_none())
                .map(Env::serving)
                .unwrap_or_default();
            for inst in &mut task.instances {
                if inst.on_env.as_ref().is_some_and(|e| e.running_from <= t) {
                    continue;
                }
                let (running_from, instance_id) = if serving.is_empty() {
                    (super::envs::NEVER, None)
                } else {
                    let (at, id) = &serving[turn % serving.len()];
                    turn += 1;
                    (*at, Some(id.clone()))
                };
                inst.on_env = Some(super::job::OnEnv {
                    env_id: env_id.to_string(),
                    instance_id,
                    running_from,
                });
            }
        }
    }
}
