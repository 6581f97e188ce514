//! The command-line arguments of `envs`, `templates` and `catalog` (clap), kept beside
//! the commands so `src/cli.rs` only names them.

use clap::{Args, Subcommand};

use crate::cli::values::{self, Known};
use crate::cli::{non_empty, parse_filter, parse_key_value, parse_page_size, parse_positive};
use crate::transport::envelope::Filter;

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum EnvsCommand {
    /// List compute environments (DescribeComputeEnvs), with filters and paging
    #[command(visible_alias = "ls")]
    List(EnvsListArgs),
    /// One compute environment with its nodes (DescribeComputeEnv)
    #[command(after_help = "Examples:\n  batchctl envs view env-3dhmblr3\n  \
batchctl envs view env-3dhmblr3 -o yaml")]
    View(EnvArg),
    /// Create a compute environment from a JSON or YAML file (CreateComputeEnv)
    Create(EnvsCreateArgs),
    /// Change a compute environment's desired node count, name or description (ModifyComputeEnv)
    #[command(
        after_help = "Examples:\n  batchctl envs modify env-3dhmblr3 --desired 4\n  \
batchctl envs modify env-3dhmblr3 --desired 4 --wait\n  \
batchctl envs modify env-3dhmblr3 --name farm-2 --description \"renders\""
    )]
    Modify(EnvsModifyArgs),
    /// Delete a compute environment (DeleteComputeEnv); one with nodes needs --yes
    Delete(EnvsDeleteArgs),
    /// The nodes of a compute environment (DescribeComputeEnv)
    #[command(after_help = "Examples:\n  batchctl envs nodes env-3dhmblr3\n  \
batchctl envs nodes env-3dhmblr3 -o csv")]
    Nodes(EnvsNodesArgs),
    /// What happened to a compute environment's nodes (DescribeComputeEnvActivities)
    #[command(after_help = "Examples:\n  batchctl envs activities env-3dhmblr3\n  \
batchctl envs activities env-3dhmblr3 --node node-9yzd5jei --all")]
    Activities(EnvsActivitiesArgs),
    /// Add your own CVM instances to a compute environment (AttachInstances)
    #[command(after_help = "Example:\n  \
batchctl envs attach env-3dhmblr3 --instance ins-jyafz2sk,ins-2x8cq1ab")]
    Attach(EnvsInstancesArgs),
    /// Take instances out of a compute environment (DetachInstances)
    #[command(after_help = "Example:\n  batchctl envs detach env-3dhmblr3 --instance ins-jyafz2sk")]
    Detach(EnvsInstancesArgs),
    /// Terminate nodes of a compute environment (TerminateComputeNodes)
    #[command(
        after_help = "Examples:\n  batchctl envs terminate-nodes env-3dhmblr3 node-noa8vefu\n  \
batchctl envs terminate-nodes env-3dhmblr3 node-noa8vefu node-9yzd5jei --yes"
    )]
    TerminateNodes(EnvsTerminateArgs),
    /// Print an annotated environment file to start from, that `envs create -f` takes as is
    #[command(
        after_help = "Its zone, image and instance type are your defaults (`batchctl \
config set zone|image|instance-type`); with --emulator, the demo world's fill the gaps; else \
examples to change.\n\nExamples:\n  batchctl envs init > env.yaml\n  \
batchctl envs create -f env.yaml\n  \
batchctl --emulator envs init | batchctl --emulator envs create -f -"
    )]
    Init,
}

// `--wait` on a write: poll (paced, on the client's clock) until it has taken effect.
#[derive(Debug, Args, Clone)]
pub struct WaitFlags {
    /// Wait until it has taken effect (nodes RUNNING, or the environment gone)
    #[arg(long)]
    pub wait: bool,

    /// With --wait: time between polls (e.g. 5s, 1m)
    #[arg(long, value_name = "DURATION", default_value = "10s", requires = "wait",
          value_parser = crate::cli::parse_interval)]
    pub interval: std::time::Duration,

    /// With --wait: give up (exit 8) after this long; 0 waits without limit
    #[arg(long = "max-wait", value_name = "DURATION", default_value = "30m", requires = "wait",
          value_parser = crate::transport::duration::parse)]
    pub max_wait: std::time::Duration,
}

