//! The command-line arguments of `batchctl run` (clap).

use std::time::Duration;

use clap::Args;

use crate::cli::values::{self, Known};
use crate::cli::{non_empty, parse_client_token, parse_interval};

const RUN_HELP: &str = "\
What runs: COMMAND and its ARGs, quoted for a POSIX shell into the task's
Application.Command (write `sh -c '...'` for pipes and `;`), or --script.
Where: --zone, and --env, or --image with --instance-type; each from its flag,
else BATCHCTL_ZONE, BATCHCTL_COMPUTE_ENV, BATCHCTL_IMAGE, BATCHCTL_INSTANCE_TYPE,
else `batchctl config set KEY VALUE`.

Many instances: --array N[%K] runs N, at most K at once; each sees
BATCH_TASK_INSTANCE_INDEX (0-based) and BATCH_TASK_INSTANCE_NUM. --each FILE
(CSV with a header, or TSV) runs one instance per row, with the row's columns as
variables named by the header. The table travels inside the job's command, so
it may be at most 64 KiB; put a larger one in COS (InputMappings).

Output: the instances' stdout and stderr as they arrive (`[INDEX] ` before each
line when there are several), then one line on stderr with the final state.
Exit status: the command's own (the highest of several instances); 137 when
the job ended without one (terminated, timed out, node lost); 125 when batchctl
or the service failed; 2 for a bad option (nothing is sent); 130 on Ctrl-C,
which leaves the job running (--terminate-on-interrupt ends it).

Examples:
  batchctl run -- echo hello
  batchctl run --zone ap-guangzhou-3 --instance-type S5.MEDIUM2 -- nproc
  batchctl run --array 10%2 -- sh -c 'echo part $BATCH_TASK_INSTANCE_INDEX'
  batchctl run --each params.csv -- ./score.sh
  batchctl run --script train.sh --task-timeout 2h --retries 2 -e EPOCHS=5
  JOB=$(batchctl run -d -- sleep 600)
  batchctl --emulator run -- echo try it offline";

// `run` options.
#[derive(Debug, Args)]
#[command(
    after_help = RUN_HELP,
    override_usage = "batchctl run [OPTIONS] -- COMMAND [ARG]...\n       batchctl run [OPTIONS] --script FILE|-"
)]
pub struct RunArgs {
    /// The command and its arguments (after `--`)
    #[arg(value_name = "COMMAND", trailing_var_arg = true, allow_hyphen_values = true,
          num_args = 0.., conflicts_with = "script")]
    pub command: Vec<String>,
    /// Run this script's text instead of a command (`-` reads stdin)
    #[arg(long, value_name = "FILE|-", value_hint = clap::ValueHint::FilePath)]
    pub script: Option<String>,
    /// The job's name [default: run- and the command's first word]
    #[arg(long, value_name = "NAME", value_parser = non_empty)]
    pub name: Option<String>,
    /// A variable for the command (the task's EnvVars; repeatable)
    #[arg(short = 'e', long = "env-var", value_name = "NAME=VALUE",
          value_parser = crate::domain::runjob::parse_env_var)]
    pub env_vars: Vec<(String, String)>,
    /// End an instance that runs longer than this, FAILED (the task's Timeout)
    #[arg(long = "task-timeout", value_name = "DURATION", value_parser = crate::transport::duration::parse)]
    pub task_timeout: Option<Duration>,
    /// Run a failed instance again up to N times (0 to 10; the task's MaxRetryCount)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(0..=10))]
    pub retries: Option<u64>,
    /// Start from this task template (its command when none is given)
    #[arg(long, value_name = "TEMPLATE_ID", value_parser = non_empty,
          value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::templates))]
    pub template: Option<String>,
    /// Set a member inside the Job by a dotted path, typed by the model (repeatable)
    #[arg(long = "set", value_name = "PATH=VALUE", value_parser = crate::domain::jobfile::parse_set)]
    pub set: Vec<(String, String)>,
    /// Availability zone [default: BATCHCTL_ZONE, else `config set zone`]
    #[arg(long, value_name = "ZONE", hide_possible_values = true,
          value_parser = Known::new(values::zones, non_empty))]
    pub zone: Option<String>,
    /// Image of the machines made for the job [default: BATCHCTL_IMAGE, else `config set image`]
    #[arg(long, value_name = "IMAGE_ID", value_parser = values::parse_image, conflicts_with = "env")]
    pub image: Option<String>,
    /// Instance type of the machines made for the job [default: BATCHCTL_INSTANCE_TYPE,
    /// else `config set instance-type`]
    #[arg(long = "instance-type", value_name = "TYPE", value_parser = values::parse_instance_type,
          conflicts_with = "env")]
    pub instance_type: Option<String>,
    /// Run on this existing compute environment [default: BATCHCTL_COMPUTE_ENV, else
    /// `config set compute-env`]
    #[arg(long, value_name = "ENV_ID", value_parser = values::parse_compute_env)]
    pub env: Option<String>,
    /// Run N instances, at most K at once
    #[arg(long, value_name = "N[%K]", value_parser = crate::domain::runjob::parse_array,
          conflicts_with = "each")]
    pub array: Option<(u64, Option<u64>)>,
    /// At most K instances at once (the task's MaxConcurrentNum)
    #[arg(long = "max-parallel", value_name = "K", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_parallel: Option<u64>,
    /// One instance per row of this CSV or TSV table, its columns as variables (`-`: stdin)
    #[arg(long, value_name = "FILE|-", value_hint = clap::ValueHint::FilePath)]
    pub each: Option<String>,
    /// Submit, print the JobId (with -o json: JobId and RequestId) and exit
    #[arg(short = 'd', long)]
    pub detach: bool,
    /// Print what the job would cost per hour at list price, from the catalogue; submit
    /// nothing
    #[arg(long, conflicts_with = "detach")]
    pub estimate: bool,
    /// With --estimate: also the cost of running this many hours
    #[arg(long, value_name = "H", requires = "estimate", value_parser = crate::cli::parse_hours)]
    pub hours: Option<f64>,
    /// On Ctrl-C, terminate the job instead of leaving it running
    #[arg(long = "terminate-on-interrupt")]
    pub terminate_on_interrupt: bool,
    /// Time between polls while following the job
    #[arg(long, value_name = "DURATION", default_value = "2s", value_parser = parse_interval)]
    pub interval: Duration,
    /// The ClientToken (at most 64 ASCII characters) [default: a fresh one]
    #[arg(long = "client-token", value_name = "TOKEN", value_parser = parse_client_token)]
    pub client_token: Option<String>,
}
