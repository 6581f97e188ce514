//! The catalogue of `jobs usage`: the offers of an instance family in the job's zone
//! and charge type (DescribeCvmZoneInstanceConfigInfos through `estimate`), each read once.

use std::collections::BTreeMap;

use batch_api::lists;
use serde_json::Value;

use crate::commands::estimate;
use crate::transport::client::Client;

/// One offer of the catalogue.
#[derive(Debug, Clone)]
pub(super) struct Offer {
    pub(super) name: String,
    pub(super) cpu: u32,
    pub(super) memory: u32,
    pub(super) price: f64,
    pub(super) selling: bool,
}

/// The offers read so far, by (charge type, family).
#[derive(Default)]
pub(super) struct Catalogue(BTreeMap<(String, String), Result<Vec<Offer>, String>>);

impl Catalogue {
    pub(super) fn family(
        &mut self,
        client: &Client,
        zone: &str,
        charge: &str,
        family: &str,
    ) -> &Result<Vec<Offer>, String> {
        self.0
            .entry((charge.to_string(), family.to_string()))
            .or_insert_with(|| {
                let answer = estimate::offers(client, zone, charge, ("instance-family", family))
                    .map_err(|e| e.first_line())?;
                Ok(answer
                    .get(lists::INSTANCE_TYPE_QUOTA_SET)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|q| {
                        Some(Offer {
                            name: q.get("InstanceType")?.as_str()?.to_string(),
                            cpu: u32::try_from(q.get("Cpu")?.as_u64()?).ok()?,
                            memory: u32::try_from(q.get("Memory")?.as_u64()?).ok()?,
                            price: estimate::price_of(q)?,
                            selling: q.get("Status").and_then(Value::as_str) != Some("SOLD_OUT"),
                        })
                    })
                    .collect())
            })
    }
}