/// `--columns` of a resource table: names as in `-o csv` or as the table's headers.
macro_rules! column_parser {
    ($names:ident, $parse:ident, $table:path) => {
        fn $names() -> Vec<&'static str> {
            $table.names()
        }
        fn $parse(value: &str) -> Result<String, String> {
            $table.parse(value)
        }
    };
}

use crate::output::resource_columns as cols;
column_parser!(env_column_names, parse_env_column, cols::ENVS);
column_parser!(
    template_column_names,
    parse_template_column,
    cols::TEMPLATES
);
column_parser!(type_column_names, parse_type_column, cols::INSTANCE_TYPES);
column_parser!(zone_column_names, parse_zone_column, cols::ZONE_CONFIGS);
column_parser!(
    category_column_names,
    parse_category_column,
    cols::CATEGORIES
);
column_parser!(node_column_names, parse_node_column, cols::NODES);
column_parser!(
    activity_column_names,
    parse_activity_column,
    cols::ACTIVITIES
);

#[derive(Debug, Args)]
pub struct EnvsNodesArgs {
    /// The compute environment's ID (env-…)
    #[arg(value_name = "ENV", value_parser = non_empty, value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::envs))]
    pub env: String,

    /// Columns of table and csv output, by csv name or header
    #[arg(long, value_name = "LIST", value_delimiter = ',', hide_possible_values = true,
          value_parser = Known::new(node_column_names, parse_node_column))]
    pub columns: Option<Vec<String>>,
}

#[derive(Debug, Args)]
#[command(
    after_help = "An environment that still has nodes is deleted only with --yes (the nodes are \
terminated with it). --wait polls until the environment is gone.\n\nExamples:\n  \
batchctl envs delete env-xxxxxxxx --yes --wait"
)]
pub struct EnvsDeleteArgs {
    /// The compute environment's ID (env-…)
    #[arg(value_name = "ENV", value_parser = non_empty, value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::envs))]
    pub env: String,

    /// Delete it even though it has nodes (they are terminated)
    #[arg(long, short = 'y')]
    pub yes: bool,

    #[command(flatten)]
    pub wait: WaitFlags,
}

#[derive(Debug, Args)]
pub struct EnvArg {
    /// The compute environment's ID (env-…)
    #[arg(value_name = "ENV", value_parser = non_empty, value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::envs))]
    pub env: String,
}

// Paging as `jobs describe` has it.
#[derive(Debug, Args, Clone, Default)]
pub struct PagingArgs {
    /// At most N in total [default: 20]; above 100, several pages are fetched
    #[arg(long, value_name = "N", value_parser = parse_positive, conflicts_with = "all")]
    pub limit: Option<u64>,

    /// Every match, all pages
    #[arg(long)]
    pub all: bool,

    /// Start at the N-th match
    #[arg(long, value_name = "N")]
    pub offset: Option<u64>,

    /// Items per request, 1 to 100 [default: 100 when several pages are needed]
    #[arg(long = "page-size", value_name = "N", value_parser = parse_page_size)]
    pub page_size: Option<u64>,
}

// Tag filters shared by the lists that have them.
#[derive(Debug, Args, Clone, Default)]
pub struct TagArgs {
    /// Filter by tag (tag:KEY)
    #[arg(long, value_name = "KEY=VALUE", value_parser = parse_key_value)]
    pub tag: Vec<(String, String)>,

    /// Filter by tag key (tag-key)
    #[arg(long = "tag-key", value_name = "KEY", value_parser = non_empty)]
    pub tag_key: Vec<String>,

    /// Filter by tag value (tag-value)
    #[arg(long = "tag-value", value_name = "VALUE", value_parser = non_empty)]
    pub tag_value: Vec<String>,

    /// Any filter by its API name
    #[arg(long, value_name = "NAME=V1[,V2...]", value_parser = parse_filter)]
    pub filter: Vec<Filter>,
}

