//! The tables people read for the resource lists (`envs list`, `templates list`, the
//! `catalog`): for each, its columns (a csv name, a header, how it fits a terminal, how
//! its text is read from an element), the ones `table` shows, and `--columns`.
//! json, jsonl and yaml keep the answers as received; csv keeps the members found in the
//! elements unless `--columns` picks from these.

use std::io::Write;

use serde_json::Value;

use crate::output::fit::Fit;
use crate::output::{Format, OutputOptions};
use crate::transport::error::Error;

/// One column.
pub struct Col {
    /// Its name in `--columns` and the csv header.
    pub name: &'static str,
    /// Its header in `table` (also accepted by `--columns`).
    pub header: &'static str,
    pub fit: Fit,
    /// Shown by `table` without `--columns` (`wide` shows every column).
    pub shown: bool,
    /// Its text in one element (times as the service sends them).
    pub value: fn(&Value) -> String,
}

/// The columns of one list.
pub struct Table {
    pub cols: &'static [Col],
}

impl Table {
    /// The csv names, for completion and the error of an unknown column.
    pub fn names(&self) -> Vec<&'static str> {
        self.cols.iter().map(|c| c.name).collect()
    }

    /// A column by csv name or header, case-insensitively; its csv name.
    pub fn parse(&self, value: &str) -> Result<String, String> {
        let v = value.trim();
        self.cols
            .iter()
            .find(|c| c.name.eq_ignore_ascii_case(v) || c.header.eq_ignore_ascii_case(v))
            .map(|c| c.name.to_string())
            .ok_or_else(|| {
                format!(
                    "unknown column '{value}'; the columns are {}",
                    self.names().join(", ")
                )
            })
    }

    /// The columns to show: those asked for, else every one (`wide`), else the table's.
    pub fn pick(&self, asked: Option<&[String]>, wide: bool) -> Vec<&'static Col> {
        match asked {
            Some(names) => names
                .iter()
                .filter_map(|n| self.cols.iter().find(|c| c.name == n))
                .collect(),
            None => self.cols.iter().filter(|c| wide || c.shown).collect(),
        }
    }

    /// True when `format` is drawn from these columns (table, wide; csv with `--columns`).
    pub fn draws(format: Format, asked: Option<&[String]>) -> bool {
        matches!(format, Format::Table | Format::Wide) || (format == Format::Csv && asked.is_some())
    }

    /// Writes `elements` as a table (fitted to the terminal, times local) or as csv.
    pub fn write(
        &self,
        elements: &[Value],
        asked: Option<&[String]>,
        opts: &OutputOptions,
        out: &mut dyn Write,
    ) -> Result<(), Error> {
        let cols = self.pick(asked, opts.format == Format::Wide);
        if opts.format == Format::Csv {
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(out);
            let io = |e: csv::Error| Error::Io(std::io::Error::other(e));
            if opts.headers {
                w.write_record(cols.iter().map(|c| c.name)).map_err(io)?;
            }
            for e in elements {
                w.write_record(cols.iter().map(|c| (c.value)(e)))
                    .map_err(io)?;
            }
            w.flush()?;
            return Ok(());
        }
        if elements.is_empty() {
            return Ok(());
        }
        let rows: Vec<Vec<String>> = elements
            .iter()
            .map(|e| {
                cols.iter()
                    .map(|c| {
                        let text = (c.value)(e);
                        if c.name.ends_with("Time") {
                            super::rows::time(&text, opts)
                        } else {
                            text
                        }
                    })
                    .collect()
            })
            .collect();
        let headers: Vec<(String, Fit)> = cols
            .iter()
            .map(|c| {
                let h = if c.name.ends_with("Time") {
                    format!("{} (TIME)", c.header)
                } else {
                    c.header.to_string()
                };
                (h, c.fit)
            })
            .collect();
        let headers: Vec<(&str, Fit)> = headers.iter().map(|(h, f)| (h.as_str(), *f)).collect();
        super::rows::write_rows(&headers, &rows, opts, out)?;
        out.flush()?;
        Ok(())
    }
}

