//! `jobs init`, `envs init`, `templates init`: an annotated file to start from, that
//! `jobs submit -f`, `envs create -f` and `templates create -f` take as is. Its zone,
//! image and instance type are the profile's defaults; with `--emulator` the demo
//! world's fill the gaps; else examples, marked as such.

use std::io::Write;

use crate::cli::config::Config;
use crate::domain::defaults::{Key, Source};
use crate::transport::error::Error;

/// Which file to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Job,
    Env,
    Template,
}

/// One value of the file and the comment that says where it came from.
struct Value {
    text: String,
    from: String,
}

/// `key`'s value for the file: the default in effect, else the demo world's with
/// `--emulator`, else an example to change.
fn value(config: &Config, key: Key) -> Result<Value, Error> {
    let resolved = config.defaults.resolve(key, None)?;
    let from = from(
        key,
        resolved.value.as_ref().map(|_| &resolved.source),
        config.emulator,
    );
    Ok(Value {
        text: resolved.value.unwrap_or_else(|| example(key).to_string()),
        from,
    })
}

/// The value the file holds when no default gives one.
fn example(key: Key) -> &'static str {
    match key {
        Key::Zone => "ap-guangzhou-3",
        Key::Image => "img-m4q71qnq",
        _ => "S1.SMALL1",
    }
}

/// Where a value came from, for its comment: `source` is that of a default in effect.
fn from(key: Key, source: Option<&Source>, emulator: bool) -> String {
    match source {
        Some(Source::Environment(var)) => format!("from {var}"),
        Some(_) => format!("your default: `batchctl config get {}`", key.name()),
        None if emulator => "the emulator's demo value".to_string(),
        None => format!(
            "an example: change it, or `batchctl config set {} ...`",
            key.name()
        ),
    }
}