#[derive(Debug, Args)]
#[command(
    after_help = "The service filters environments by zone, ID, name, resource type and tags; \
it has no filter by state. Repeating a flag adds values to the same filter (OR); different \
flags are separate filters (AND).\n\nExamples:\n  batchctl envs list --zone ap-guangzhou-3\n  \
batchctl envs list --all -o jsonl"
)]
pub struct EnvsListArgs {
    /// Filter by environment ID (env-id)
    #[arg(long = "env-id", value_name = "ENV", value_parser = non_empty)]
    pub env_id: Vec<String>,

    /// Filter by name (env-name)
    #[arg(long, value_name = "NAME", value_parser = non_empty)]
    pub name: Vec<String>,

    /// Filter by availability zone (zone)
    #[arg(long, value_name = "ZONE", hide_possible_values = true,
          value_parser = Known::new(values::zones, non_empty))]
    pub zone: Vec<String>,

    /// Filter by resource type (resource-type), e.g. CVM or CPM
    #[arg(long = "resource-type", value_name = "TYPE",
          value_parser = Known::new(values::resource_types, non_empty))]
    pub resource_type: Vec<String>,

    /// Refused with an explanation: the service has no filter by state
    #[arg(long, value_name = "STATE", hide = true)]
    pub state: Vec<String>,

    #[command(flatten)]
    pub tags: TagArgs,

    #[command(flatten)]
    pub paging: PagingArgs,

    /// Columns of table and csv output, by csv name or header (e.g. EnvId,EnvName,Running)
    #[arg(long, value_name = "LIST", value_delimiter = ',', hide_possible_values = true,
          value_parser = Known::new(env_column_names, parse_env_column))]
    pub columns: Option<Vec<String>>,
}

#[derive(Debug, Args)]
#[command(
    after_help = "FILE holds either a NamedComputeEnv (then --zone gives the placement) or the \
whole CreateComputeEnv request (ComputeEnv, Placement). A ClientToken is always sent, so a retry \
never creates two environments.\n\nExamples:\n  batchctl envs create -f env.yaml --zone ap-guangzhou-3\n  \
batchctl envs create -f request.json -o json"
)]
pub struct EnvsCreateArgs {
    /// The environment, JSON or YAML (`-` reads stdin)
    #[arg(short = 'f', long = "file", value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: String,

    /// Availability zone (Placement.Zone), when the file does not give it
    #[arg(long, value_name = "ZONE", hide_possible_values = true,
          value_parser = Known::new(values::zones, non_empty))]
    pub zone: Option<String>,

    /// Name of the environment (replaces the file's EnvName)
    #[arg(long, value_name = "NAME", value_parser = non_empty)]
    pub name: Option<String>,

    /// Idempotency token (default: a fresh one, the same on every retry)
    #[arg(long = "client-token", value_name = "TOKEN", value_parser = non_empty)]
    pub client_token: Option<String>,

    #[command(flatten)]
    pub wait: WaitFlags,
}

#[derive(Debug, Args)]
pub struct EnvsModifyArgs {
    /// The compute environment's ID (env-…)
    #[arg(value_name = "ENV", value_parser = non_empty, value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::envs))]
    pub env: String,

    /// The number of nodes wanted (DesiredComputeNodeCount)
    #[arg(long, value_name = "N")]
    pub desired: Option<u64>,

    /// New name (EnvName)
    #[arg(long, value_name = "NAME", value_parser = non_empty)]
    pub name: Option<String>,

    /// New description (EnvDescription)
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,

    /// Members of ModifyComputeEnv from a JSON or YAML file (flags replace them)
    #[arg(short = 'f', long = "file", value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: Option<String>,

    #[command(flatten)]
    pub wait: WaitFlags,
}

#[derive(Debug, Args)]
pub struct EnvsActivitiesArgs {
    /// The compute environment's ID (env-…)
    #[arg(value_name = "ENV", value_parser = non_empty, value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::envs))]
    pub env: String,

    /// Only this node's activities (filter compute-node-id)
    #[arg(long, value_name = "NODE", value_parser = non_empty)]
    pub node: Vec<String>,

