
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'batchctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'batchctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'batchctl' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command in the cloud: submit it as a job, stream its output, exit with its status')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Jobs: init, submit, list, wait, view, tasks, logs, why, terminate, retry, delete')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Serve a local Batch API emulator, for offline use and tests')
            [CompletionResult]::new('envs', 'envs', [CompletionResultType]::ParameterValue, 'Compute environments: init, list, view, create, modify (resize), delete, nodes, activities, attach, detach')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'Task templates: init, list, view, create, modify, delete')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'What can be launched where: instance types, zone configurations, categories')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the configuration in use; set, get or unset the defaults kept per profile')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'A live, full-screen view of jobs, their tasks, instances and logs (needs a terminal)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any action of the Batch API with tccli''s parameters (`batchctl api` lists them)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;run' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--script', '--script', [CompletionResultType]::ParameterName, 'Run this script''s text instead of a command (`-` reads stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The job''s name [default: run- and the command''s first word]')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'A variable for the command (the task''s EnvVars; repeatable)')
            [CompletionResult]::new('--env-var', '--env-var', [CompletionResultType]::ParameterName, 'A variable for the command (the task''s EnvVars; repeatable)')
            [CompletionResult]::new('--task-timeout', '--task-timeout', [CompletionResultType]::ParameterName, 'End an instance that runs longer than this, FAILED (the task''s Timeout)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Run a failed instance again up to N times (0 to 10; the task''s MaxRetryCount)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Start from this task template (its command when none is given)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a member inside the Job by a dotted path, typed by the model (repeatable)')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Availability zone [default: BATCHCTL_ZONE, else `config set zone`]')
            [CompletionResult]::new('--image', '--image', [CompletionResultType]::ParameterName, 'Image of the machines made for the job [default: BATCHCTL_IMAGE, else `config set image`]')
            [CompletionResult]::new('--instance-type', '--instance-type', [CompletionResultType]::ParameterName, 'Instance type of the machines made for the job [default: BATCHCTL_INSTANCE_TYPE, else `config set instance-type`]')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Run on this existing compute environment [default: BATCHCTL_COMPUTE_ENV, else `config set compute-env`]')
            [CompletionResult]::new('--array', '--array', [CompletionResultType]::ParameterName, 'Run N instances, at most K at once')
            [CompletionResult]::new('--max-parallel', '--max-parallel', [CompletionResultType]::ParameterName, 'At most K instances at once (the task''s MaxConcurrentNum)')
            [CompletionResult]::new('--each', '--each', [CompletionResultType]::ParameterName, 'One instance per row of this CSV or TSV table, its columns as variables (`-`: stdin)')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'With --estimate: also the cost of running this many hours')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls while following the job')
            [CompletionResult]::new('--client-token', '--client-token', [CompletionResultType]::ParameterName, 'The ClientToken (at most 64 ASCII characters) [default: a fresh one]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Submit, print the JobId (with -o json: JobId and RequestId) and exit')
            [CompletionResult]::new('--detach', '--detach', [CompletionResultType]::ParameterName, 'Submit, print the JobId (with -o json: JobId and RequestId) and exit')
            [CompletionResult]::new('--estimate', '--estimate', [CompletionResultType]::ParameterName, 'Print what the job would cost per hour at list price, from the catalogue; submit nothing')
            [CompletionResult]::new('--terminate-on-interrupt', '--terminate-on-interrupt', [CompletionResultType]::ParameterName, 'On Ctrl-C, terminate the job instead of leaving it running')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe jobs (DescribeJobs): by ID, or by filters, with paging')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Describe jobs (DescribeJobs): by ID, or by filters, with paging')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'One job with its tasks and dependences (DescribeJob; also `show`, `status`)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Print an annotated job file to start from, that `jobs submit -f` takes as is')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a job from a JSON or YAML file, or from a task template (SubmitJob)')
            [CompletionResult]::new('spec', 'spec', [CompletionResultType]::ParameterValue, 'The job as submitted, as a file `jobs submit -f` takes (DescribeJobSubmitInfo)')
            [CompletionResult]::new('tasks', 'tasks', [CompletionResultType]::ParameterValue, 'Task instances: state, exit code, reason, node (DescribeTask)')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Task instances'' stdout and stderr, decoded (DescribeTaskLogs)')
            [CompletionResult]::new('why', 'why', [CompletionResultType]::ParameterValue, 'Why a job failed, in one view: failed instances, exit codes, stderr, the command')
            [CompletionResult]::new('timeline', 'timeline', [CompletionResultType]::ParameterValue, 'When each instance waited and ran, as bars on one time axis (or an SVG file)')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'What each task used of its machines (CPU, memory) and what it cost, as `seff` tells')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Terminate jobs (TerminateJob; also `cancel`)')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Retry failed jobs: their failed instances run again (RetryJobs)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete finished jobs (DeleteJob)')
            [CompletionResult]::new('graph', 'graph', [CompletionResultType]::ParameterValue, 'The task graph: each task''s state and instance counts, as mermaid or Graphviz DOT')
            [CompletionResult]::new('terminate-instance', 'terminate-instance', [CompletionResultType]::ParameterValue, 'Terminate one task instance (TerminateTaskInstance)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;jobs;describe' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Jobs by name (job-name)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Jobs by state (job-state), case-insensitive')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Jobs by availability zone (zone)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Jobs by tag (tag:KEY)')
            [CompletionResult]::new('--tag-key', '--tag-key', [CompletionResultType]::ParameterName, 'Jobs by tag key (tag-key)')
            [CompletionResult]::new('--tag-value', '--tag-value', [CompletionResultType]::ParameterName, 'Jobs by tag value (tag-value)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Jobs by any filter, by its API name')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Jobs created at or after this: a duration back from now (3h, 1d) or a time (2026-12-01, RFC 3339)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Jobs created before this: a duration back from now or a time, as --since')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N jobs in total [default: 20]')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Start at the N-th matching job')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Jobs per request, 1 to 100 [default: 100 when several pages are needed]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns for table and csv, comma-separated (csv names or table headers, any case)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls with --watch (e.g. 2s, 10s, 1m)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching job, all pages')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Print the jobs, then one line per job whose state changes, until Ctrl-C (as `kubectl get -w`); polls every --interval')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Print the jobs, then one line per job whose state changes, until Ctrl-C (as `kubectl get -w`); polls every --interval')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Jobs by name (job-name)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Jobs by state (job-state), case-insensitive')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Jobs by availability zone (zone)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Jobs by tag (tag:KEY)')
            [CompletionResult]::new('--tag-key', '--tag-key', [CompletionResultType]::ParameterName, 'Jobs by tag key (tag-key)')
            [CompletionResult]::new('--tag-value', '--tag-value', [CompletionResultType]::ParameterName, 'Jobs by tag value (tag-value)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Jobs by any filter, by its API name')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Jobs created at or after this: a duration back from now (3h, 1d) or a time (2026-12-01, RFC 3339)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Jobs created before this: a duration back from now or a time, as --since')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N jobs in total [default: 20]')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Start at the N-th matching job')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Jobs per request, 1 to 100 [default: 100 when several pages are needed]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns for table and csv, comma-separated (csv names or table headers, any case)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls with --watch (e.g. 2s, 10s, 1m)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching job, all pages')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Print the jobs, then one line per job whose state changes, until Ctrl-C (as `kubectl get -w`); polls every --interval')
            [CompletionResult]::new('--watch', '--watch', [CompletionResultType]::ParameterName, 'Print the jobs, then one line per job whose state changes, until Ctrl-C (as `kubectl get -w`); polls every --interval')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;wait' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls (e.g. 500ms, 10s, 1m)')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Give up (exit 8) after this long; 0 waits without limit')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns for table and csv output of the final jobs')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'End the wait at the first job that fails (exit 7), without waiting for the others')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;view' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;init' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;submit' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The job file, JSON or YAML (`-` reads stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The job file, JSON or YAML (`-` reads stdin)')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Instead of a file: one task, the task template''s (`--name` names the job)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Run every task on this compute environment (sets each task''s EnvId, drops ComputeEnv)')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Availability zone (sets Placement.Zone) [default: the file''s Placement.Zone, else BATCHCTL_ZONE, else the profile''s `config set zone`]')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The job''s name (sets Job.JobName)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set a member inside the Job by a dotted path, typed by the model (repeatable)')
            [CompletionResult]::new('--client-token', '--client-token', [CompletionResultType]::ParameterName, 'The ClientToken (at most 64 ASCII characters) [default: a fresh one]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: time between polls')
            [CompletionResult]::new('--hours', '--hours', [CompletionResultType]::ParameterName, 'With --estimate: also the cost of running this many hours')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'With --wait: give up (exit 8) after this long; 0 waits without limit')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Then wait until the job ends (exit 0 succeeded, 7 failed, 8 --max-wait passed)')
            [CompletionResult]::new('--estimate', '--estimate', [CompletionResultType]::ParameterName, 'Print what the job would cost per hour at list price, from the catalogue, task by task (the total as if every task ran at once); submit nothing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;spec' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;tasks' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Only this task (repeatable) [default: every task of the job]')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only instances in this state')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N instances per task [default: 100]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every instance, all pages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;logs' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Only this task [default: every task of the job]')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'Only this instance index (repeatable)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --follow: time between polls')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--stdout', '--stdout', [CompletionResultType]::ParameterName, 'Only the stdout logs')
            [CompletionResult]::new('--stderr', '--stderr', [CompletionResultType]::ParameterName, 'Only the stderr logs')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Only failed instances')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Keep polling while the job runs, printing what is new; at the end the job''s final state on stderr, exit 7 if it failed')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep polling while the job runs, printing what is new; at the end the job''s final state on stderr, exit 7 if it failed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;why' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N failed instances per task')
            [CompletionResult]::new('--lines', '--lines', [CompletionResultType]::ParameterName, 'The last N lines of each failed instance''s stderr')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;timeline' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Only this task [default: every task of the job]')
            [CompletionResult]::new('--svg', '--svg', [CompletionResultType]::ParameterName, 'Write the picture as a standalone SVG file instead of printing it')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;usage' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Only this task (repeatable) [default: every task of the job]')
            [CompletionResult]::new('--sample', '--sample', [CompletionResultType]::ParameterName, 'Instances per task whose CPU and memory series are read, evenly spread, 1 to 200 [default: 5, or 200 with --instances]')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--instances', '--instances', [CompletionResultType]::ParameterName, 'A row per instance too, and the series of every instance that ran (up to 200 a task)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;terminate' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Jobs by name (job-name)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Jobs by state (job-state), case-insensitive')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Jobs by availability zone (zone)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Jobs by tag (tag:KEY)')
            [CompletionResult]::new('--tag-key', '--tag-key', [CompletionResultType]::ParameterName, 'Jobs by tag key (tag-key)')
            [CompletionResult]::new('--tag-value', '--tag-value', [CompletionResultType]::ParameterName, 'Jobs by tag value (tag-value)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Jobs by any filter, by its API name')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Jobs created at or after this: a duration back from now (3h, 1d) or a time (2026-12-01, RFC 3339)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Jobs created before this: a duration back from now or a time, as --since')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: time between polls (e.g. 5s, 1m)')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'With --wait: give up (exit 8) after this long; 0 waits without limit')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Act on the jobs the selectors match (without it they are only listed)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until it has taken effect (nodes RUNNING, or the environment gone)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;retry' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Jobs by name (job-name)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Jobs by state (job-state), case-insensitive')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Jobs by availability zone (zone)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Jobs by tag (tag:KEY)')
            [CompletionResult]::new('--tag-key', '--tag-key', [CompletionResultType]::ParameterName, 'Jobs by tag key (tag-key)')
            [CompletionResult]::new('--tag-value', '--tag-value', [CompletionResultType]::ParameterName, 'Jobs by tag value (tag-value)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Jobs by any filter, by its API name')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Jobs created at or after this: a duration back from now (3h, 1d) or a time (2026-12-01, RFC 3339)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Jobs created before this: a duration back from now or a time, as --since')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Act on the jobs the selectors match (without it they are only listed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;delete' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Jobs by name (job-name)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Jobs by state (job-state), case-insensitive')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Jobs by availability zone (zone)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Jobs by tag (tag:KEY)')
            [CompletionResult]::new('--tag-key', '--tag-key', [CompletionResultType]::ParameterName, 'Jobs by tag key (tag-key)')
            [CompletionResult]::new('--tag-value', '--tag-value', [CompletionResultType]::ParameterName, 'Jobs by tag value (tag-value)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Jobs by any filter, by its API name')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Jobs created at or after this: a duration back from now (3h, 1d) or a time (2026-12-01, RFC 3339)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Jobs created before this: a duration back from now or a time, as --since')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Act on the jobs the selectors match (without it they are only listed)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;graph' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--dot', '--dot', [CompletionResultType]::ParameterName, 'Print a Graphviz DOT digraph instead of mermaid')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;terminate-instance' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;help' {
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe jobs (DescribeJobs): by ID, or by filters, with paging')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'One job with its tasks and dependences (DescribeJob; also `show`, `status`)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Print an annotated job file to start from, that `jobs submit -f` takes as is')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a job from a JSON or YAML file, or from a task template (SubmitJob)')
            [CompletionResult]::new('spec', 'spec', [CompletionResultType]::ParameterValue, 'The job as submitted, as a file `jobs submit -f` takes (DescribeJobSubmitInfo)')
            [CompletionResult]::new('tasks', 'tasks', [CompletionResultType]::ParameterValue, 'Task instances: state, exit code, reason, node (DescribeTask)')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Task instances'' stdout and stderr, decoded (DescribeTaskLogs)')
            [CompletionResult]::new('why', 'why', [CompletionResultType]::ParameterValue, 'Why a job failed, in one view: failed instances, exit codes, stderr, the command')
            [CompletionResult]::new('timeline', 'timeline', [CompletionResultType]::ParameterValue, 'When each instance waited and ran, as bars on one time axis (or an SVG file)')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'What each task used of its machines (CPU, memory) and what it cost, as `seff` tells')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Terminate jobs (TerminateJob; also `cancel`)')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Retry failed jobs: their failed instances run again (RetryJobs)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete finished jobs (DeleteJob)')
            [CompletionResult]::new('graph', 'graph', [CompletionResultType]::ParameterValue, 'The task graph: each task''s state and instance counts, as mermaid or Graphviz DOT')
            [CompletionResult]::new('terminate-instance', 'terminate-instance', [CompletionResultType]::ParameterValue, 'Terminate one task instance (TerminateTaskInstance)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;jobs;help;describe' {
            break
        }
        'batchctl;jobs;help;wait' {
            break
        }
        'batchctl;jobs;help;view' {
            break
        }
        'batchctl;jobs;help;init' {
            break
        }
        'batchctl;jobs;help;submit' {
            break
        }
        'batchctl;jobs;help;spec' {
            break
        }
        'batchctl;jobs;help;tasks' {
            break
        }
        'batchctl;jobs;help;logs' {
            break
        }
        'batchctl;jobs;help;why' {
            break
        }
        'batchctl;jobs;help;timeline' {
            break
        }
        'batchctl;jobs;help;usage' {
            break
        }
        'batchctl;jobs;help;terminate' {
            break
        }
        'batchctl;jobs;help;retry' {
            break
        }
        'batchctl;jobs;help;delete' {
            break
        }
        'batchctl;jobs;help;graph' {
            break
        }
        'batchctl;jobs;help;terminate-instance' {
            break
        }
        'batchctl;jobs;help;help' {
            break
        }
        'batchctl;emulator' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve all 30 actions of the Batch API on a local HTTP port from one simulated world (jobs on a virtual clock, or run for real with --exec local), for the public demo credentials, with the service''s signatures, limits, quotas and errors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;emulator;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (loopback by default; port 0 picks a free one); an address other machines can reach needs --allow-remote')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Serve these jobs: a JSON array of JobViews or a DescribeJobs response document')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Serve N deterministic generated jobs')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append one JSON line per request received to FILE')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests accepted per second, SecretId and action: `published` (each action''s published limit, as the real service), or N for every action (0: no limit); above it the answer is RequestLimitExceeded')
            [CompletionResult]::new('--inject', '--inject', [CompletionResultType]::ParameterName, 'Faults to play, one per request in arrival order, before answering normally: ok, limit, internal, http502, reset, hang, badjson, truncate, expire, lost (the request takes effect, then the connection drops before the answer); NAME*N repeats one (e.g. internal*2,ok)')
            [CompletionResult]::new('--speed', '--speed', [CompletionResultType]::ParameterName, 'Run the virtual clock X times as fast as real time (submitted jobs'' states, times and logs follow it); 0 stops it [default: 1, or 0 with --advance]')
            [CompletionResult]::new('--state-file', '--state-file', [CompletionResultType]::ParameterName, 'Keep the world in FILE: loaded at start when it exists, saved within 500 ms of a change and on Ctrl-C; locked (FILE.lock), so a second emulator on it refuses to start; while it cannot be saved, writes are refused with InternalError')
            [CompletionResult]::new('--exec', '--exec', [CompletionResultType]::ParameterName, 'How task instances'' commands are carried out: `simulate` interprets echo, sleep and exit; `local` runs each for real with `sh -c` on this machine, as this user, in a fresh temporary directory (loopback --listen addresses only)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Allow a --listen address that is not loopback (such as 0.0.0.0): anyone who can reach it can then use the emulator with its public demo credentials')
            [CompletionResult]::new('--advance', '--advance', [CompletionResultType]::ParameterName, 'Move jobs as they are polled, for trying `jobs wait`: each job in a successful answer moves one state forward right after it (the answer shows the state before): SUBMITTED → PENDING → RUNNABLE → STARTING → RUNNING → final; terminal jobs never move. Final: the job''s `emulator-outcome` tag if SUCCEED, FAILED or FAILED_INTERRUPTED (any case), else FAILED if its name contains "fail" (any case), else SUCCEED. TaskMetrics and EndTime follow the state. A submitted job moves to the next moment its state changes; without --speed, time then stands still')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;emulator;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve all 30 actions of the Batch API on a local HTTP port from one simulated world (jobs on a virtual clock, or run for real with --exec local), for the public demo credentials, with the service''s signatures, limits, quotas and errors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;emulator;help;serve' {
            break
        }
        'batchctl;emulator;help;help' {
            break
        }
        'batchctl;envs' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List compute environments (DescribeComputeEnvs), with filters and paging')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List compute environments (DescribeComputeEnvs), with filters and paging')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'One compute environment with its nodes (DescribeComputeEnv)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a compute environment from a JSON or YAML file (CreateComputeEnv)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a compute environment''s desired node count, name or description (ModifyComputeEnv)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a compute environment (DeleteComputeEnv); one with nodes needs --yes')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'The nodes of a compute environment (DescribeComputeEnv)')
            [CompletionResult]::new('activities', 'activities', [CompletionResultType]::ParameterValue, 'What happened to a compute environment''s nodes (DescribeComputeEnvActivities)')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Add your own CVM instances to a compute environment (AttachInstances)')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Take instances out of a compute environment (DetachInstances)')
            [CompletionResult]::new('terminate-nodes', 'terminate-nodes', [CompletionResultType]::ParameterValue, 'Terminate nodes of a compute environment (TerminateComputeNodes)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Print an annotated environment file to start from, that `envs create -f` takes as is')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;envs;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--env-id', '--env-id', [CompletionResultType]::ParameterName, 'Filter by environment ID (env-id)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Filter by name (env-name)')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Filter by availability zone (zone)')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'Filter by resource type (resource-type), e.g. CVM or CPM')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Refused with an explanation: the service has no filter by state')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Filter by tag (tag:KEY)')
            [CompletionResult]::new('--tag-key', '--tag-key', [CompletionResultType]::ParameterName, 'Filter by tag key (tag-key)')
            [CompletionResult]::new('--tag-value', '--tag-value', [CompletionResultType]::ParameterName, 'Filter by tag value (tag-value)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Any filter by its API name')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N in total [default: 20]; above 100, several pages are fetched')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Start at the N-th match')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1 to 100 [default: 100 when several pages are needed]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns of table and csv output, by csv name or header (e.g. EnvId,EnvName,Running)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every match, all pages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;envs;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--env-id', '--env-id', [CompletionResultType]::ParameterName, 'Filter by environment ID (env-id)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Filter by name (env-name)')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Filter by availability zone (zone)')
            [CompletionResult]::new('--resource-type', '--resource-type', [CompletionResultType]::ParameterName, 'Filter by resource type (resource-type), e.g. CVM or CPM')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Refused with an explanation: the service has no filter by state')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Filter by tag (tag:KEY)')
            [CompletionResult]::new('--tag-key', '--tag-key', [CompletionResultType]::ParameterName, 'Filter by tag key (tag-key)')
            [CompletionResult]::new('--tag-value', '--tag-value', [CompletionResultType]::ParameterName, 'Filter by tag value (tag-value)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Any filter by its API name')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N in total [default: 20]; above 100, several pages are fetched')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Start at the N-th match')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1 to 100 [default: 100 when several pages are needed]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns of table and csv output, by csv name or header (e.g. EnvId,EnvName,Running)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every match, all pages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;envs;view' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;envs;create' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The environment, JSON or YAML (`-` reads stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The environment, JSON or YAML (`-` reads stdin)')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Availability zone (Placement.Zone), when the file does not give it')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the environment (replaces the file''s EnvName)')
            [CompletionResult]::new('--client-token', '--client-token', [CompletionResultType]::ParameterName, 'Idempotency token (default: a fresh one, the same on every retry)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: time between polls (e.g. 5s, 1m)')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'With --wait: give up (exit 8) after this long; 0 waits without limit')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until it has taken effect (nodes RUNNING, or the environment gone)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;envs;modify' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--desired', '--desired', [CompletionResultType]::ParameterName, 'The number of nodes wanted (DesiredComputeNodeCount)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name (EnvName)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description (EnvDescription)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Members of ModifyComputeEnv from a JSON or YAML file (flags replace them)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Members of ModifyComputeEnv from a JSON or YAML file (flags replace them)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: time between polls (e.g. 5s, 1m)')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'With --wait: give up (exit 8) after this long; 0 waits without limit')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until it has taken effect (nodes RUNNING, or the environment gone)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;envs;delete' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'With --wait: time between polls (e.g. 5s, 1m)')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'With --wait: give up (exit 8) after this long; 0 waits without limit')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Delete it even though it has nodes (they are terminated)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Delete it even though it has nodes (they are terminated)')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until it has taken effect (nodes RUNNING, or the environment gone)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;envs;nodes' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns of table and csv output, by csv name or header')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;envs;activities' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only this node''s activities (filter compute-node-id)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N in total [default: 20]; above 100, several pages are fetched')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Start at the N-th match')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1 to 100 [default: 100 when several pages are needed]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns of table and csv output, by csv name or header')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every match, all pages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;envs;attach' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'CVM instance ID (repeatable, comma-separated)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;envs;detach' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--instance', '--instance', [CompletionResultType]::ParameterName, 'CVM instance ID (repeatable, comma-separated)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;envs;terminate-nodes' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Terminate more than one node without asking')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Terminate more than one node without asking')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;envs;init' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;envs;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List compute environments (DescribeComputeEnvs), with filters and paging')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'One compute environment with its nodes (DescribeComputeEnv)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a compute environment from a JSON or YAML file (CreateComputeEnv)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a compute environment''s desired node count, name or description (ModifyComputeEnv)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a compute environment (DeleteComputeEnv); one with nodes needs --yes')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'The nodes of a compute environment (DescribeComputeEnv)')
            [CompletionResult]::new('activities', 'activities', [CompletionResultType]::ParameterValue, 'What happened to a compute environment''s nodes (DescribeComputeEnvActivities)')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Add your own CVM instances to a compute environment (AttachInstances)')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Take instances out of a compute environment (DetachInstances)')
            [CompletionResult]::new('terminate-nodes', 'terminate-nodes', [CompletionResultType]::ParameterValue, 'Terminate nodes of a compute environment (TerminateComputeNodes)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Print an annotated environment file to start from, that `envs create -f` takes as is')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;envs;help;list' {
            break
        }
        'batchctl;envs;help;view' {
            break
        }
        'batchctl;envs;help;create' {
            break
        }
        'batchctl;envs;help;modify' {
            break
        }
        'batchctl;envs;help;delete' {
            break
        }
        'batchctl;envs;help;nodes' {
            break
        }
        'batchctl;envs;help;activities' {
            break
        }
        'batchctl;envs;help;attach' {
            break
        }
        'batchctl;envs;help;detach' {
            break
        }
        'batchctl;envs;help;terminate-nodes' {
            break
        }
        'batchctl;envs;help;init' {
            break
        }
        'batchctl;envs;help;help' {
            break
        }
        'batchctl;templates' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List task templates (DescribeTaskTemplates), with filters and paging')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List task templates (DescribeTaskTemplates), with filters and paging')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'One task template (DescribeTaskTemplates by ID)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a task template from a JSON or YAML file (CreateTaskTemplate)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a task template (ModifyTaskTemplate)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete task templates (DeleteTaskTemplates)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Print an annotated task template file to start from, that `templates create -f` takes as is')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;templates;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Filter by name (task-template-name)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Filter by tag (tag:KEY)')
            [CompletionResult]::new('--tag-key', '--tag-key', [CompletionResultType]::ParameterName, 'Filter by tag key (tag-key)')
            [CompletionResult]::new('--tag-value', '--tag-value', [CompletionResultType]::ParameterName, 'Filter by tag value (tag-value)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Any filter by its API name')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N in total [default: 20]; above 100, several pages are fetched')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Start at the N-th match')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1 to 100 [default: 100 when several pages are needed]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns of table and csv output, by csv name or header')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every match, all pages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;templates;ls' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Filter by name (task-template-name)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Filter by tag (tag:KEY)')
            [CompletionResult]::new('--tag-key', '--tag-key', [CompletionResultType]::ParameterName, 'Filter by tag key (tag-key)')
            [CompletionResult]::new('--tag-value', '--tag-value', [CompletionResultType]::ParameterName, 'Filter by tag value (tag-value)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Any filter by its API name')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N in total [default: 20]; above 100, several pages are fetched')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Start at the N-th match')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request, 1 to 100 [default: 100 when several pages are needed]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns of table and csv output, by csv name or header')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every match, all pages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;templates;view' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;templates;create' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The template, JSON or YAML (`-` reads stdin)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The template, JSON or YAML (`-` reads stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name (replaces the file''s TaskTemplateName)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;templates;modify' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Members of ModifyTaskTemplate from a JSON or YAML file (flags replace them)')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Members of ModifyTaskTemplate from a JSON or YAML file (flags replace them)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'New name (TaskTemplateName)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'New description (TaskTemplateDescription)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;templates;delete' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;templates;init' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;templates;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List task templates (DescribeTaskTemplates), with filters and paging')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'One task template (DescribeTaskTemplates by ID)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a task template from a JSON or YAML file (CreateTaskTemplate)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a task template (ModifyTaskTemplate)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete task templates (DeleteTaskTemplates)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Print an annotated task template file to start from, that `templates create -f` takes as is')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;templates;help;list' {
            break
        }
        'batchctl;templates;help;view' {
            break
        }
        'batchctl;templates;help;create' {
            break
        }
        'batchctl;templates;help;modify' {
            break
        }
        'batchctl;templates;help;delete' {
            break
        }
        'batchctl;templates;help;init' {
            break
        }
        'batchctl;templates;help;help' {
            break
        }
        'batchctl;catalog' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('instance-types', 'instance-types', [CompletionResultType]::ParameterValue, 'CVM instance types Batch can launch (DescribeAvailableCvmInstanceTypes)')
            [CompletionResult]::new('zone-configs', 'zone-configs', [CompletionResultType]::ParameterValue, 'Instance types per zone with charge type, price and status (DescribeCvmZoneInstanceConfigInfos)')
            [CompletionResult]::new('categories', 'categories', [CompletionResultType]::ParameterValue, 'Instance categories and their families (DescribeInstanceCategories)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;catalog;instance-types' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Filter by availability zone (zone)')
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Filter by instance family (instance-family), e.g. S5')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns of table and csv output, by csv name or header')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;catalog;zone-configs' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Filter by availability zone (zone)')
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Filter by instance family (instance-family)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Filter by instance type (instance-type), e.g. S5.MEDIUM4')
            [CompletionResult]::new('--charge-type', '--charge-type', [CompletionResultType]::ParameterName, 'Filter by charge type (instance-charge-type), e.g. POSTPAID_BY_HOUR')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns of table and csv output, by csv name or header')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;catalog;categories' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns of table and csv output, by csv name or header')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;catalog;help' {
            [CompletionResult]::new('instance-types', 'instance-types', [CompletionResultType]::ParameterValue, 'CVM instance types Batch can launch (DescribeAvailableCvmInstanceTypes)')
            [CompletionResult]::new('zone-configs', 'zone-configs', [CompletionResultType]::ParameterValue, 'Instance types per zone with charge type, price and status (DescribeCvmZoneInstanceConfigInfos)')
            [CompletionResult]::new('categories', 'categories', [CompletionResultType]::ParameterValue, 'Instance categories and their families (DescribeInstanceCategories)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;catalog;help;instance-types' {
            break
        }
        'batchctl;catalog;help;zone-configs' {
            break
        }
        'batchctl;catalog;help;categories' {
            break
        }
        'batchctl;catalog;help;help' {
            break
        }
        'batchctl;config' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked), and every default with where it came from')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Keep a default for the profile (--profile, else default) in batchctl''s config file')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the profile''s stored value of a default; exit 1, printing nothing, when it holds none (as `git config` does)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a default from the profile (nothing to remove is not an error)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;config;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;config;set' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;config;get' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;config;unset' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked), and every default with where it came from')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Keep a default for the profile (--profile, else default) in batchctl''s config file')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the profile''s stored value of a default; exit 1, printing nothing, when it holds none (as `git config` does)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a default from the profile (nothing to remove is not an error)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;config;help;show' {
            break
        }
        'batchctl;config;help;set' {
            break
        }
        'batchctl;config;help;get' {
            break
        }
        'batchctl;config;help;unset' {
            break
        }
        'batchctl;config;help;help' {
            break
        }
        'batchctl;top' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Jobs by name (job-name)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Jobs by state (job-state), case-insensitive')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Jobs by availability zone (zone)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Jobs by tag (tag:KEY)')
            [CompletionResult]::new('--tag-key', '--tag-key', [CompletionResultType]::ParameterName, 'Jobs by tag key (tag-key)')
            [CompletionResult]::new('--tag-value', '--tag-value', [CompletionResultType]::ParameterName, 'Jobs by tag value (tag-value)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Jobs by any filter, by its API name')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Jobs created at or after this: a duration back from now (3h, 1d) or a time (2026-12-01, RFC 3339)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Jobs created before this: a duration back from now or a time, as --since')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N jobs in total [default: 20]')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Start at the N-th matching job')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Jobs per request, 1 to 100 [default: 100 when several pages are needed]')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between refreshes (e.g. 2s, 10s, 1m)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching job, all pages')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;completions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The whole request body from a JSON file (file://PATH) or stdin (-); parameters given too replace its members')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every page, for the actions that page (Offset, Limit, TotalCount)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Help for `api`, or with an ACTION the action''s parameters')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Help for `api`, or with an ACTION the action''s parameters')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('AttachInstances', 'AttachInstances', [CompletionResultType]::ParameterValue, 'AttachInstances')
            [CompletionResult]::new('CreateComputeEnv', 'CreateComputeEnv', [CompletionResultType]::ParameterValue, 'CreateComputeEnv')
            [CompletionResult]::new('CreateTaskTemplate', 'CreateTaskTemplate', [CompletionResultType]::ParameterValue, 'CreateTaskTemplate')
            [CompletionResult]::new('DeleteComputeEnv', 'DeleteComputeEnv', [CompletionResultType]::ParameterValue, 'DeleteComputeEnv')
            [CompletionResult]::new('DeleteJob', 'DeleteJob', [CompletionResultType]::ParameterValue, 'DeleteJob')
            [CompletionResult]::new('DeleteTaskTemplates', 'DeleteTaskTemplates', [CompletionResultType]::ParameterValue, 'DeleteTaskTemplates')
            [CompletionResult]::new('DescribeAvailableCvmInstanceTypes', 'DescribeAvailableCvmInstanceTypes', [CompletionResultType]::ParameterValue, 'DescribeAvailableCvmInstanceTypes')
            [CompletionResult]::new('DescribeComputeEnv', 'DescribeComputeEnv', [CompletionResultType]::ParameterValue, 'DescribeComputeEnv')
            [CompletionResult]::new('DescribeComputeEnvActivities', 'DescribeComputeEnvActivities', [CompletionResultType]::ParameterValue, 'DescribeComputeEnvActivities')
            [CompletionResult]::new('DescribeComputeEnvCreateInfo', 'DescribeComputeEnvCreateInfo', [CompletionResultType]::ParameterValue, 'DescribeComputeEnvCreateInfo')
            [CompletionResult]::new('DescribeComputeEnvCreateInfos', 'DescribeComputeEnvCreateInfos', [CompletionResultType]::ParameterValue, 'DescribeComputeEnvCreateInfos')
            [CompletionResult]::new('DescribeComputeEnvs', 'DescribeComputeEnvs', [CompletionResultType]::ParameterValue, 'DescribeComputeEnvs')
            [CompletionResult]::new('DescribeCvmZoneInstanceConfigInfos', 'DescribeCvmZoneInstanceConfigInfos', [CompletionResultType]::ParameterValue, 'DescribeCvmZoneInstanceConfigInfos')
            [CompletionResult]::new('DescribeInstanceCategories', 'DescribeInstanceCategories', [CompletionResultType]::ParameterValue, 'DescribeInstanceCategories')
            [CompletionResult]::new('DescribeJob', 'DescribeJob', [CompletionResultType]::ParameterValue, 'DescribeJob')
            [CompletionResult]::new('DescribeJobMonitorData', 'DescribeJobMonitorData', [CompletionResultType]::ParameterValue, 'DescribeJobMonitorData')
            [CompletionResult]::new('DescribeJobSubmitInfo', 'DescribeJobSubmitInfo', [CompletionResultType]::ParameterValue, 'DescribeJobSubmitInfo')
            [CompletionResult]::new('DescribeJobs', 'DescribeJobs', [CompletionResultType]::ParameterValue, 'DescribeJobs')
            [CompletionResult]::new('DescribeTask', 'DescribeTask', [CompletionResultType]::ParameterValue, 'DescribeTask')
            [CompletionResult]::new('DescribeTaskLogs', 'DescribeTaskLogs', [CompletionResultType]::ParameterValue, 'DescribeTaskLogs')
            [CompletionResult]::new('DescribeTaskTemplates', 'DescribeTaskTemplates', [CompletionResultType]::ParameterValue, 'DescribeTaskTemplates')
            [CompletionResult]::new('DetachInstances', 'DetachInstances', [CompletionResultType]::ParameterValue, 'DetachInstances')
            [CompletionResult]::new('ModifyComputeEnv', 'ModifyComputeEnv', [CompletionResultType]::ParameterValue, 'ModifyComputeEnv')
            [CompletionResult]::new('ModifyTaskTemplate', 'ModifyTaskTemplate', [CompletionResultType]::ParameterValue, 'ModifyTaskTemplate')
            [CompletionResult]::new('RetryJobs', 'RetryJobs', [CompletionResultType]::ParameterValue, 'RetryJobs')
            [CompletionResult]::new('SubmitJob', 'SubmitJob', [CompletionResultType]::ParameterValue, 'SubmitJob')
            [CompletionResult]::new('TerminateComputeNode', 'TerminateComputeNode', [CompletionResultType]::ParameterValue, 'TerminateComputeNode')
            [CompletionResult]::new('TerminateComputeNodes', 'TerminateComputeNodes', [CompletionResultType]::ParameterValue, 'TerminateComputeNodes')
            [CompletionResult]::new('TerminateJob', 'TerminateJob', [CompletionResultType]::ParameterValue, 'TerminateJob')
            [CompletionResult]::new('TerminateTaskInstance', 'TerminateTaskInstance', [CompletionResultType]::ParameterValue, 'TerminateTaskInstance')
            break
        }
        'batchctl;api;AttachInstances' {
            [CompletionResult]::new('--EnvId', '--EnvId', [CompletionResultType]::ParameterName, 'EnvId')
            [CompletionResult]::new('--Instances', '--Instances', [CompletionResultType]::ParameterName, 'Instances')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;CreateComputeEnv' {
            [CompletionResult]::new('--ComputeEnv', '--ComputeEnv', [CompletionResultType]::ParameterName, 'ComputeEnv')
            [CompletionResult]::new('--Placement', '--Placement', [CompletionResultType]::ParameterName, 'Placement')
            [CompletionResult]::new('--ClientToken', '--ClientToken', [CompletionResultType]::ParameterName, 'ClientToken')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;CreateTaskTemplate' {
            [CompletionResult]::new('--TaskTemplateName', '--TaskTemplateName', [CompletionResultType]::ParameterName, 'TaskTemplateName')
            [CompletionResult]::new('--TaskTemplateInfo', '--TaskTemplateInfo', [CompletionResultType]::ParameterName, 'TaskTemplateInfo')
            [CompletionResult]::new('--TaskTemplateDescription', '--TaskTemplateDescription', [CompletionResultType]::ParameterName, 'TaskTemplateDescription')
            [CompletionResult]::new('--Tags', '--Tags', [CompletionResultType]::ParameterName, 'Tags')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DeleteComputeEnv' {
            [CompletionResult]::new('--EnvId', '--EnvId', [CompletionResultType]::ParameterName, 'EnvId')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DeleteJob' {
            [CompletionResult]::new('--JobId', '--JobId', [CompletionResultType]::ParameterName, 'JobId')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DeleteTaskTemplates' {
            [CompletionResult]::new('--TaskTemplateIds', '--TaskTemplateIds', [CompletionResultType]::ParameterName, 'TaskTemplateIds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeAvailableCvmInstanceTypes' {
            [CompletionResult]::new('--Filters', '--Filters', [CompletionResultType]::ParameterName, 'Filters')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeComputeEnv' {
            [CompletionResult]::new('--EnvId', '--EnvId', [CompletionResultType]::ParameterName, 'EnvId')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeComputeEnvActivities' {
            [CompletionResult]::new('--EnvId', '--EnvId', [CompletionResultType]::ParameterName, 'EnvId')
            [CompletionResult]::new('--Offset', '--Offset', [CompletionResultType]::ParameterName, 'Offset')
            [CompletionResult]::new('--Limit', '--Limit', [CompletionResultType]::ParameterName, 'Limit')
            [CompletionResult]::new('--Filters', '--Filters', [CompletionResultType]::ParameterName, 'Filters')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeComputeEnvCreateInfo' {
            [CompletionResult]::new('--EnvId', '--EnvId', [CompletionResultType]::ParameterName, 'EnvId')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeComputeEnvCreateInfos' {
            [CompletionResult]::new('--EnvIds', '--EnvIds', [CompletionResultType]::ParameterName, 'EnvIds')
            [CompletionResult]::new('--Filters', '--Filters', [CompletionResultType]::ParameterName, 'Filters')
            [CompletionResult]::new('--Offset', '--Offset', [CompletionResultType]::ParameterName, 'Offset')
            [CompletionResult]::new('--Limit', '--Limit', [CompletionResultType]::ParameterName, 'Limit')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeComputeEnvs' {
            [CompletionResult]::new('--EnvIds', '--EnvIds', [CompletionResultType]::ParameterName, 'EnvIds')
            [CompletionResult]::new('--Filters', '--Filters', [CompletionResultType]::ParameterName, 'Filters')
            [CompletionResult]::new('--Offset', '--Offset', [CompletionResultType]::ParameterName, 'Offset')
            [CompletionResult]::new('--Limit', '--Limit', [CompletionResultType]::ParameterName, 'Limit')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeCvmZoneInstanceConfigInfos' {
            [CompletionResult]::new('--Filters', '--Filters', [CompletionResultType]::ParameterName, 'Filters')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeInstanceCategories' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeJob' {
            [CompletionResult]::new('--JobId', '--JobId', [CompletionResultType]::ParameterName, 'JobId')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeJobMonitorData' {
            [CompletionResult]::new('--JobId', '--JobId', [CompletionResultType]::ParameterName, 'JobId')
            [CompletionResult]::new('--TaskName', '--TaskName', [CompletionResultType]::ParameterName, 'TaskName')
            [CompletionResult]::new('--TaskInstanceIndex', '--TaskInstanceIndex', [CompletionResultType]::ParameterName, 'TaskInstanceIndex')
            [CompletionResult]::new('--MetricName', '--MetricName', [CompletionResultType]::ParameterName, 'MetricName')
            [CompletionResult]::new('--StartTime', '--StartTime', [CompletionResultType]::ParameterName, 'StartTime')
            [CompletionResult]::new('--EndTime', '--EndTime', [CompletionResultType]::ParameterName, 'EndTime')
            [CompletionResult]::new('--Dimensions', '--Dimensions', [CompletionResultType]::ParameterName, 'Dimensions')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeJobSubmitInfo' {
            [CompletionResult]::new('--JobId', '--JobId', [CompletionResultType]::ParameterName, 'JobId')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeJobs' {
            [CompletionResult]::new('--JobIds', '--JobIds', [CompletionResultType]::ParameterName, 'JobIds')
            [CompletionResult]::new('--Filters', '--Filters', [CompletionResultType]::ParameterName, 'Filters')
            [CompletionResult]::new('--Offset', '--Offset', [CompletionResultType]::ParameterName, 'Offset')
            [CompletionResult]::new('--Limit', '--Limit', [CompletionResultType]::ParameterName, 'Limit')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeTask' {
            [CompletionResult]::new('--JobId', '--JobId', [CompletionResultType]::ParameterName, 'JobId')
            [CompletionResult]::new('--TaskName', '--TaskName', [CompletionResultType]::ParameterName, 'TaskName')
            [CompletionResult]::new('--Offset', '--Offset', [CompletionResultType]::ParameterName, 'Offset')
            [CompletionResult]::new('--Limit', '--Limit', [CompletionResultType]::ParameterName, 'Limit')
            [CompletionResult]::new('--Filters', '--Filters', [CompletionResultType]::ParameterName, 'Filters')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeTaskLogs' {
            [CompletionResult]::new('--JobId', '--JobId', [CompletionResultType]::ParameterName, 'JobId')
            [CompletionResult]::new('--TaskName', '--TaskName', [CompletionResultType]::ParameterName, 'TaskName')
            [CompletionResult]::new('--TaskInstanceIndexes', '--TaskInstanceIndexes', [CompletionResultType]::ParameterName, 'TaskInstanceIndexes')
            [CompletionResult]::new('--Offset', '--Offset', [CompletionResultType]::ParameterName, 'Offset')
            [CompletionResult]::new('--Limit', '--Limit', [CompletionResultType]::ParameterName, 'Limit')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DescribeTaskTemplates' {
            [CompletionResult]::new('--TaskTemplateIds', '--TaskTemplateIds', [CompletionResultType]::ParameterName, 'TaskTemplateIds')
            [CompletionResult]::new('--Filters', '--Filters', [CompletionResultType]::ParameterName, 'Filters')
            [CompletionResult]::new('--Offset', '--Offset', [CompletionResultType]::ParameterName, 'Offset')
            [CompletionResult]::new('--Limit', '--Limit', [CompletionResultType]::ParameterName, 'Limit')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;DetachInstances' {
            [CompletionResult]::new('--EnvId', '--EnvId', [CompletionResultType]::ParameterName, 'EnvId')
            [CompletionResult]::new('--InstanceIds', '--InstanceIds', [CompletionResultType]::ParameterName, 'InstanceIds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;ModifyComputeEnv' {
            [CompletionResult]::new('--EnvId', '--EnvId', [CompletionResultType]::ParameterName, 'EnvId')
            [CompletionResult]::new('--DesiredComputeNodeCount', '--DesiredComputeNodeCount', [CompletionResultType]::ParameterName, 'DesiredComputeNodeCount')
            [CompletionResult]::new('--EnvName', '--EnvName', [CompletionResultType]::ParameterName, 'EnvName')
            [CompletionResult]::new('--EnvDescription', '--EnvDescription', [CompletionResultType]::ParameterName, 'EnvDescription')
            [CompletionResult]::new('--EnvData', '--EnvData', [CompletionResultType]::ParameterName, 'EnvData')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;ModifyTaskTemplate' {
            [CompletionResult]::new('--TaskTemplateId', '--TaskTemplateId', [CompletionResultType]::ParameterName, 'TaskTemplateId')
            [CompletionResult]::new('--TaskTemplateName', '--TaskTemplateName', [CompletionResultType]::ParameterName, 'TaskTemplateName')
            [CompletionResult]::new('--TaskTemplateDescription', '--TaskTemplateDescription', [CompletionResultType]::ParameterName, 'TaskTemplateDescription')
            [CompletionResult]::new('--TaskTemplateInfo', '--TaskTemplateInfo', [CompletionResultType]::ParameterName, 'TaskTemplateInfo')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;RetryJobs' {
            [CompletionResult]::new('--JobIds', '--JobIds', [CompletionResultType]::ParameterName, 'JobIds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;SubmitJob' {
            [CompletionResult]::new('--Placement', '--Placement', [CompletionResultType]::ParameterName, 'Placement')
            [CompletionResult]::new('--Job', '--Job', [CompletionResultType]::ParameterName, 'Job')
            [CompletionResult]::new('--ClientToken', '--ClientToken', [CompletionResultType]::ParameterName, 'ClientToken')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;TerminateComputeNode' {
            [CompletionResult]::new('--EnvId', '--EnvId', [CompletionResultType]::ParameterName, 'EnvId')
            [CompletionResult]::new('--ComputeNodeId', '--ComputeNodeId', [CompletionResultType]::ParameterName, 'ComputeNodeId')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;TerminateComputeNodes' {
            [CompletionResult]::new('--EnvId', '--EnvId', [CompletionResultType]::ParameterName, 'EnvId')
            [CompletionResult]::new('--ComputeNodeIds', '--ComputeNodeIds', [CompletionResultType]::ParameterName, 'ComputeNodeIds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;TerminateJob' {
            [CompletionResult]::new('--JobId', '--JobId', [CompletionResultType]::ParameterName, 'JobId')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;api;TerminateTaskInstance' {
            [CompletionResult]::new('--JobId', '--JobId', [CompletionResultType]::ParameterName, 'JobId')
            [CompletionResult]::new('--TaskName', '--TaskName', [CompletionResultType]::ParameterName, 'TaskName')
            [CompletionResult]::new('--TaskInstanceIndex', '--TaskInstanceIndex', [CompletionResultType]::ParameterName, 'TaskInstanceIndex')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile''s `config set output`, else table (json for `api ACTION`, and for `api` when piped)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile''s `config set region`, else the tccli profile''s region]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs'' commands on this machine (see `emulator serve --exec`)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;help' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command in the cloud: submit it as a job, stream its output, exit with its status')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Jobs: init, submit, list, wait, view, tasks, logs, why, terminate, retry, delete')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'Serve a local Batch API emulator, for offline use and tests')
            [CompletionResult]::new('envs', 'envs', [CompletionResultType]::ParameterValue, 'Compute environments: init, list, view, create, modify (resize), delete, nodes, activities, attach, detach')
            [CompletionResult]::new('templates', 'templates', [CompletionResultType]::ParameterValue, 'Task templates: init, list, view, create, modify, delete')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'What can be launched where: instance types, zone configurations, categories')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the configuration in use; set, get or unset the defaults kept per profile')
            [CompletionResult]::new('top', 'top', [CompletionResultType]::ParameterValue, 'A live, full-screen view of jobs, their tasks, instances and logs (needs a terminal)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any action of the Batch API with tccli''s parameters (`batchctl api` lists them)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;help;run' {
            break
        }
        'batchctl;help;jobs' {
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe jobs (DescribeJobs): by ID, or by filters, with paging')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'One job with its tasks and dependences (DescribeJob; also `show`, `status`)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Print an annotated job file to start from, that `jobs submit -f` takes as is')
            [CompletionResult]::new('submit', 'submit', [CompletionResultType]::ParameterValue, 'Submit a job from a JSON or YAML file, or from a task template (SubmitJob)')
            [CompletionResult]::new('spec', 'spec', [CompletionResultType]::ParameterValue, 'The job as submitted, as a file `jobs submit -f` takes (DescribeJobSubmitInfo)')
            [CompletionResult]::new('tasks', 'tasks', [CompletionResultType]::ParameterValue, 'Task instances: state, exit code, reason, node (DescribeTask)')
            [CompletionResult]::new('logs', 'logs', [CompletionResultType]::ParameterValue, 'Task instances'' stdout and stderr, decoded (DescribeTaskLogs)')
            [CompletionResult]::new('why', 'why', [CompletionResultType]::ParameterValue, 'Why a job failed, in one view: failed instances, exit codes, stderr, the command')
            [CompletionResult]::new('timeline', 'timeline', [CompletionResultType]::ParameterValue, 'When each instance waited and ran, as bars on one time axis (or an SVG file)')
            [CompletionResult]::new('usage', 'usage', [CompletionResultType]::ParameterValue, 'What each task used of its machines (CPU, memory) and what it cost, as `seff` tells')
            [CompletionResult]::new('terminate', 'terminate', [CompletionResultType]::ParameterValue, 'Terminate jobs (TerminateJob; also `cancel`)')
            [CompletionResult]::new('retry', 'retry', [CompletionResultType]::ParameterValue, 'Retry failed jobs: their failed instances run again (RetryJobs)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete finished jobs (DeleteJob)')
            [CompletionResult]::new('graph', 'graph', [CompletionResultType]::ParameterValue, 'The task graph: each task''s state and instance counts, as mermaid or Graphviz DOT')
            [CompletionResult]::new('terminate-instance', 'terminate-instance', [CompletionResultType]::ParameterValue, 'Terminate one task instance (TerminateTaskInstance)')
            break
        }
        'batchctl;help;jobs;describe' {
            break
        }
        'batchctl;help;jobs;wait' {
            break
        }
        'batchctl;help;jobs;view' {
            break
        }
        'batchctl;help;jobs;init' {
            break
        }
        'batchctl;help;jobs;submit' {
            break
        }
        'batchctl;help;jobs;spec' {
            break
        }
        'batchctl;help;jobs;tasks' {
            break
        }
        'batchctl;help;jobs;logs' {
            break
        }
        'batchctl;help;jobs;why' {
            break
        }
        'batchctl;help;jobs;timeline' {
            break
        }
        'batchctl;help;jobs;usage' {
            break
        }
        'batchctl;help;jobs;terminate' {
            break
        }
        'batchctl;help;jobs;retry' {
            break
        }
        'batchctl;help;jobs;delete' {
            break
        }
        'batchctl;help;jobs;graph' {
            break
        }
        'batchctl;help;jobs;terminate-instance' {
            break
        }
        'batchctl;help;emulator' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve all 30 actions of the Batch API on a local HTTP port from one simulated world (jobs on a virtual clock, or run for real with --exec local), for the public demo credentials, with the service''s signatures, limits, quotas and errors')
            break
        }
        'batchctl;help;emulator;serve' {
            break
        }
        'batchctl;help;envs' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List compute environments (DescribeComputeEnvs), with filters and paging')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'One compute environment with its nodes (DescribeComputeEnv)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a compute environment from a JSON or YAML file (CreateComputeEnv)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a compute environment''s desired node count, name or description (ModifyComputeEnv)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a compute environment (DeleteComputeEnv); one with nodes needs --yes')
            [CompletionResult]::new('nodes', 'nodes', [CompletionResultType]::ParameterValue, 'The nodes of a compute environment (DescribeComputeEnv)')
            [CompletionResult]::new('activities', 'activities', [CompletionResultType]::ParameterValue, 'What happened to a compute environment''s nodes (DescribeComputeEnvActivities)')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Add your own CVM instances to a compute environment (AttachInstances)')
            [CompletionResult]::new('detach', 'detach', [CompletionResultType]::ParameterValue, 'Take instances out of a compute environment (DetachInstances)')
            [CompletionResult]::new('terminate-nodes', 'terminate-nodes', [CompletionResultType]::ParameterValue, 'Terminate nodes of a compute environment (TerminateComputeNodes)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Print an annotated environment file to start from, that `envs create -f` takes as is')
            break
        }
        'batchctl;help;envs;list' {
            break
        }
        'batchctl;help;envs;view' {
            break
        }
        'batchctl;help;envs;create' {
            break
        }
        'batchctl;help;envs;modify' {
            break
        }
        'batchctl;help;envs;delete' {
            break
        }
        'batchctl;help;envs;nodes' {
            break
        }
        'batchctl;help;envs;activities' {
            break
        }
        'batchctl;help;envs;attach' {
            break
        }
        'batchctl;help;envs;detach' {
            break
        }
        'batchctl;help;envs;terminate-nodes' {
            break
        }
        'batchctl;help;envs;init' {
            break
        }
        'batchctl;help;templates' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List task templates (DescribeTaskTemplates), with filters and paging')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'One task template (DescribeTaskTemplates by ID)')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a task template from a JSON or YAML file (CreateTaskTemplate)')
            [CompletionResult]::new('modify', 'modify', [CompletionResultType]::ParameterValue, 'Change a task template (ModifyTaskTemplate)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete task templates (DeleteTaskTemplates)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Print an annotated task template file to start from, that `templates create -f` takes as is')
            break
        }
        'batchctl;help;templates;list' {
            break
        }
        'batchctl;help;templates;view' {
            break
        }
        'batchctl;help;templates;create' {
            break
        }
        'batchctl;help;templates;modify' {
            break
        }
        'batchctl;help;templates;delete' {
            break
        }
        'batchctl;help;templates;init' {
            break
        }
        'batchctl;help;catalog' {
            [CompletionResult]::new('instance-types', 'instance-types', [CompletionResultType]::ParameterValue, 'CVM instance types Batch can launch (DescribeAvailableCvmInstanceTypes)')
            [CompletionResult]::new('zone-configs', 'zone-configs', [CompletionResultType]::ParameterValue, 'Instance types per zone with charge type, price and status (DescribeCvmZoneInstanceConfigInfos)')
            [CompletionResult]::new('categories', 'categories', [CompletionResultType]::ParameterValue, 'Instance categories and their families (DescribeInstanceCategories)')
            break
        }
        'batchctl;help;catalog;instance-types' {
            break
        }
        'batchctl;help;catalog;zone-configs' {
            break
        }
        'batchctl;help;catalog;categories' {
            break
        }
        'batchctl;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked), and every default with where it came from')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Keep a default for the profile (--profile, else default) in batchctl''s config file')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print the profile''s stored value of a default; exit 1, printing nothing, when it holds none (as `git config` does)')
            [CompletionResult]::new('unset', 'unset', [CompletionResultType]::ParameterValue, 'Remove a default from the profile (nothing to remove is not an error)')
            break
        }
        'batchctl;help;config;show' {
            break
        }
        'batchctl;help;config;set' {
            break
        }
        'batchctl;help;config;get' {
            break
        }
        'batchctl;help;config;unset' {
            break
        }
        'batchctl;help;top' {
            break
        }
        'batchctl;help;completions' {
            break
        }
        'batchctl;help;api' {
            [CompletionResult]::new('AttachInstances', 'AttachInstances', [CompletionResultType]::ParameterValue, 'AttachInstances')
            [CompletionResult]::new('CreateComputeEnv', 'CreateComputeEnv', [CompletionResultType]::ParameterValue, 'CreateComputeEnv')
            [CompletionResult]::new('CreateTaskTemplate', 'CreateTaskTemplate', [CompletionResultType]::ParameterValue, 'CreateTaskTemplate')
            [CompletionResult]::new('DeleteComputeEnv', 'DeleteComputeEnv', [CompletionResultType]::ParameterValue, 'DeleteComputeEnv')
            [CompletionResult]::new('DeleteJob', 'DeleteJob', [CompletionResultType]::ParameterValue, 'DeleteJob')
            [CompletionResult]::new('DeleteTaskTemplates', 'DeleteTaskTemplates', [CompletionResultType]::ParameterValue, 'DeleteTaskTemplates')
            [CompletionResult]::new('DescribeAvailableCvmInstanceTypes', 'DescribeAvailableCvmInstanceTypes', [CompletionResultType]::ParameterValue, 'DescribeAvailableCvmInstanceTypes')
            [CompletionResult]::new('DescribeComputeEnv', 'DescribeComputeEnv', [CompletionResultType]::ParameterValue, 'DescribeComputeEnv')
            [CompletionResult]::new('DescribeComputeEnvActivities', 'DescribeComputeEnvActivities', [CompletionResultType]::ParameterValue, 'DescribeComputeEnvActivities')
            [CompletionResult]::new('DescribeComputeEnvCreateInfo', 'DescribeComputeEnvCreateInfo', [CompletionResultType]::ParameterValue, 'DescribeComputeEnvCreateInfo')
            [CompletionResult]::new('DescribeComputeEnvCreateInfos', 'DescribeComputeEnvCreateInfos', [CompletionResultType]::ParameterValue, 'DescribeComputeEnvCreateInfos')
            [CompletionResult]::new('DescribeComputeEnvs', 'DescribeComputeEnvs', [CompletionResultType]::ParameterValue, 'DescribeComputeEnvs')
            [CompletionResult]::new('DescribeCvmZoneInstanceConfigInfos', 'DescribeCvmZoneInstanceConfigInfos', [CompletionResultType]::ParameterValue, 'DescribeCvmZoneInstanceConfigInfos')
            [CompletionResult]::new('DescribeInstanceCategories', 'DescribeInstanceCategories', [CompletionResultType]::ParameterValue, 'DescribeInstanceCategories')
            [CompletionResult]::new('DescribeJob', 'DescribeJob', [CompletionResultType]::ParameterValue, 'DescribeJob')
            [CompletionResult]::new('DescribeJobMonitorData', 'DescribeJobMonitorData', [CompletionResultType]::ParameterValue, 'DescribeJobMonitorData')
            [CompletionResult]::new('DescribeJobSubmitInfo', 'DescribeJobSubmitInfo', [CompletionResultType]::ParameterValue, 'DescribeJobSubmitInfo')
            [CompletionResult]::new('DescribeJobs', 'DescribeJobs', [CompletionResultType]::ParameterValue, 'DescribeJobs')
            [CompletionResult]::new('DescribeTask', 'DescribeTask', [CompletionResultType]::ParameterValue, 'DescribeTask')
            [CompletionResult]::new('DescribeTaskLogs', 'DescribeTaskLogs', [CompletionResultType]::ParameterValue, 'DescribeTaskLogs')
            [CompletionResult]::new('DescribeTaskTemplates', 'DescribeTaskTemplates', [CompletionResultType]::ParameterValue, 'DescribeTaskTemplates')
            [CompletionResult]::new('DetachInstances', 'DetachInstances', [CompletionResultType]::ParameterValue, 'DetachInstances')
            [CompletionResult]::new('ModifyComputeEnv', 'ModifyComputeEnv', [CompletionResultType]::ParameterValue, 'ModifyComputeEnv')
            [CompletionResult]::new('ModifyTaskTemplate', 'ModifyTaskTemplate', [CompletionResultType]::ParameterValue, 'ModifyTaskTemplate')
            [CompletionResult]::new('RetryJobs', 'RetryJobs', [CompletionResultType]::ParameterValue, 'RetryJobs')
            [CompletionResult]::new('SubmitJob', 'SubmitJob', [CompletionResultType]::ParameterValue, 'SubmitJob')
            [CompletionResult]::new('TerminateComputeNode', 'TerminateComputeNode', [CompletionResultType]::ParameterValue, 'TerminateComputeNode')
            [CompletionResult]::new('TerminateComputeNodes', 'TerminateComputeNodes', [CompletionResultType]::ParameterValue, 'TerminateComputeNodes')
            [CompletionResult]::new('TerminateJob', 'TerminateJob', [CompletionResultType]::ParameterValue, 'TerminateJob')
            [CompletionResult]::new('TerminateTaskInstance', 'TerminateTaskInstance', [CompletionResultType]::ParameterValue, 'TerminateTaskInstance')
            break
        }
        'batchctl;help;api;AttachInstances' {
            break
        }
        'batchctl;help;api;CreateComputeEnv' {
            break
        }
        'batchctl;help;api;CreateTaskTemplate' {
            break
        }
        'batchctl;help;api;DeleteComputeEnv' {
            break
        }
        'batchctl;help;api;DeleteJob' {
            break
        }
        'batchctl;help;api;DeleteTaskTemplates' {
            break
        }
        'batchctl;help;api;DescribeAvailableCvmInstanceTypes' {
            break
        }
        'batchctl;help;api;DescribeComputeEnv' {
            break
        }
        'batchctl;help;api;DescribeComputeEnvActivities' {
            break
        }
        'batchctl;help;api;DescribeComputeEnvCreateInfo' {
            break
        }
        'batchctl;help;api;DescribeComputeEnvCreateInfos' {
            break
        }
        'batchctl;help;api;DescribeComputeEnvs' {
            break
        }
        'batchctl;help;api;DescribeCvmZoneInstanceConfigInfos' {
            break
        }
        'batchctl;help;api;DescribeInstanceCategories' {
            break
        }
        'batchctl;help;api;DescribeJob' {
            break
        }
        'batchctl;help;api;DescribeJobMonitorData' {
            break
        }
        'batchctl;help;api;DescribeJobSubmitInfo' {
            break
        }
        'batchctl;help;api;DescribeJobs' {
            break
        }
        'batchctl;help;api;DescribeTask' {
            break
        }
        'batchctl;help;api;DescribeTaskLogs' {
            break
        }
        'batchctl;help;api;DescribeTaskTemplates' {
            break
        }
        'batchctl;help;api;DetachInstances' {
            break
        }
        'batchctl;help;api;ModifyComputeEnv' {
            break
        }
        'batchctl;help;api;ModifyTaskTemplate' {
            break
        }
        'batchctl;help;api;RetryJobs' {
            break
        }
        'batchctl;help;api;SubmitJob' {
            break
        }
        'batchctl;help;api;TerminateComputeNode' {
            break
        }
        'batchctl;help;api;TerminateComputeNodes' {
            break
        }
        'batchctl;help;api;TerminateJob' {
            break
        }
        'batchctl;help;api;TerminateTaskInstance' {
            break
        }
        'batchctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
