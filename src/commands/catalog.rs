//! `batchctl catalog …`: what can be launched where (instance types, per-zone
//! configurations, instance categories), one read each, filters as flags; tables from
//! curated columns (price, stock, cores and memory with units first), `--columns`.

use batch_api::ActionId;
use batch_api::lists;
use std::io::{self, BufWriter};

use serde_json::json;

use super::resources::{listing, show};
use crate::cli::config::Config;
use crate::cli::resources::CatalogCommand;
use crate::output::resource_columns as columns;
use crate::transport::error::Error;
use crate::transport::invoke::Invocation;

pub fn run(config: &Config, command: &CatalogCommand) -> Result<(), Error> {
    let (action, filters, list, table, asked) = match command {
        CatalogCommand::InstanceTypes(a) => (
            ActionId::DescribeAvailableCvmInstanceTypes,
            listing::filters(&[("zone", &a.zone), ("instance-family", &a.family)], None),
            lists::INSTANCE_TYPE_CONFIG_SET,
            &columns::INSTANCE_TYPES,
            &a.columns,
        ),
        CatalogCommand::ZoneConfigs(a) => (
            ActionId::DescribeCvmZoneInstanceConfigInfos,
            listing::filters(
                &[
                    ("zone", &a.zone),
                    ("instance-family", &a.family),
                    ("instance-type", &a.instance_type),
                    ("instance-charge-type", &a.charge_type),
                ],
                None,
            ),
            lists::INSTANCE_TYPE_QUOTA_SET,
            &columns::ZONE_CONFIGS,
            &a.columns,
        ),
        CatalogCommand::Categories(a) => (
            ActionId::DescribeInstanceCategories,
            Vec::new(),
            lists::INSTANCE_CATEGORY_SET,
            &columns::CATEGORIES,
            &a.columns,
        ),
    };
    let body = listing::with_filters(json!({}), filters);
    let invocation = Invocation::new(action, body)?;
    let session = crate::commands::Session::open(config)?;
    let client = &session.client;
    let mut out = BufWriter::new(io::stdout().lock());
    let Some(reply) = invocation.run(client, &mut out)? else {
        return Ok(());
    };
    let answer = reply.value()?;
    let opts = show::options(config);
    let drawn = listing::Drawn {
        table,
        columns: asked.as_deref(),
        enrich: None,
    };
    if !drawn.print(client, &answer, list, &opts, &mut out)? {
        show::rows(&answer, list, &opts, &mut out)?;
    }
    Ok(())
}