    #[command(flatten)]
    pub paging: PagingArgs,

    /// Columns of table and csv output, by csv name or header
    #[arg(long, value_name = "LIST", value_delimiter = ',', hide_possible_values = true,
          value_parser = Known::new(activity_column_names, parse_activity_column))]
    pub columns: Option<Vec<String>>,
}

#[derive(Debug, Args)]
pub struct EnvsInstancesArgs {
    /// The compute environment's ID (env-…)
    #[arg(value_name = "ENV", value_parser = non_empty, value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::envs))]
    pub env: String,

    /// CVM instance ID (repeatable, comma-separated)
    #[arg(long = "instance", value_name = "ID", value_delimiter = ',', required = true,
          value_parser = non_empty)]
    pub instances: Vec<String>,
}

#[derive(Debug, Args)]
pub struct EnvsTerminateArgs {
    /// The compute environment's ID (env-…)
    #[arg(value_name = "ENV", value_parser = non_empty, value_hint = clap::ValueHint::Other,
          add = clap_complete::ArgValueCandidates::new(crate::cli::live::envs))]
    pub env: String,

    /// Node IDs (node-…)
    #[arg(value_name = "NODE", required = true, value_parser = non_empty)]
    pub nodes: Vec<String>,

    /// Terminate more than one node without asking
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum TemplatesCommand {
    /// List task templates (DescribeTaskTemplates), with filters and paging
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  batchctl templates list\n  \
batchctl templates ls --name render-frame -o json"
    )]
    List(TemplatesListArgs),
    /// One task template (DescribeTaskTemplates by ID)
    #[command(
        after_help = "Examples:\n  batchctl templates view task-tmpl-pq24rq1e\n  \
batchctl templates view task-tmpl-pq24rq1e -o yaml > template.yaml"
    )]
    View(TemplateArg),
    /// Create a task template from a JSON or YAML file (CreateTaskTemplate)
    Create(TemplatesCreateArgs),
    /// Change a task template (ModifyTaskTemplate)
    #[command(after_help = "Examples:\n  \
batchctl templates modify task-tmpl-pq24rq1e --description \"two frames\"\n  \
batchctl templates modify task-tmpl-pq24rq1e -f changes.yaml")]
    Modify(TemplatesModifyArgs),
    /// Delete task templates (DeleteTaskTemplates)
    #[command(after_help = "Example:\n  \
batchctl templates delete task-tmpl-pq24rq1e task-tmpl-606i415o")]
    Delete(TemplatesDeleteArgs),
    /// Print an annotated task template file to start from, that `templates create -f`
    /// takes as is
    #[command(
        after_help = "Examples:\n  batchctl templates init > template.yaml\n  \
batchctl templates create -f template.yaml\n  \
batchctl --emulator templates init | batchctl --emulator templates create -f -"
    )]
    Init,
}

#[derive(Debug, Args)]
pub struct TemplateArg {
    /// The template's ID (task-tmpl-…)
    #[arg(value_name = "ID", value_parser = non_empty)]
    pub id: String,
}

#[derive(Debug, Args)]
pub struct TemplatesListArgs {
    /// Filter by name (task-template-name)
    #[arg(long, value_name = "NAME", value_parser = non_empty)]
    pub name: Vec<String>,

    #[command(flatten)]
    pub tags: TagArgs,

    #[command(flatten)]
    pub paging: PagingArgs,

    /// Columns of table and csv output, by csv name or header
    #[arg(long, value_name = "LIST", value_delimiter = ',', hide_possible_values = true,
          value_parser = Known::new(template_column_names, parse_template_column))]
    pub columns: Option<Vec<String>>,
}

#[derive(Debug, Args)]
#[command(
    after_help = "FILE holds the template's members (TaskTemplateName, TaskTemplateInfo, \
TaskTemplateDescription, Tags), JSON or YAML.\n\nExample:\n  batchctl templates create -f template.yaml"
)]
pub struct TemplatesCreateArgs {
    /// The template, JSON or YAML (`-` reads stdin)
    #[arg(short = 'f', long = "file", value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: String,

