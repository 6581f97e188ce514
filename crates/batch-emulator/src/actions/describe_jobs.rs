//! DescribeJobs: the one action with a GET form (its parameters flattened in the query
//! string) and checks of its own (`crate::params`), which run before the model's
//! validator sees a POST body. The page is the world's (`crate::state::World::describe_jobs`): with
//! `--advance`, its jobs move one state forward once it is built.

use serde_json::{Map, Value};

use super::call::{Call, Reply, Validator, validate};
use crate::errors::ApiError;
use crate::params;
use crate::state::world::{Page, SharedWorld};

pub fn describe_jobs(
    world: &SharedWorld,
    validator: Validator,
    call: &Call<'_>,
) -> Result<Reply, ApiError> {
    let query = if call.method == "GET" {
        params::from_query_string(call.query, call.region)?
    } else {
        let query = params::from_json_body(call.body, call.region)?;
        validate(validator, call.action, &params::json_object(call.body)?)?;
        query
    };
    let Page {
        total,
        jobs,
        advanced,
    } = world
        .lock()
        .describe_jobs(&query, call.region, call.now, call.delivered);
    let mut response = Map::new();
    response.insert("TotalCount".into(), Value::from(total));
    response.insert("JobSet".into(), Value::Array(jobs));
    Ok(Reply { response, advanced })
}
