//! The world's compute environments and task templates, and the ClientTokens of
//! CreateComputeEnv, saved with the jobs in the state file.

use serde::{Deserialize, Serialize};

use super::envs::Env;
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
}