    /// Name (replaces the file's TaskTemplateName)
    #[arg(long, value_name = "NAME", value_parser = non_empty)]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct TemplatesModifyArgs {
    /// The template's ID (task-tmpl-…)
    #[arg(value_name = "ID", value_parser = non_empty)]
    pub id: String,

    /// Members of ModifyTaskTemplate from a JSON or YAML file (flags replace them)
    #[arg(short = 'f', long = "file", value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: Option<String>,

    /// New name (TaskTemplateName)
    #[arg(long, value_name = "NAME", value_parser = non_empty)]
    pub name: Option<String>,

    /// New description (TaskTemplateDescription)
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
}

#[derive(Debug, Args)]
pub struct TemplatesDeleteArgs {
    /// Template IDs (task-tmpl-…)
    #[arg(value_name = "ID", required = true, value_parser = non_empty)]
    pub ids: Vec<String>,
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum CatalogCommand {
    /// CVM instance types Batch can launch (DescribeAvailableCvmInstanceTypes)
    #[command(
        after_help = "Examples:\n  batchctl catalog instance-types --zone ap-guangzhou-3\n  \
batchctl catalog instance-types --family S5 -o csv"
    )]
    InstanceTypes(CatalogTypesArgs),
    /// Instance types per zone with charge type, price and status (DescribeCvmZoneInstanceConfigInfos)
    #[command(
        after_help = "Examples:\n  batchctl catalog zone-configs --zone ap-guangzhou-3\n  \
batchctl catalog zone-configs --type S5.MEDIUM4 --charge-type POSTPAID_BY_HOUR"
    )]
    ZoneConfigs(CatalogZoneArgs),
    /// Instance categories and their families (DescribeInstanceCategories)
    #[command(after_help = "Example:\n  batchctl catalog categories")]
    Categories(CatalogCategoriesArgs),
}

#[derive(Debug, Args)]
pub struct CatalogTypesArgs {
    /// Filter by availability zone (zone)
    #[arg(long, value_name = "ZONE", hide_possible_values = true,
          value_parser = Known::new(values::zones, non_empty))]
    pub zone: Vec<String>,

    /// Filter by instance family (instance-family), e.g. S5
    #[arg(long, value_name = "FAMILY", value_parser = non_empty)]
    pub family: Vec<String>,

    /// Columns of table and csv output, by csv name or header
    #[arg(long, value_name = "LIST", value_delimiter = ',', hide_possible_values = true,
          value_parser = Known::new(type_column_names, parse_type_column))]
    pub columns: Option<Vec<String>>,
}

#[derive(Debug, Args)]
pub struct CatalogCategoriesArgs {
    /// Columns of table and csv output, by csv name or header
    #[arg(long, value_name = "LIST", value_delimiter = ',', hide_possible_values = true,
          value_parser = Known::new(category_column_names, parse_category_column))]
    pub columns: Option<Vec<String>>,
}

#[derive(Debug, Args)]
pub struct CatalogZoneArgs {
    /// Filter by availability zone (zone)
    #[arg(long, value_name = "ZONE", hide_possible_values = true,
          value_parser = Known::new(values::zones, non_empty))]
    pub zone: Vec<String>,

    /// Filter by instance family (instance-family)
    #[arg(long, value_name = "FAMILY", value_parser = non_empty)]
    pub family: Vec<String>,

    /// Filter by instance type (instance-type), e.g. S5.MEDIUM4
    #[arg(long = "type", value_name = "TYPE", value_parser = non_empty)]
    pub instance_type: Vec<String>,

    /// Filter by charge type (instance-charge-type), e.g. POSTPAID_BY_HOUR
    #[arg(long = "charge-type", value_name = "TYPE",
          value_parser = Known::new(values::charge_types, non_empty))]
    pub charge_type: Vec<String>,

    /// Columns of table and csv output, by csv name or header
    #[arg(long, value_name = "LIST", value_delimiter = ',', hide_possible_values = true,
          value_parser = Known::new(zone_column_names, parse_zone_column))]
    pub columns: Option<Vec<String>>,
}