/// The text of the member at `path` (dotted), `""` when absent or null; lists of
/// scalars joined with `, `.
pub fn at(v: &Value, path: &str) -> String {
    let mut cur = v;
    for key in path.split('.') {
        match cur.get(key) {
            Some(next) => cur = next,
            None => return String::new(),
        }
    }
    match cur {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(at_scalar).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

fn at_scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Tags as `key=value` pairs joined by `;`.
pub fn tags(v: &Value) -> String {
    v.get("Tags")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|t| format!("{}={}", at(t, "Key"), at(t, "Value")))
        .collect::<Vec<_>>()
        .join(";")
}

/// Every node an environment has, whatever its state (the sum of ComputeNodeMetrics).
pub fn node_total(v: &Value) -> String {
    match v.get("ComputeNodeMetrics").and_then(Value::as_object) {
        Some(m) => m
            .values()
            .filter_map(Value::as_u64)
            .sum::<u64>()
            .to_string(),
        None => String::new(),
    }
}

/// The instance type(s) of an EnvData (`InstanceType`, else `InstanceTypes` joined).
pub fn instance_type(env_data: Option<&Value>) -> String {
    let Some(d) = env_data else {
        return String::new();
    };
    match at(d, "InstanceType") {
        t if !t.is_empty() => t,
        _ => at(d, "InstanceTypes"),
    }
}

const fn col(
    name: &'static str,
    header: &'static str,
    fit: Fit,
    shown: bool,
    value: fn(&Value) -> String,
) -> Col {
    Col {
        name,
        header,
        fit,
        shown,
        value,
    }
}

/// `envs list`: a ComputeEnvView, with `EnvData` added from its create info when known.
pub static ENVS: Table = Table {
    cols: &[
        col("EnvId", "ID", Fit::ESSENTIAL, true, |v| at(v, "EnvId")),
        col("EnvName", "NAME", Fit::cut(90), true, |v| at(v, "EnvName")),
        col("Zone", "ZONE", Fit::whole(60), true, |v| {
            at(v, "Placement.Zone")
        }),
        col("EnvType", "TYPE", Fit::whole(40), true, |v| {
            at(v, "EnvType")
        }),
        col("InstanceType", "INSTANCE TYPE", Fit::whole(70), true, |v| {
            instance_type(v.get("EnvData"))
        }),
        col("Desired", "DESIRED", Fit::whole(85), true, |v| {
            at(v, "DesiredComputeNodeCount")
        }),
        col("Running", "RUNNING", Fit::whole(84), true, |v| {
            at(v, "ComputeNodeMetrics.RunningCount")
        }),
        col("Nodes", "NODES", Fit::whole(45), true, node_total),
        col("CreateTime", "CREATED", Fit::whole(30), true, |v| {
            at(v, "CreateTime")
        }),
        col("ResourceType", "RESOURCE", Fit::whole(20), false, |v| {
            at(v, "ResourceType")
        }),
        col("Attached", "ATTACHED", Fit::whole(19), false, |v| {
            at(v, "AttachedComputeNodeCount")
        }),
        col("NextAction", "NEXT ACTION", Fit::whole(18), false, |v| {
            at(v, "NextAction")
        }),
        col("Tags", "TAGS", Fit::cut(10), false, tags),
    ],
};

/// `templates list`: a TaskTemplateView.
pub static TEMPLATES: Table = Table {
    cols: &[
        col("TaskTemplateId", "ID", Fit::ESSENTIAL, true, |v| {
            at(v, "TaskTemplateId")
        }),
        col("TaskTemplateName", "NAME", Fit::cut(90), true, |v| {
            at(v, "TaskTemplateName")
        }),
        col("TaskName", "TASK", Fit::cut(60), true, |v| {
            at(v, "TaskTemplateInfo.TaskName")
        }),
        col("Instances", "INSTANCES", Fit::whole(35), true, |v| {
            at(v, "TaskTemplateInfo.TaskInstanceNum")
        }),
        col("Runs", "RUNS ON", Fit::whole(70), true, |v| {
            runs_on(v.get("TaskTemplateInfo"))
        }),
        col("Command", "COMMAND", Fit::cut(55), true, |v| {
            at(v, "TaskTemplateInfo.Application.Command")
        }),
        col("CreateTime", "CREATED", Fit::whole(45), true, |v| {
            at(v, "CreateTime")
        }),
        col("Description", "DESCRIPTION", Fit::cut(20), false, |v| {
            at(v, "TaskTemplateDescription")
        }),
        col("Tags", "TAGS", Fit::cut(10), false, tags),
    ],
};

/// Where a task runs: its environment's ID, or the instance type of its own.
pub fn runs_on(task: Option<&Value>) -> String {
    let Some(task) = task else {
        return String::new();
    };
    match at(task, "EnvId") {
        id if !id.is_empty() => id,
        _ => instance_type(task.get("ComputeEnv").and_then(|c| c.get("EnvData"))),
    }
}

/// `catalog instance-types`: an InstanceTypeConfig.
pub static INSTANCE_TYPES: Table = Table {
    cols: &[
        col("Zone", "ZONE", Fit::whole(60), true, |v| at(v, "Zone")),
        col("InstanceType", "TYPE", Fit::ESSENTIAL, true, |v| {
            at(v, "InstanceType")
        }),
        col("InstanceFamily", "FAMILY", Fit::whole(50), true, |v| {
            at(v, "InstanceFamily")
        }),
        col("Cpu", "CORES", Fit::whole(90), true, |v| at(v, "Cpu")),
        col("Mem", "MEM (GB)", Fit::whole(90), true, |v| at(v, "Mem")),
    ],
};

/// `catalog zone-configs`: an InstanceTypeQuotaItem; what a choice is made by (price,
/// stock, cores, memory) first.
pub static ZONE_CONFIGS: Table = Table {
    cols: &[
        col("Zone", "ZONE", Fit::whole(50), true, |v| at(v, "Zone")),
        col("InstanceType", "TYPE", Fit::ESSENTIAL, true, |v| {
            at(v, "InstanceType")
        }),
        col("InstanceChargeType", "CHARGE", Fit::whole(70), true, |v| {
            at(v, "InstanceChargeType")
        }),
        col("Cpu", "CORES", Fit::whole(90), true, |v| at(v, "Cpu")),
        col("Memory", "MEM (GB)", Fit::whole(90), true, |v| {
            at(v, "Memory")
        }),
        col("Price", "PRICE", Fit::whole(95), true, price),
        col("StatusCategory", "STOCK", Fit::whole(80), true, |v| {
            at(v, "StatusCategory")
        }),
        col("Status", "STATUS", Fit::whole(40), false, |v| {
            at(v, "Status")
        }),
        col("InstanceFamily", "FAMILY", Fit::whole(30), false, |v| {
            at(v, "InstanceFamily")
        }),
        col("TypeName", "NAME", Fit::cut(29), false, |v| {
            at(v, "TypeName")
        }),
        col("UnitPrice", "LIST PRICE", Fit::whole(28), false, |v| {
            at(v, "Price.UnitPrice")
        }),
        col("Gpu", "GPU", Fit::whole(27), false, |v| at(v, "Gpu")),
        col("CpuType", "CPU TYPE", Fit::cut(26), false, |v| {
            at(v, "CpuType")
        }),
        col("Frequency", "FREQUENCY", Fit::whole(25), false, |v| {
            at(v, "Frequency")
        }),
        col(
            "InstanceBandwidth",
            "BANDWIDTH (Gbps)",
            Fit::whole(24),
            false,
            |v| at(v, "InstanceBandwidth"),
        ),
        col("InstancePps", "PPS (10k)", Fit::whole(23), false, |v| {
            at(v, "InstancePps")
        }),
        col("NetworkCard", "NETWORK CARD", Fit::whole(22), false, |v| {
            at(v, "NetworkCard")
        }),
        col("SoldOutReason", "SOLD OUT", Fit::cut(21), false, |v| {
            at(v, "SoldOutReason")
        }),
        col("Remark", "REMARK", Fit::cut(20), false, |v| at(v, "Remark")),
    ],
};

/// The price after discount per charge unit: `0.05/HOUR`.
fn price(v: &Value) -> String {
    let amount = match at(v, "Price.UnitPriceDiscount") {
        a if a.is_empty() => at(v, "Price.UnitPrice"),
        a => a,
    };
    match at(v, "Price.ChargeUnit") {
        unit if !unit.is_empty() && !amount.is_empty() => format!("{amount}/{unit}"),
        _ => amount,
    }
}

/// `envs nodes` (and the nodes of `envs view`): a ComputeNode.
pub static NODES: Table = Table {
    cols: &[
        col("ComputeNodeId", "NODE", Fit::ESSENTIAL, true, |v| {
            at(v, "ComputeNodeId")
        }),
        col(
            "ComputeNodeInstanceId",
            "INSTANCE",
            Fit::whole(60),
            true,
            |v| at(v, "ComputeNodeInstanceId"),
        ),
        col("ComputeNodeState", "STATE", Fit::ESSENTIAL, true, |v| {
            at(v, "ComputeNodeState")
        }),
        col("PrivateIpAddresses", "IP", Fit::whole(40), true, |v| {
            at(v, "PrivateIpAddresses")
        }),
        col(
            "TaskInstanceNumAvailable",
            "FREE",
            Fit::whole(20),
            true,
            |v| at(v, "TaskInstanceNumAvailable"),
        ),
        col(
            "ResourceCreatedTime",
            "CREATED",
            Fit::whole(30),
            true,
            |v| at(v, "ResourceCreatedTime"),
        ),
        col("Cpu", "CORES", Fit::whole(19), false, |v| at(v, "Cpu")),
        col("Mem", "MEM (GB)", Fit::whole(18), false, |v| at(v, "Mem")),
        col("ResourceOrigin", "ORIGIN", Fit::whole(17), false, |v| {
            at(v, "ResourceOrigin")
        }),
        col(
            "PublicIpAddresses",
            "PUBLIC IP",
            Fit::whole(16),
            false,
            |v| at(v, "PublicIpAddresses"),
        ),
        col("AgentVersion", "AGENT", Fit::whole(15), false, |v| {
            at(v, "AgentVersion")
        }),
    ],
};

/// `envs activities`: what happened to a compute node (an Activity).
pub static ACTIVITIES: Table = Table {
    cols: &[
        col("ActivityId", "ID", Fit::ESSENTIAL, true, |v| {
            at(v, "ActivityId")
        }),
        col("ComputeNodeId", "NODE", Fit::whole(80), true, |v| {
            at(v, "ComputeNodeId")
        }),
        col(
            "ComputeNodeActivityType",
            "ACTIVITY",
            Fit::whole(90),
            true,
            |v| at(v, "ComputeNodeActivityType"),
        ),
        col("ActivityState", "STATE", Fit::ESSENTIAL, true, |v| {
            at(v, "ActivityState")
        }),
        col("StartTime", "STARTED", Fit::whole(60), true, |v| {
            at(v, "StartTime")
        }),
        col("Cause", "CAUSE", Fit::cut(50), true, |v| at(v, "Cause")),
        col("StateReason", "REASON", Fit::cut(45), true, |v| {
            at(v, "StateReason")
        }),
        col("EndTime", "ENDED", Fit::whole(30), false, |v| {
            at(v, "EndTime")
        }),
        col("InstanceId", "INSTANCE", Fit::whole(20), false, |v| {
            at(v, "InstanceId")
        }),
    ],
};

/// `catalog categories`: an InstanceCategoryItem.
pub static CATEGORIES: Table = Table {
    cols: &[
        col("InstanceCategory", "CATEGORY", Fit::ESSENTIAL, true, |v| {
            at(v, "InstanceCategory")
        }),
        col("InstanceFamilySet", "FAMILIES", Fit::cut(50), true, |v| {
            at(v, "InstanceFamilySet")
        }),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn columns_are_found_by_csv_name_or_header() {
        assert_eq!(ENVS.parse("envid").unwrap(), "EnvId");
        assert_eq!(ENVS.parse("INSTANCE TYPE").unwrap(), "InstanceType");
        let err = ENVS.parse("SubmittedCount").unwrap_err();
        assert!(err.contains("EnvId, EnvName"), "{err}");
    }

    #[test]
    fn env_cells_read_counts_and_instance_types() {
        let env = json!({"EnvId": "env-a", "DesiredComputeNodeCount": 4,
            "ComputeNodeMetrics": {"RunningCount": 2, "CreatingCount": 1, "DeletingCount": 1},
            "EnvData": {"InstanceTypes": ["S5.MEDIUM4", "S5.LARGE8"]}});
        let cell = |name: &str| {
            let c = ENVS.cols.iter().find(|c| c.name == name).unwrap();
            (c.value)(&env)
        };
        assert_eq!(cell("Desired"), "4");
        assert_eq!(cell("Running"), "2");
        assert_eq!(cell("Nodes"), "4");
        assert_eq!(cell("InstanceType"), "S5.MEDIUM4, S5.LARGE8");
        let quota =
            json!({"Price": {"UnitPrice": 0.1, "UnitPriceDiscount": 0.05, "ChargeUnit": "HOUR"}});
        assert_eq!(price(&quota), "0.05/HOUR");
    }
}
