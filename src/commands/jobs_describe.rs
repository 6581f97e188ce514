//! `batchctl jobs describe`. (Stub.)

use crate::cli::{DescribeArgs, GlobalArgs};
use crate::error::Error;

pub fn run(_global: &GlobalArgs, _args: &DescribeArgs) -> Result<(), Error> {
    Err(Error::Internal("not yet".into()))
}
