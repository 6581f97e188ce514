//! `batchctl catalog …`: what can be launched where (instance types, per-zone
//! configurations, instance categories), one read each, filters as flags.

use batch_api::ActionId;
use batch_api::lists;
use std::io::{self, BufWriter};

use serde_json::json;

use super::resources::{call, listing, show};
use crate::cli::config::Config;
use crate::cli::resources::CatalogCommand;
use crate::transport::error::Error;

pub fn run(config: &Config, command: &CatalogCommand) -> Result<(), Error> {
    let (action, filters, list) = match command {
        CatalogCommand::InstanceTypes(a) => (
            ActionId::DescribeAvailableCvmInstanceTypes,
            listing::filters(&[("zone", &a.zone), ("instance-family", &a.family)], None),
            lists::INSTANCE_TYPE_CONFIG_SET,
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
        ),
        CatalogCommand::Categories => (
            ActionId::DescribeInstanceCategories,
            Vec::new(),
            lists::INSTANCE_CATEGORY_SET,
        ),
    };
    let body = listing::with_filters(json!({}), filters);
    let mut out = BufWriter::new(io::stdout().lock());
    if let Some(answer) = call::once(config, action, &body, &mut out)? {
        show::rows(&answer, list, &show::options(config), &mut out)?;
    }
    Ok(())
}
