//! Task templates: a name, a description, tags and the stored `Task`.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::data::iso8601;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Template {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    /// The `Task` as stored.
    pub info: Value,
    /// Virtual ms.
    pub created: i64,
    pub tags: Vec<Value>,
}

impl Template {
    /// The TaskTemplateView.
    pub fn view(&self) -> Value {
        json!({
            "TaskTemplateId": self.id,
            "TaskTemplateName": self.name,
            "TaskTemplateDescription": self.description.clone().unwrap_or_default(),
            "TaskTemplateInfo": super::project::task_answer(&self.info),
            "CreateTime": iso8601(self.created.div_euclid(1_000)),
            "Tags": self.tags,
        })
    }

    /// True when the template matches a DescribeTaskTemplates filter.
    pub fn matches(&self, name: &str, values: &[String]) -> bool {
        let has = |v: &str| values.iter().any(|x| x == v);
        let tags = || {
            self.tags
                .iter()
                .filter_map(|t| Some((t.get("Key")?.as_str()?, t.get("Value")?.as_str()?)))
        };
        match name {
            "task-template-name" => has(&self.name),
            "tag-key" => tags().any(|(k, _)| has(k)),
            "tag-value" => tags().any(|(_, v)| has(v)),
            other => other
                .strip_prefix("tag:")
                .is_some_and(|key| tags().any(|(k, v)| k == key && has(v))),
        }
    }
}