/// Prints the file of `kind` on stdout.
pub fn run(config: &Config, kind: Kind) -> Result<(), Error> {
    let zone = value(config, Key::Zone)?;
    let image = value(config, Key::Image)?;
    let instance_type = value(config, Key::InstanceType)?;
    let text = render(kind, &zone, &image, &instance_type);
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

fn render(kind: Kind, zone: &Value, image: &Value, instance_type: &Value) -> String {
    let machine = |indent: &str| {
        format!(
            "{indent}EnvType: MANAGED\n\
             {indent}EnvData:\n\
             {indent}  # The machine type (`batchctl catalog instance-types --zone ZONE`);\n\
             {indent}  # {}.\n\
             {indent}  InstanceType: {}\n\
             {indent}  # The system image the machines boot;\n\
             {indent}  # {}.\n\
             {indent}  ImageId: {}\n",
            instance_type.from, instance_type.text, image.from, image.text
        )
    };
    let placement = format!(
        "# The availability zone the machines are made in, one of your region's;\n\
         # {}.\n\
         Placement:\n  Zone: {}\n",
        zone.from, zone.text
    );
    match kind {
        Kind::Job => format!(
            "# A Batch job, for `batchctl jobs submit -f job.yaml` (`-f -` reads stdin).\n\
             # Lines starting with # are comments. Every member is checked against the\n\
             # Batch API before anything is sent; flags such as --zone, --name and\n\
             # --set Tasks.0.TaskInstanceNum=4 change it at submit time.\n\
             # Then: `batchctl jobs wait JOB`, `jobs logs JOB`; `jobs why JOB` if it failed.\n\
             {placement}\
             Job:\n\
             \x20 # A name to find the job by (`jobs describe --name hello`), not unique.\n\
             \x20 JobName: hello\n\
             \x20 # The work: one or more tasks. Each task runs TaskInstanceNum copies of one\n\
             \x20 # command, side by side.\n\
             \x20 Tasks:\n\
             \x20   - TaskName: main\n\
             \x20     # Each copy sees BATCH_TASK_INSTANCE_INDEX (0, 1, ...) and\n\
             \x20     # BATCH_TASK_INSTANCE_NUM in its environment.\n\
             \x20     TaskInstanceNum: 1\n\
             \x20     Application:\n\
             \x20       # LOCAL: the command runs on the image as it is (no package to fetch,\n\
             \x20       # no container).\n\
             \x20       DeliveryForm: LOCAL\n\
             \x20       Command: echo hello from batchctl\n\
             \x20     # Variables for the command (uncomment to use):\n\
             \x20     # EnvVars:\n\
             \x20     #   - Name: GREETING\n\
             \x20     #     Value: hello\n\
             \x20     # Machines made for this job and released when it ends. To run on a\n\
             \x20     # compute environment you keep instead, put `EnvId: env-...` in place of\n\
             \x20     # ComputeEnv (or submit with --env ENV_ID).\n\
             \x20     ComputeEnv:\n\
             {}\
             \x20     # Run a failed copy again up to this many times.\n\
             \x20     MaxRetryCount: 0\n\
             \x20     # Stop a copy that runs longer than this many seconds.\n\
             \x20     Timeout: 3600\n\
             \x20 # More tasks run in the order Dependences gives (uncomment, with a task\n\
             \x20 # named `next` added above):\n\
             \x20 # Dependences:\n\
             \x20 #   - StartTask: main\n\
             \x20 #     EndTask: next\n",
            machine("        ")
        ),
        Kind::Env => format!(
            "# A compute environment: machines kept ready for jobs, for\n\
             # `batchctl envs create -f env.yaml` (`-f -` reads stdin). Comments are\n\
             # allowed; every member is checked against the Batch API before anything\n\
             # is sent.\n\
             # Jobs run on it with `batchctl jobs submit --env ENV_ID` (or a task's EnvId).\n\
             # It costs while its nodes run: `batchctl envs modify ENV_ID --desired 0`\n\
             # releases them, `batchctl envs delete ENV_ID` removes it.\n\
             {placement}\
             ComputeEnv:\n\
             \x20 # A name to find it by (`envs list --name render-farm`).\n\
             \x20 EnvName: render-farm\n\
             \x20 EnvDescription: machines kept ready for rendering jobs\n\
             \x20 # How many nodes to keep running (change later with `envs modify --desired`).\n\
             \x20 DesiredComputeNodeCount: 1\n\
             {}\
             \x20 # Tags to find and bill it by (uncomment to use):\n\
             \x20 # Tags:\n\
             \x20 #   - Key: team\n\
             \x20 #     Value: graphics\n",
            machine("  ")
        ),
        Kind::Template => format!(
            "# A task template: a task kept under a name, for\n\
             # `batchctl templates create -f template.yaml` (`-f -` reads stdin).\n\
             # Comments are allowed; every member is checked against the Batch API\n\
             # before anything is sent.\n\
             # A job made from it: `batchctl jobs submit --template TEMPLATE_ID`.\n\
             # A template has no zone: such a job takes --zone, or your default zone.\n\
             TaskTemplateName: hello-task\n\
             TaskTemplateDescription: prints a greeting\n\
             # The task every job made from the template runs, as in a job file's Tasks.\n\
             TaskTemplateInfo:\n\
             \x20 TaskName: main\n\
             \x20 # Copies of the command, side by side; each sees BATCH_TASK_INSTANCE_INDEX.\n\
             \x20 TaskInstanceNum: 1\n\
             \x20 Application:\n\
             \x20   # LOCAL: the command runs on the image as it is.\n\
             \x20   DeliveryForm: LOCAL\n\
             \x20   Command: echo hello from a template\n\
             \x20 # Machines made for each job and released when it ends (or `EnvId: env-...`\n\
             \x20 # in place of ComputeEnv for a compute environment you keep).\n\
             \x20 ComputeEnv:\n\
             {}\
             \x20 # Run a failed copy again up to MaxRetryCount times; stop one after\n\
             \x20 # Timeout seconds.\n\
             \x20 MaxRetryCount: 0\n\
             \x20 Timeout: 3600\n",
            machine("    ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The file as printed without defaults: the longest comments.
    fn file(kind: Kind) -> String {
        let v = |key| Value {
            text: example(key).to_string(),
            from: from(key, None, false),
        };
        render(kind, &v(Key::Zone), &v(Key::Image), &v(Key::InstanceType))
    }

    #[test]
    fn the_job_file_is_a_valid_submit_job_body() {
        let text = file(Kind::Job);
        let body = crate::domain::jobfile::build("job.yaml", &text, &Default::default()).unwrap();
        assert_eq!(body["Placement"]["Zone"], "ap-guangzhou-3");
        assert_eq!(
            body["Job"]["Tasks"][0]["ComputeEnv"]["EnvData"]["InstanceType"],
            "S1.SMALL1"
        );
    }

    #[test]
    fn every_file_fits_80_columns_and_is_commented() {
        for kind in [Kind::Job, Kind::Env, Kind::Template] {
            let text = file(kind);
            assert!(text.lines().all(|l| l.chars().count() < 80), "{text}");
            assert!(
                text.lines().filter(|l| l.contains('#')).count() >= 6,
                "{text}"
            );
        }
    }
}
