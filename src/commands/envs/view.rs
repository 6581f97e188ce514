//! `envs view` (the environment, then its nodes) and `envs nodes` (its nodes), both
//! from one DescribeComputeEnv.

use batch_api::ActionId;
use batch_api::lists;
use std::io::{self, BufWriter, Write};

use serde_json::{Value, json};

use crate::cli::config::Config;
use crate::commands::resources::{call, show};
use crate::output::Format;
use crate::transport::error::Error;

fn describe(config: &Config, env: &str, out: &mut dyn Write) -> Result<Option<Value>, Error> {
    call::once(
        config,
        ActionId::DescribeComputeEnv,
        &json!({ "EnvId": env }),
        out,
    )
}

/// json/yaml: the answer as received; table: the environment's members, a blank line,
/// then one row per node; jsonl/csv: the environment as one row.
pub fn view(config: &Config, env: &str) -> Result<(), Error> {
    let mut out = BufWriter::new(io::stdout().lock());
    let Some(answer) = describe(config, env, &mut out)? else {
        return Ok(());
    };
    let opts = show::options(config);
    if show::whole(&opts) || !matches!(opts.format, Format::Table | Format::Wide) {
        return show::object(&answer, &opts, &mut out);
    }
    let mut env_only = answer.clone();
    if let Value::Object(m) = &mut env_only {
        // shift_remove: a plain remove moves the last member (RequestId) into the gap.
        m.shift_remove(lists::COMPUTE_NODE_SET);
    }
    show::object(&env_only, &opts, &mut out)?;
    let has_nodes = answer
        .get(lists::COMPUTE_NODE_SET)
        .and_then(Value::as_array)
        .is_some_and(|a| !a.is_empty());
    if has_nodes {
        writeln!(out)?;
        show::rows(&answer, lists::COMPUTE_NODE_SET, &opts, &mut out)?;
    }
    out.flush()?;
    Ok(())
}

/// json/yaml: `{"EnvId", "ComputeNodeSet", "RequestId"}`; otherwise one row per node.
pub fn nodes(config: &Config, env: &str) -> Result<(), Error> {
    let mut out = BufWriter::new(io::stdout().lock());
    let Some(answer) = describe(config, env, &mut out)? else {
        return Ok(());
    };
    let doc = json!({
        "EnvId": answer.get("EnvId").cloned().unwrap_or(json!(env)),
        "ComputeNodeSet": answer.get("ComputeNodeSet").cloned().unwrap_or(json!([])),
        "RequestId": answer.get("RequestId").cloned().unwrap_or(Value::Null),
    });
    show::rows(
        &doc,
        lists::COMPUTE_NODE_SET,
        &show::options(config),
        &mut out,
    )
}
