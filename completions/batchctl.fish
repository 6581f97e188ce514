# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_batchctl_global_optspecs
    string join \n o/output= query= region= profile= endpoint= timeout= max-attempts= rate-limit= language= debug dry-run no-color color= q/quiet emulator= use-cvm-role h/help V/version
end

function __fish_batchctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_batchctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_batchctl_using_subcommand
    set -l cmd (__fish_batchctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c batchctl -n "__fish_batchctl_needs_command" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_needs_command" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_needs_command" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_needs_command" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_needs_command" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_needs_command" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_needs_command" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_needs_command" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_needs_command" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_needs_command" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_needs_command" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_needs_command" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_needs_command" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_needs_command" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_needs_command" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_needs_command" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_needs_command" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "run" -d 'Run a command in the cloud: submit it as a job, stream its output, exit with its status'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "jobs" -d 'Jobs: init, submit, list, wait, view, tasks, logs, why, terminate, retry, delete'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "emulator" -d 'Serve a local Batch API emulator, for offline use and tests'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "envs" -d 'Compute environments: init, list, view, create, modify (resize), delete, nodes, activities, attach, detach'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "templates" -d 'Task templates: init, list, view, create, modify, delete'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "catalog" -d 'What can be launched where: instance types, zone configurations, categories'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "config" -d 'Show the configuration in use; set, get or unset the defaults kept per profile'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "top" -d 'A live, full-screen view of jobs, their tasks, instances and logs (needs a terminal)'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "api" -d 'Call any action of the Batch API with tccli\'s parameters (`batchctl api` lists them)'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l script -d 'Run this script\'s text instead of a command (`-` reads stdin)' -r -F
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l name -d 'The job\'s name [default: run- and the command\'s first word]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -s e -l env-var -d 'A variable for the command (the task\'s EnvVars; repeatable)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l task-timeout -d 'End an instance that runs longer than this, FAILED (the task\'s Timeout)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l retries -d 'Run a failed instance again up to N times (0 to 10; the task\'s MaxRetryCount)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l template -d 'Start from this task template (its command when none is given)' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l set -d 'Set a member inside the Job by a dotted path, typed by the model (repeatable)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l zone -d 'Availability zone [default: BATCHCTL_ZONE, else `config set zone`]' -r -f -a "ap-guangzhou-3\t''
ap-guangzhou-4\t''
ap-guangzhou-6\t''
ap-guangzhou-7\t''
ap-shanghai-2\t''
ap-shanghai-3\t''
ap-shanghai-4\t''
ap-shanghai-5\t''
ap-nanjing-1\t''
ap-nanjing-2\t''
ap-nanjing-3\t''
ap-beijing-3\t''
ap-beijing-5\t''
ap-beijing-6\t''
ap-beijing-7\t''
ap-chengdu-1\t''
ap-chengdu-2\t''
ap-chongqing-1\t''
ap-hongkong-2\t''
ap-hongkong-3\t''
ap-taipei-1\t''
ap-singapore-1\t''
ap-singapore-2\t''
ap-singapore-3\t''
ap-jakarta-1\t''
ap-jakarta-2\t''
ap-seoul-1\t''
ap-seoul-2\t''
ap-tokyo-1\t''
ap-tokyo-2\t''
ap-mumbai-1\t''
ap-mumbai-2\t''
ap-bangkok-1\t''
ap-bangkok-2\t''
na-siliconvalley-1\t''
na-siliconvalley-2\t''
na-ashburn-1\t''
na-ashburn-2\t''
na-toronto-1\t''
eu-frankfurt-1\t''
eu-frankfurt-2\t''
eu-moscow-1\t''
sa-saopaulo-1\t''
ap-shanghai-fsi-1\t''
ap-shanghai-fsi-2\t''
ap-shenzhen-fsi-1\t''
ap-shenzhen-fsi-2\t''
ap-beijing-fsi-1\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l image -d 'Image of the machines made for the job [default: BATCHCTL_IMAGE, else `config set image`]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l instance-type -d 'Instance type of the machines made for the job [default: BATCHCTL_INSTANCE_TYPE, else `config set instance-type`]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l env -d 'Run on this existing compute environment [default: BATCHCTL_COMPUTE_ENV, else `config set compute-env`]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l array -d 'Run N instances, at most K at once' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l max-parallel -d 'At most K instances at once (the task\'s MaxConcurrentNum)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l each -d 'One instance per row of this CSV or TSV table, its columns as variables (`-`: stdin)' -r -F
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l hours -d 'With --estimate: also the cost of running this many hours' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l interval -d 'Time between polls while following the job' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l client-token -d 'The ClientToken (at most 64 ASCII characters) [default: a fresh one]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -s d -l detach -d 'Submit, print the JobId (with -o json: JobId and RequestId) and exit'
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l estimate -d 'Print what the job would cost per hour at list price, from the catalogue; submit nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -l terminate-on-interrupt -d 'On Ctrl-C, terminate the job instead of leaving it running'
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand run" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "describe" -d 'Describe jobs (DescribeJobs): by ID, or by filters, with paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "list" -d 'Describe jobs (DescribeJobs): by ID, or by filters, with paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "wait" -d 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "view" -d 'One job with its tasks and dependences (DescribeJob; also `show`, `status`)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "init" -d 'Print an annotated job file to start from, that `jobs submit -f` takes as is'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "submit" -d 'Submit a job from a JSON or YAML file, or from a task template (SubmitJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "spec" -d 'The job as submitted, as a file `jobs submit -f` takes (DescribeJobSubmitInfo)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "tasks" -d 'Task instances: state, exit code, reason, node (DescribeTask)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "logs" -d 'Task instances\' stdout and stderr, decoded (DescribeTaskLogs)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "why" -d 'Why a job failed, in one view: failed instances, exit codes, stderr, the command'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "timeline" -d 'When each instance waited and ran, as bars on one time axis (or an SVG file)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "usage" -d 'What each task used of its machines (CPU, memory) and what it cost, as `seff` tells'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "terminate" -d 'Terminate jobs (TerminateJob; also `cancel`)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "retry" -d 'Retry failed jobs: their failed instances run again (RetryJobs)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "delete" -d 'Delete finished jobs (DeleteJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "graph" -d 'The task graph: each task\'s state and instance counts, as mermaid or Graphviz DOT'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "terminate-instance" -d 'Terminate one task instance (TerminateTaskInstance)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l name -d 'Jobs by name (job-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l state -d 'Jobs by state (job-state), case-insensitive' -r -f -a "SUBMITTED\t''
PENDING\t''
RUNNABLE\t''
STARTING\t''
RUNNING\t''
SUCCEED\t''
FAILED\t''
FAILED_INTERRUPTED\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l zone -d 'Jobs by availability zone (zone)' -r -f -a "ap-guangzhou-3\t''
ap-guangzhou-4\t''
ap-guangzhou-6\t''
ap-guangzhou-7\t''
ap-shanghai-2\t''
ap-shanghai-3\t''
ap-shanghai-4\t''
ap-shanghai-5\t''
ap-nanjing-1\t''
ap-nanjing-2\t''
ap-nanjing-3\t''
ap-beijing-3\t''
ap-beijing-5\t''
ap-beijing-6\t''
ap-beijing-7\t''
ap-chengdu-1\t''
ap-chengdu-2\t''
ap-chongqing-1\t''
ap-hongkong-2\t''
ap-hongkong-3\t''
ap-taipei-1\t''
ap-singapore-1\t''
ap-singapore-2\t''
ap-singapore-3\t''
ap-jakarta-1\t''
ap-jakarta-2\t''
ap-seoul-1\t''
ap-seoul-2\t''
ap-tokyo-1\t''
ap-tokyo-2\t''
ap-mumbai-1\t''
ap-mumbai-2\t''
ap-bangkok-1\t''
ap-bangkok-2\t''
na-siliconvalley-1\t''
na-siliconvalley-2\t''
na-ashburn-1\t''
na-ashburn-2\t''
na-toronto-1\t''
eu-frankfurt-1\t''
eu-frankfurt-2\t''
eu-moscow-1\t''
sa-saopaulo-1\t''
ap-shanghai-fsi-1\t''
ap-shanghai-fsi-2\t''
ap-shenzhen-fsi-1\t''
ap-shenzhen-fsi-2\t''
ap-beijing-fsi-1\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l tag -d 'Jobs by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l tag-key -d 'Jobs by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l tag-value -d 'Jobs by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l filter -d 'Jobs by any filter, by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l since -d 'Jobs created at or after this: a duration back from now (3h, 1d) or a time (2026-12-01, RFC 3339)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l until -d 'Jobs created before this: a duration back from now or a time, as --since' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l limit -d 'At most N jobs in total [default: 20]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l offset -d 'Start at the N-th matching job' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l page-size -d 'Jobs per request, 1 to 100 [default: 100 when several pages are needed]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l columns -d 'Columns for table and csv, comma-separated (csv names or table headers, any case)' -r -f -a "JobId\t''
JobName\t''
JobState\t''
Priority\t''
Zone\t''
CreateTime\t''
EndTime\t''
SubmittedCount\t''
PendingCount\t''
RunnableCount\t''
StartingCount\t''
RunningCount\t''
SucceedCount\t''
FailedInterruptedCount\t''
FailedCount\t''
Tags\t''
Tasks\t''
Duration\t''
Age\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l interval -d 'Time between polls with --watch (e.g. 2s, 10s, 1m)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l all -d 'Every matching job, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l no-headers -d 'No header row in table and csv output'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -s w -l watch -d 'Print the jobs, then one line per job whose state changes, until Ctrl-C (as `kubectl get -w`); polls every --interval'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l name -d 'Jobs by name (job-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l state -d 'Jobs by state (job-state), case-insensitive' -r -f -a "SUBMITTED\t''
PENDING\t''
RUNNABLE\t''
STARTING\t''
RUNNING\t''
SUCCEED\t''
FAILED\t''
FAILED_INTERRUPTED\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l zone -d 'Jobs by availability zone (zone)' -r -f -a "ap-guangzhou-3\t''
ap-guangzhou-4\t''
ap-guangzhou-6\t''
ap-guangzhou-7\t''
ap-shanghai-2\t''
ap-shanghai-3\t''
ap-shanghai-4\t''
ap-shanghai-5\t''
ap-nanjing-1\t''
ap-nanjing-2\t''
ap-nanjing-3\t''
ap-beijing-3\t''
ap-beijing-5\t''
ap-beijing-6\t''
ap-beijing-7\t''
ap-chengdu-1\t''
ap-chengdu-2\t''
ap-chongqing-1\t''
ap-hongkong-2\t''
ap-hongkong-3\t''
ap-taipei-1\t''
ap-singapore-1\t''
ap-singapore-2\t''
ap-singapore-3\t''
ap-jakarta-1\t''
ap-jakarta-2\t''
ap-seoul-1\t''
ap-seoul-2\t''
ap-tokyo-1\t''
ap-tokyo-2\t''
ap-mumbai-1\t''
ap-mumbai-2\t''
ap-bangkok-1\t''
ap-bangkok-2\t''
na-siliconvalley-1\t''
na-siliconvalley-2\t''
na-ashburn-1\t''
na-ashburn-2\t''
na-toronto-1\t''
eu-frankfurt-1\t''
eu-frankfurt-2\t''
eu-moscow-1\t''
sa-saopaulo-1\t''
ap-shanghai-fsi-1\t''
ap-shanghai-fsi-2\t''
ap-shenzhen-fsi-1\t''
ap-shenzhen-fsi-2\t''
ap-beijing-fsi-1\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l tag -d 'Jobs by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l tag-key -d 'Jobs by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l tag-value -d 'Jobs by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l filter -d 'Jobs by any filter, by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l since -d 'Jobs created at or after this: a duration back from now (3h, 1d) or a time (2026-12-01, RFC 3339)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l until -d 'Jobs created before this: a duration back from now or a time, as --since' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l limit -d 'At most N jobs in total [default: 20]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l offset -d 'Start at the N-th matching job' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l page-size -d 'Jobs per request, 1 to 100 [default: 100 when several pages are needed]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l columns -d 'Columns for table and csv, comma-separated (csv names or table headers, any case)' -r -f -a "JobId\t''
JobName\t''
JobState\t''
Priority\t''
Zone\t''
CreateTime\t''
EndTime\t''
SubmittedCount\t''
PendingCount\t''
RunnableCount\t''
StartingCount\t''
RunningCount\t''
SucceedCount\t''
FailedInterruptedCount\t''
FailedCount\t''
Tags\t''
Tasks\t''
Duration\t''
Age\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l interval -d 'Time between polls with --watch (e.g. 2s, 10s, 1m)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l all -d 'Every matching job, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row in table and csv output'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s w -l watch -d 'Print the jobs, then one line per job whose state changes, until Ctrl-C (as `kubectl get -w`); polls every --interval'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l interval -d 'Time between polls (e.g. 500ms, 10s, 1m)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l max-wait -d 'Give up (exit 8) after this long; 0 waits without limit' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l columns -d 'Columns for table and csv output of the final jobs' -r -f -a "JobId\t''
JobName\t''
JobState\t''
Priority\t''
Zone\t''
CreateTime\t''
EndTime\t''
SubmittedCount\t''
PendingCount\t''
RunnableCount\t''
StartingCount\t''
RunningCount\t''
SucceedCount\t''
FailedInterruptedCount\t''
FailedCount\t''
Tags\t''
Tasks\t''
Duration\t''
Age\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l fail-fast -d 'End the wait at the first job that fails (exit 7), without waiting for the others'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l no-headers -d 'No header row in table and csv output'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -s f -l file -d 'The job file, JSON or YAML (`-` reads stdin)' -r -F
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l template -d 'Instead of a file: one task, the task template\'s (`--name` names the job)' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l env -d 'Run every task on this compute environment (sets each task\'s EnvId, drops ComputeEnv)' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l zone -d 'Availability zone (sets Placement.Zone) [default: the file\'s Placement.Zone, else BATCHCTL_ZONE, else the profile\'s `config set zone`]' -r -f -a "ap-guangzhou-3\t''
ap-guangzhou-4\t''
ap-guangzhou-6\t''
ap-guangzhou-7\t''
ap-shanghai-2\t''
ap-shanghai-3\t''
ap-shanghai-4\t''
ap-shanghai-5\t''
ap-nanjing-1\t''
ap-nanjing-2\t''
ap-nanjing-3\t''
ap-beijing-3\t''
ap-beijing-5\t''
ap-beijing-6\t''
ap-beijing-7\t''
ap-chengdu-1\t''
ap-chengdu-2\t''
ap-chongqing-1\t''
ap-hongkong-2\t''
ap-hongkong-3\t''
ap-taipei-1\t''
ap-singapore-1\t''
ap-singapore-2\t''
ap-singapore-3\t''
ap-jakarta-1\t''
ap-jakarta-2\t''
ap-seoul-1\t''
ap-seoul-2\t''
ap-tokyo-1\t''
ap-tokyo-2\t''
ap-mumbai-1\t''
ap-mumbai-2\t''
ap-bangkok-1\t''
ap-bangkok-2\t''
na-siliconvalley-1\t''
na-siliconvalley-2\t''
na-ashburn-1\t''
na-ashburn-2\t''
na-toronto-1\t''
eu-frankfurt-1\t''
eu-frankfurt-2\t''
eu-moscow-1\t''
sa-saopaulo-1\t''
ap-shanghai-fsi-1\t''
ap-shanghai-fsi-2\t''
ap-shenzhen-fsi-1\t''
ap-shenzhen-fsi-2\t''
ap-beijing-fsi-1\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l name -d 'The job\'s name (sets Job.JobName)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l set -d 'Set a member inside the Job by a dotted path, typed by the model (repeatable)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l client-token -d 'The ClientToken (at most 64 ASCII characters) [default: a fresh one]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l interval -d 'With --wait: time between polls' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l hours -d 'With --estimate: also the cost of running this many hours' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l max-wait -d 'With --wait: give up (exit 8) after this long; 0 waits without limit' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l wait -d 'Then wait until the job ends (exit 0 succeeded, 7 failed, 8 --max-wait passed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l estimate -d 'Print what the job would cost per hour at list price, from the catalogue, task by task (the total as if every task ran at once); submit nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l task -d 'Only this task (repeatable) [default: every task of the job]' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l state -d 'Only instances in this state' -r -f -a "SUBMITTED\t''
PENDING\t''
RUNNABLE\t''
STARTING\t''
RUNNING\t''
SUCCEED\t''
FAILED\t''
FAILED_INTERRUPTED\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l limit -d 'At most N instances per task [default: 100]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l all -d 'Every instance, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l task -d 'Only this task [default: every task of the job]' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l instance -d 'Only this instance index (repeatable)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l interval -d 'With --follow: time between polls' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l stdout -d 'Only the stdout logs'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l stderr -d 'Only the stderr logs'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l failed -d 'Only failed instances'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Keep polling while the job runs, printing what is new; at the end the job\'s final state on stderr, exit 7 if it failed'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l limit -d 'At most N failed instances per task' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l lines -d 'The last N lines of each failed instance\'s stderr' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l task -d 'Only this task [default: every task of the job]' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l svg -d 'Write the picture as a standalone SVG file instead of printing it' -r -F
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from timeline" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l task -d 'Only this task (repeatable) [default: every task of the job]' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l sample -d 'Instances per task whose CPU and memory series are read, evenly spread, 1 to 200 [default: 5, or 200 with --instances]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -l instances -d 'A row per instance too, and the series of every instance that ran (up to 200 a task)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from usage" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l name -d 'Jobs by name (job-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l state -d 'Jobs by state (job-state), case-insensitive' -r -f -a "SUBMITTED\t''
PENDING\t''
RUNNABLE\t''
STARTING\t''
RUNNING\t''
SUCCEED\t''
FAILED\t''
FAILED_INTERRUPTED\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l zone -d 'Jobs by availability zone (zone)' -r -f -a "ap-guangzhou-3\t''
ap-guangzhou-4\t''
ap-guangzhou-6\t''
ap-guangzhou-7\t''
ap-shanghai-2\t''
ap-shanghai-3\t''
ap-shanghai-4\t''
ap-shanghai-5\t''
ap-nanjing-1\t''
ap-nanjing-2\t''
ap-nanjing-3\t''
ap-beijing-3\t''
ap-beijing-5\t''
ap-beijing-6\t''
ap-beijing-7\t''
ap-chengdu-1\t''
ap-chengdu-2\t''
ap-chongqing-1\t''
ap-hongkong-2\t''
ap-hongkong-3\t''
ap-taipei-1\t''
ap-singapore-1\t''
ap-singapore-2\t''
ap-singapore-3\t''
ap-jakarta-1\t''
ap-jakarta-2\t''
ap-seoul-1\t''
ap-seoul-2\t''
ap-tokyo-1\t''
ap-tokyo-2\t''
ap-mumbai-1\t''
ap-mumbai-2\t''
ap-bangkok-1\t''
ap-bangkok-2\t''
na-siliconvalley-1\t''
na-siliconvalley-2\t''
na-ashburn-1\t''
na-ashburn-2\t''
na-toronto-1\t''
eu-frankfurt-1\t''
eu-frankfurt-2\t''
eu-moscow-1\t''
sa-saopaulo-1\t''
ap-shanghai-fsi-1\t''
ap-shanghai-fsi-2\t''
ap-shenzhen-fsi-1\t''
ap-shenzhen-fsi-2\t''
ap-beijing-fsi-1\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l tag -d 'Jobs by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l tag-key -d 'Jobs by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l tag-value -d 'Jobs by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l filter -d 'Jobs by any filter, by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l since -d 'Jobs created at or after this: a duration back from now (3h, 1d) or a time (2026-12-01, RFC 3339)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l until -d 'Jobs created before this: a duration back from now or a time, as --since' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l interval -d 'With --wait: time between polls (e.g. 5s, 1m)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l max-wait -d 'With --wait: give up (exit 8) after this long; 0 waits without limit' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l yes -d 'Act on the jobs the selectors match (without it they are only listed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l wait -d 'Wait until it has taken effect (nodes RUNNING, or the environment gone)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l name -d 'Jobs by name (job-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l state -d 'Jobs by state (job-state), case-insensitive' -r -f -a "SUBMITTED\t''
PENDING\t''
RUNNABLE\t''
STARTING\t''
RUNNING\t''
SUCCEED\t''
FAILED\t''
FAILED_INTERRUPTED\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l zone -d 'Jobs by availability zone (zone)' -r -f -a "ap-guangzhou-3\t''
ap-guangzhou-4\t''
ap-guangzhou-6\t''
ap-guangzhou-7\t''
ap-shanghai-2\t''
ap-shanghai-3\t''
ap-shanghai-4\t''
ap-shanghai-5\t''
ap-nanjing-1\t''
ap-nanjing-2\t''
ap-nanjing-3\t''
ap-beijing-3\t''
ap-beijing-5\t''
ap-beijing-6\t''
ap-beijing-7\t''
ap-chengdu-1\t''
ap-chengdu-2\t''
ap-chongqing-1\t''
ap-hongkong-2\t''
ap-hongkong-3\t''
ap-taipei-1\t''
ap-singapore-1\t''
ap-singapore-2\t''
ap-singapore-3\t''
ap-jakarta-1\t''
ap-jakarta-2\t''
ap-seoul-1\t''
ap-seoul-2\t''
ap-tokyo-1\t''
ap-tokyo-2\t''
ap-mumbai-1\t''
ap-mumbai-2\t''
ap-bangkok-1\t''
ap-bangkok-2\t''
na-siliconvalley-1\t''
na-siliconvalley-2\t''
na-ashburn-1\t''
na-ashburn-2\t''
na-toronto-1\t''
eu-frankfurt-1\t''
eu-frankfurt-2\t''
eu-moscow-1\t''
sa-saopaulo-1\t''
ap-shanghai-fsi-1\t''
ap-shanghai-fsi-2\t''
ap-shenzhen-fsi-1\t''
ap-shenzhen-fsi-2\t''
ap-beijing-fsi-1\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l tag -d 'Jobs by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l tag-key -d 'Jobs by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l tag-value -d 'Jobs by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l filter -d 'Jobs by any filter, by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l since -d 'Jobs created at or after this: a duration back from now (3h, 1d) or a time (2026-12-01, RFC 3339)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l until -d 'Jobs created before this: a duration back from now or a time, as --since' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l yes -d 'Act on the jobs the selectors match (without it they are only listed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l name -d 'Jobs by name (job-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l state -d 'Jobs by state (job-state), case-insensitive' -r -f -a "SUBMITTED\t''
PENDING\t''
RUNNABLE\t''
STARTING\t''
RUNNING\t''
SUCCEED\t''
FAILED\t''
FAILED_INTERRUPTED\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l zone -d 'Jobs by availability zone (zone)' -r -f -a "ap-guangzhou-3\t''
ap-guangzhou-4\t''
ap-guangzhou-6\t''
ap-guangzhou-7\t''
ap-shanghai-2\t''
ap-shanghai-3\t''
ap-shanghai-4\t''
ap-shanghai-5\t''
ap-nanjing-1\t''
ap-nanjing-2\t''
ap-nanjing-3\t''
ap-beijing-3\t''
ap-beijing-5\t''
ap-beijing-6\t''
ap-beijing-7\t''
ap-chengdu-1\t''
ap-chengdu-2\t''
ap-chongqing-1\t''
ap-hongkong-2\t''
ap-hongkong-3\t''
ap-taipei-1\t''
ap-singapore-1\t''
ap-singapore-2\t''
ap-singapore-3\t''
ap-jakarta-1\t''
ap-jakarta-2\t''
ap-seoul-1\t''
ap-seoul-2\t''
ap-tokyo-1\t''
ap-tokyo-2\t''
ap-mumbai-1\t''
ap-mumbai-2\t''
ap-bangkok-1\t''
ap-bangkok-2\t''
na-siliconvalley-1\t''
na-siliconvalley-2\t''
na-ashburn-1\t''
na-ashburn-2\t''
na-toronto-1\t''
eu-frankfurt-1\t''
eu-frankfurt-2\t''
eu-moscow-1\t''
sa-saopaulo-1\t''
ap-shanghai-fsi-1\t''
ap-shanghai-fsi-2\t''
ap-shenzhen-fsi-1\t''
ap-shenzhen-fsi-2\t''
ap-beijing-fsi-1\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l tag -d 'Jobs by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l tag-key -d 'Jobs by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l tag-value -d 'Jobs by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l filter -d 'Jobs by any filter, by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l since -d 'Jobs created at or after this: a duration back from now (3h, 1d) or a time (2026-12-01, RFC 3339)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l until -d 'Jobs created before this: a duration back from now or a time, as --since' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l yes -d 'Act on the jobs the selectors match (without it they are only listed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -l dot -d 'Print a Graphviz DOT digraph instead of mermaid'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from graph" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Describe jobs (DescribeJobs): by ID, or by filters, with paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "view" -d 'One job with its tasks and dependences (DescribeJob; also `show`, `status`)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "init" -d 'Print an annotated job file to start from, that `jobs submit -f` takes as is'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Submit a job from a JSON or YAML file, or from a task template (SubmitJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "spec" -d 'The job as submitted, as a file `jobs submit -f` takes (DescribeJobSubmitInfo)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "tasks" -d 'Task instances: state, exit code, reason, node (DescribeTask)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Task instances\' stdout and stderr, decoded (DescribeTaskLogs)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "why" -d 'Why a job failed, in one view: failed instances, exit codes, stderr, the command'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "timeline" -d 'When each instance waited and ran, as bars on one time axis (or an SVG file)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "usage" -d 'What each task used of its machines (CPU, memory) and what it cost, as `seff` tells'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "terminate" -d 'Terminate jobs (TerminateJob; also `cancel`)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Retry failed jobs: their failed instances run again (RetryJobs)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete finished jobs (DeleteJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "graph" -d 'The task graph: each task\'s state and instance counts, as mermaid or Graphviz DOT'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "terminate-instance" -d 'Terminate one task instance (TerminateTaskInstance)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -f -a "serve" -d 'Serve all 30 actions of the Batch API on a local HTTP port from one simulated world (jobs on a virtual clock, or run for real with --exec local), for the public demo credentials, with the service\'s signatures, limits, quotas and errors'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l listen -d 'Address to listen on (loopback by default; port 0 picks a free one); an address other machines can reach needs --allow-remote' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l jobs -d 'Serve these jobs: a JSON array of JobViews or a DescribeJobs response document' -r -F
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l generate -d 'Serve N deterministic generated jobs' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l log -d 'Append one JSON line per request received to FILE' -r -F
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l rate-limit -d 'Requests accepted per second, SecretId and action: `published` (each action\'s published limit, as the real service), or N for every action (0: no limit); above it the answer is RequestLimitExceeded' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l inject -d 'Faults to play, one per request in arrival order, before answering normally: ok, limit, internal, http502, reset, hang, badjson, truncate, expire, lost (the request takes effect, then the connection drops before the answer); NAME*N repeats one (e.g. internal*2,ok)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l speed -d 'Run the virtual clock X times as fast as real time (submitted jobs\' states, times and logs follow it); 0 stops it [default: 1, or 0 with --advance]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l state-file -d 'Keep the world in FILE: loaded at start when it exists, saved within 500 ms of a change and on Ctrl-C; locked (FILE.lock), so a second emulator on it refuses to start; while it cannot be saved, writes are refused with InternalError' -r -F
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l exec -d 'How task instances\' commands are carried out: `simulate` interprets echo, sleep and exit; `local` runs each for real with `sh -c` on this machine, as this user, in a fresh temporary directory (loopback --listen addresses only)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l allow-remote -d 'Allow a --listen address that is not loopback (such as 0.0.0.0): anyone who can reach it can then use the emulator with its public demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l advance -d 'Move jobs as they are polled, for trying `jobs wait`: each job in a successful answer moves one state forward right after it (the answer shows the state before): SUBMITTED → PENDING → RUNNABLE → STARTING → RUNNING → final; terminal jobs never move. Final: the job\'s `emulator-outcome` tag if SUCCEED, FAILED or FAILED_INTERRUPTED (any case), else FAILED if its name contains "fail" (any case), else SUCCEED. TaskMetrics and EndTime follow the state. A submitted job moves to the next moment its state changes; without --speed, time then stands still'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve all 30 actions of the Batch API on a local HTTP port from one simulated world (jobs on a virtual clock, or run for real with --exec local), for the public demo credentials, with the service\'s signatures, limits, quotas and errors'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -f -a "list" -d 'List compute environments (DescribeComputeEnvs), with filters and paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -f -a "ls" -d 'List compute environments (DescribeComputeEnvs), with filters and paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -f -a "view" -d 'One compute environment with its nodes (DescribeComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -f -a "create" -d 'Create a compute environment from a JSON or YAML file (CreateComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -f -a "modify" -d 'Change a compute environment\'s desired node count, name or description (ModifyComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -f -a "delete" -d 'Delete a compute environment (DeleteComputeEnv); one with nodes needs --yes'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -f -a "nodes" -d 'The nodes of a compute environment (DescribeComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -f -a "activities" -d 'What happened to a compute environment\'s nodes (DescribeComputeEnvActivities)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -f -a "attach" -d 'Add your own CVM instances to a compute environment (AttachInstances)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -f -a "detach" -d 'Take instances out of a compute environment (DetachInstances)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -f -a "terminate-nodes" -d 'Terminate nodes of a compute environment (TerminateComputeNodes)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -f -a "init" -d 'Print an annotated environment file to start from, that `envs create -f` takes as is'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list ls view create modify delete nodes activities attach detach terminate-nodes init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l env-id -d 'Filter by environment ID (env-id)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l name -d 'Filter by name (env-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l zone -d 'Filter by availability zone (zone)' -r -f -a "ap-guangzhou-3\t''
ap-guangzhou-4\t''
ap-guangzhou-6\t''
ap-guangzhou-7\t''
ap-shanghai-2\t''
ap-shanghai-3\t''
ap-shanghai-4\t''
ap-shanghai-5\t''
ap-nanjing-1\t''
ap-nanjing-2\t''
ap-nanjing-3\t''
ap-beijing-3\t''
ap-beijing-5\t''
ap-beijing-6\t''
ap-beijing-7\t''
ap-chengdu-1\t''
ap-chengdu-2\t''
ap-chongqing-1\t''
ap-hongkong-2\t''
ap-hongkong-3\t''
ap-taipei-1\t''
ap-singapore-1\t''
ap-singapore-2\t''
ap-singapore-3\t''
ap-jakarta-1\t''
ap-jakarta-2\t''
ap-seoul-1\t''
ap-seoul-2\t''
ap-tokyo-1\t''
ap-tokyo-2\t''
ap-mumbai-1\t''
ap-mumbai-2\t''
ap-bangkok-1\t''
ap-bangkok-2\t''
na-siliconvalley-1\t''
na-siliconvalley-2\t''
na-ashburn-1\t''
na-ashburn-2\t''
na-toronto-1\t''
eu-frankfurt-1\t''
eu-frankfurt-2\t''
eu-moscow-1\t''
sa-saopaulo-1\t''
ap-shanghai-fsi-1\t''
ap-shanghai-fsi-2\t''
ap-shenzhen-fsi-1\t''
ap-shenzhen-fsi-2\t''
ap-beijing-fsi-1\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l resource-type -d 'Filter by resource type (resource-type), e.g. CVM or CPM' -r -f -a "CVM\t''
CPM\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l state -d 'Refused with an explanation: the service has no filter by state' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l tag -d 'Filter by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l tag-key -d 'Filter by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l tag-value -d 'Filter by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l filter -d 'Any filter by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l limit -d 'At most N in total [default: 20]; above 100, several pages are fetched' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l offset -d 'Start at the N-th match' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1 to 100 [default: 100 when several pages are needed]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l columns -d 'Columns of table and csv output, by csv name or header (e.g. EnvId,EnvName,Running)' -r -f -a "EnvId\t''
EnvName\t''
Zone\t''
EnvType\t''
InstanceType\t''
Desired\t''
Running\t''
Nodes\t''
CreateTime\t''
ResourceType\t''
Attached\t''
NextAction\t''
Tags\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l all -d 'Every match, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l env-id -d 'Filter by environment ID (env-id)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l name -d 'Filter by name (env-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l zone -d 'Filter by availability zone (zone)' -r -f -a "ap-guangzhou-3\t''
ap-guangzhou-4\t''
ap-guangzhou-6\t''
ap-guangzhou-7\t''
ap-shanghai-2\t''
ap-shanghai-3\t''
ap-shanghai-4\t''
ap-shanghai-5\t''
ap-nanjing-1\t''
ap-nanjing-2\t''
ap-nanjing-3\t''
ap-beijing-3\t''
ap-beijing-5\t''
ap-beijing-6\t''
ap-beijing-7\t''
ap-chengdu-1\t''
ap-chengdu-2\t''
ap-chongqing-1\t''
ap-hongkong-2\t''
ap-hongkong-3\t''
ap-taipei-1\t''
ap-singapore-1\t''
ap-singapore-2\t''
ap-singapore-3\t''
ap-jakarta-1\t''
ap-jakarta-2\t''
ap-seoul-1\t''
ap-seoul-2\t''
ap-tokyo-1\t''
ap-tokyo-2\t''
ap-mumbai-1\t''
ap-mumbai-2\t''
ap-bangkok-1\t''
ap-bangkok-2\t''
na-siliconvalley-1\t''
na-siliconvalley-2\t''
na-ashburn-1\t''
na-ashburn-2\t''
na-toronto-1\t''
eu-frankfurt-1\t''
eu-frankfurt-2\t''
eu-moscow-1\t''
sa-saopaulo-1\t''
ap-shanghai-fsi-1\t''
ap-shanghai-fsi-2\t''
ap-shenzhen-fsi-1\t''
ap-shenzhen-fsi-2\t''
ap-beijing-fsi-1\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l resource-type -d 'Filter by resource type (resource-type), e.g. CVM or CPM' -r -f -a "CVM\t''
CPM\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l state -d 'Refused with an explanation: the service has no filter by state' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l tag -d 'Filter by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l tag-key -d 'Filter by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l tag-value -d 'Filter by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l filter -d 'Any filter by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l limit -d 'At most N in total [default: 20]; above 100, several pages are fetched' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l offset -d 'Start at the N-th match' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1 to 100 [default: 100 when several pages are needed]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l columns -d 'Columns of table and csv output, by csv name or header (e.g. EnvId,EnvName,Running)' -r -f -a "EnvId\t''
EnvName\t''
Zone\t''
EnvType\t''
InstanceType\t''
Desired\t''
Running\t''
Nodes\t''
CreateTime\t''
ResourceType\t''
Attached\t''
NextAction\t''
Tags\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -l all -d 'Every match, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -s f -l file -d 'The environment, JSON or YAML (`-` reads stdin)' -r -F
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l zone -d 'Availability zone (Placement.Zone), when the file does not give it' -r -f -a "ap-guangzhou-3\t''
ap-guangzhou-4\t''
ap-guangzhou-6\t''
ap-guangzhou-7\t''
ap-shanghai-2\t''
ap-shanghai-3\t''
ap-shanghai-4\t''
ap-shanghai-5\t''
ap-nanjing-1\t''
ap-nanjing-2\t''
ap-nanjing-3\t''
ap-beijing-3\t''
ap-beijing-5\t''
ap-beijing-6\t''
ap-beijing-7\t''
ap-chengdu-1\t''
ap-chengdu-2\t''
ap-chongqing-1\t''
ap-hongkong-2\t''
ap-hongkong-3\t''
ap-taipei-1\t''
ap-singapore-1\t''
ap-singapore-2\t''
ap-singapore-3\t''
ap-jakarta-1\t''
ap-jakarta-2\t''
ap-seoul-1\t''
ap-seoul-2\t''
ap-tokyo-1\t''
ap-tokyo-2\t''
ap-mumbai-1\t''
ap-mumbai-2\t''
ap-bangkok-1\t''
ap-bangkok-2\t''
na-siliconvalley-1\t''
na-siliconvalley-2\t''
na-ashburn-1\t''
na-ashburn-2\t''
na-toronto-1\t''
eu-frankfurt-1\t''
eu-frankfurt-2\t''
eu-moscow-1\t''
sa-saopaulo-1\t''
ap-shanghai-fsi-1\t''
ap-shanghai-fsi-2\t''
ap-shenzhen-fsi-1\t''
ap-shenzhen-fsi-2\t''
ap-beijing-fsi-1\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l name -d 'Name of the environment (replaces the file\'s EnvName)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l client-token -d 'Idempotency token (default: a fresh one, the same on every retry)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l interval -d 'With --wait: time between polls (e.g. 5s, 1m)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l max-wait -d 'With --wait: give up (exit 8) after this long; 0 waits without limit' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l wait -d 'Wait until it has taken effect (nodes RUNNING, or the environment gone)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l desired -d 'The number of nodes wanted (DesiredComputeNodeCount)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l name -d 'New name (EnvName)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l description -d 'New description (EnvDescription)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -s f -l file -d 'Members of ModifyComputeEnv from a JSON or YAML file (flags replace them)' -r -F
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l interval -d 'With --wait: time between polls (e.g. 5s, 1m)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l max-wait -d 'With --wait: give up (exit 8) after this long; 0 waits without limit' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l wait -d 'Wait until it has taken effect (nodes RUNNING, or the environment gone)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l interval -d 'With --wait: time between polls (e.g. 5s, 1m)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l max-wait -d 'With --wait: give up (exit 8) after this long; 0 waits without limit' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Delete it even though it has nodes (they are terminated)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l wait -d 'Wait until it has taken effect (nodes RUNNING, or the environment gone)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l columns -d 'Columns of table and csv output, by csv name or header' -r -f -a "ComputeNodeId\t''
ComputeNodeInstanceId\t''
ComputeNodeState\t''
PrivateIpAddresses\t''
TaskInstanceNumAvailable\t''
ResourceCreatedTime\t''
Cpu\t''
Mem\t''
ResourceOrigin\t''
PublicIpAddresses\t''
AgentVersion\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l node -d 'Only this node\'s activities (filter compute-node-id)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l limit -d 'At most N in total [default: 20]; above 100, several pages are fetched' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l offset -d 'Start at the N-th match' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l page-size -d 'Items per request, 1 to 100 [default: 100 when several pages are needed]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l columns -d 'Columns of table and csv output, by csv name or header' -r -f -a "ActivityId\t''
ComputeNodeId\t''
ComputeNodeActivityType\t''
ActivityState\t''
StartTime\t''
Cause\t''
StateReason\t''
EndTime\t''
InstanceId\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l all -d 'Every match, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l instance -d 'CVM instance ID (repeatable, comma-separated)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l instance -d 'CVM instance ID (repeatable, comma-separated)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -s y -l yes -d 'Terminate more than one node without asking'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "list" -d 'List compute environments (DescribeComputeEnvs), with filters and paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "view" -d 'One compute environment with its nodes (DescribeComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a compute environment from a JSON or YAML file (CreateComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "modify" -d 'Change a compute environment\'s desired node count, name or description (ModifyComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a compute environment (DeleteComputeEnv); one with nodes needs --yes'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "nodes" -d 'The nodes of a compute environment (DescribeComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "activities" -d 'What happened to a compute environment\'s nodes (DescribeComputeEnvActivities)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Add your own CVM instances to a compute environment (AttachInstances)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "detach" -d 'Take instances out of a compute environment (DetachInstances)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "terminate-nodes" -d 'Terminate nodes of a compute environment (TerminateComputeNodes)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "init" -d 'Print an annotated environment file to start from, that `envs create -f` takes as is'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -f -a "list" -d 'List task templates (DescribeTaskTemplates), with filters and paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -f -a "ls" -d 'List task templates (DescribeTaskTemplates), with filters and paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -f -a "view" -d 'One task template (DescribeTaskTemplates by ID)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -f -a "create" -d 'Create a task template from a JSON or YAML file (CreateTaskTemplate)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -f -a "modify" -d 'Change a task template (ModifyTaskTemplate)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -f -a "delete" -d 'Delete task templates (DeleteTaskTemplates)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -f -a "init" -d 'Print an annotated task template file to start from, that `templates create -f` takes as is'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list ls view create modify delete init help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l name -d 'Filter by name (task-template-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l tag -d 'Filter by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l tag-key -d 'Filter by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l tag-value -d 'Filter by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l filter -d 'Any filter by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l limit -d 'At most N in total [default: 20]; above 100, several pages are fetched' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l offset -d 'Start at the N-th match' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1 to 100 [default: 100 when several pages are needed]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l columns -d 'Columns of table and csv output, by csv name or header' -r -f -a "TaskTemplateId\t''
TaskTemplateName\t''
TaskName\t''
Instances\t''
Runs\t''
Command\t''
CreateTime\t''
Description\t''
Tags\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l all -d 'Every match, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l name -d 'Filter by name (task-template-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l tag -d 'Filter by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l tag-key -d 'Filter by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l tag-value -d 'Filter by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l filter -d 'Any filter by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l limit -d 'At most N in total [default: 20]; above 100, several pages are fetched' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l offset -d 'Start at the N-th match' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l page-size -d 'Items per request, 1 to 100 [default: 100 when several pages are needed]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l columns -d 'Columns of table and csv output, by csv name or header' -r -f -a "TaskTemplateId\t''
TaskTemplateName\t''
TaskName\t''
Instances\t''
Runs\t''
Command\t''
CreateTime\t''
Description\t''
Tags\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -l all -d 'Every match, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -s f -l file -d 'The template, JSON or YAML (`-` reads stdin)' -r -F
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l name -d 'Name (replaces the file\'s TaskTemplateName)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -s f -l file -d 'Members of ModifyTaskTemplate from a JSON or YAML file (flags replace them)' -r -F
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l name -d 'New name (TaskTemplateName)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l description -d 'New description (TaskTemplateDescription)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "list" -d 'List task templates (DescribeTaskTemplates), with filters and paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "view" -d 'One task template (DescribeTaskTemplates by ID)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a task template from a JSON or YAML file (CreateTaskTemplate)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "modify" -d 'Change a task template (ModifyTaskTemplate)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete task templates (DeleteTaskTemplates)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "init" -d 'Print an annotated task template file to start from, that `templates create -f` takes as is'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -f -a "instance-types" -d 'CVM instance types Batch can launch (DescribeAvailableCvmInstanceTypes)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -f -a "zone-configs" -d 'Instance types per zone with charge type, price and status (DescribeCvmZoneInstanceConfigInfos)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -f -a "categories" -d 'Instance categories and their families (DescribeInstanceCategories)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l zone -d 'Filter by availability zone (zone)' -r -f -a "ap-guangzhou-3\t''
ap-guangzhou-4\t''
ap-guangzhou-6\t''
ap-guangzhou-7\t''
ap-shanghai-2\t''
ap-shanghai-3\t''
ap-shanghai-4\t''
ap-shanghai-5\t''
ap-nanjing-1\t''
ap-nanjing-2\t''
ap-nanjing-3\t''
ap-beijing-3\t''
ap-beijing-5\t''
ap-beijing-6\t''
ap-beijing-7\t''
ap-chengdu-1\t''
ap-chengdu-2\t''
ap-chongqing-1\t''
ap-hongkong-2\t''
ap-hongkong-3\t''
ap-taipei-1\t''
ap-singapore-1\t''
ap-singapore-2\t''
ap-singapore-3\t''
ap-jakarta-1\t''
ap-jakarta-2\t''
ap-seoul-1\t''
ap-seoul-2\t''
ap-tokyo-1\t''
ap-tokyo-2\t''
ap-mumbai-1\t''
ap-mumbai-2\t''
ap-bangkok-1\t''
ap-bangkok-2\t''
na-siliconvalley-1\t''
na-siliconvalley-2\t''
na-ashburn-1\t''
na-ashburn-2\t''
na-toronto-1\t''
eu-frankfurt-1\t''
eu-frankfurt-2\t''
eu-moscow-1\t''
sa-saopaulo-1\t''
ap-shanghai-fsi-1\t''
ap-shanghai-fsi-2\t''
ap-shenzhen-fsi-1\t''
ap-shenzhen-fsi-2\t''
ap-beijing-fsi-1\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l family -d 'Filter by instance family (instance-family), e.g. S5' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l columns -d 'Columns of table and csv output, by csv name or header' -r -f -a "Zone\t''
InstanceType\t''
InstanceFamily\t''
Cpu\t''
Mem\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l zone -d 'Filter by availability zone (zone)' -r -f -a "ap-guangzhou-3\t''
ap-guangzhou-4\t''
ap-guangzhou-6\t''
ap-guangzhou-7\t''
ap-shanghai-2\t''
ap-shanghai-3\t''
ap-shanghai-4\t''
ap-shanghai-5\t''
ap-nanjing-1\t''
ap-nanjing-2\t''
ap-nanjing-3\t''
ap-beijing-3\t''
ap-beijing-5\t''
ap-beijing-6\t''
ap-beijing-7\t''
ap-chengdu-1\t''
ap-chengdu-2\t''
ap-chongqing-1\t''
ap-hongkong-2\t''
ap-hongkong-3\t''
ap-taipei-1\t''
ap-singapore-1\t''
ap-singapore-2\t''
ap-singapore-3\t''
ap-jakarta-1\t''
ap-jakarta-2\t''
ap-seoul-1\t''
ap-seoul-2\t''
ap-tokyo-1\t''
ap-tokyo-2\t''
ap-mumbai-1\t''
ap-mumbai-2\t''
ap-bangkok-1\t''
ap-bangkok-2\t''
na-siliconvalley-1\t''
na-siliconvalley-2\t''
na-ashburn-1\t''
na-ashburn-2\t''
na-toronto-1\t''
eu-frankfurt-1\t''
eu-frankfurt-2\t''
eu-moscow-1\t''
sa-saopaulo-1\t''
ap-shanghai-fsi-1\t''
ap-shanghai-fsi-2\t''
ap-shenzhen-fsi-1\t''
ap-shenzhen-fsi-2\t''
ap-beijing-fsi-1\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l family -d 'Filter by instance family (instance-family)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l type -d 'Filter by instance type (instance-type), e.g. S5.MEDIUM4' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l charge-type -d 'Filter by charge type (instance-charge-type), e.g. POSTPAID_BY_HOUR' -r -f -a "POSTPAID_BY_HOUR\t''
SPOTPAID\t''
PREPAID\t''
CDHPAID\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l columns -d 'Columns of table and csv output, by csv name or header' -r -f -a "Zone\t''
InstanceType\t''
InstanceChargeType\t''
Cpu\t''
Memory\t''
Price\t''
StatusCategory\t''
Status\t''
InstanceFamily\t''
TypeName\t''
UnitPrice\t''
Gpu\t''
CpuType\t''
Frequency\t''
InstanceBandwidth\t''
InstancePps\t''
NetworkCard\t''
SoldOutReason\t''
Remark\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l columns -d 'Columns of table and csv output, by csv name or header' -r -f -a "InstanceCategory\t''
InstanceFamilySet\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "instance-types" -d 'CVM instance types Batch can launch (DescribeAvailableCvmInstanceTypes)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "zone-configs" -d 'Instance types per zone with charge type, price and status (DescribeCvmZoneInstanceConfigInfos)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "categories" -d 'Instance categories and their families (DescribeInstanceCategories)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -f -a "show" -d 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked), and every default with where it came from'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -f -a "set" -d 'Keep a default for the profile (--profile, else default) in batchctl\'s config file'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -f -a "get" -d 'Print the profile\'s stored value of a default; exit 1, printing nothing, when it holds none (as `git config` does)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -f -a "unset" -d 'Remove a default from the profile (nothing to remove is not an error)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show set get unset help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked), and every default with where it came from'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Keep a default for the profile (--profile, else default) in batchctl\'s config file'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print the profile\'s stored value of a default; exit 1, printing nothing, when it holds none (as `git config` does)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "unset" -d 'Remove a default from the profile (nothing to remove is not an error)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l name -d 'Jobs by name (job-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l state -d 'Jobs by state (job-state), case-insensitive' -r -f -a "SUBMITTED\t''
PENDING\t''
RUNNABLE\t''
STARTING\t''
RUNNING\t''
SUCCEED\t''
FAILED\t''
FAILED_INTERRUPTED\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l zone -d 'Jobs by availability zone (zone)' -r -f -a "ap-guangzhou-3\t''
ap-guangzhou-4\t''
ap-guangzhou-6\t''
ap-guangzhou-7\t''
ap-shanghai-2\t''
ap-shanghai-3\t''
ap-shanghai-4\t''
ap-shanghai-5\t''
ap-nanjing-1\t''
ap-nanjing-2\t''
ap-nanjing-3\t''
ap-beijing-3\t''
ap-beijing-5\t''
ap-beijing-6\t''
ap-beijing-7\t''
ap-chengdu-1\t''
ap-chengdu-2\t''
ap-chongqing-1\t''
ap-hongkong-2\t''
ap-hongkong-3\t''
ap-taipei-1\t''
ap-singapore-1\t''
ap-singapore-2\t''
ap-singapore-3\t''
ap-jakarta-1\t''
ap-jakarta-2\t''
ap-seoul-1\t''
ap-seoul-2\t''
ap-tokyo-1\t''
ap-tokyo-2\t''
ap-mumbai-1\t''
ap-mumbai-2\t''
ap-bangkok-1\t''
ap-bangkok-2\t''
na-siliconvalley-1\t''
na-siliconvalley-2\t''
na-ashburn-1\t''
na-ashburn-2\t''
na-toronto-1\t''
eu-frankfurt-1\t''
eu-frankfurt-2\t''
eu-moscow-1\t''
sa-saopaulo-1\t''
ap-shanghai-fsi-1\t''
ap-shanghai-fsi-2\t''
ap-shenzhen-fsi-1\t''
ap-shenzhen-fsi-2\t''
ap-beijing-fsi-1\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l tag -d 'Jobs by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l tag-key -d 'Jobs by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l tag-value -d 'Jobs by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l filter -d 'Jobs by any filter, by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l since -d 'Jobs created at or after this: a duration back from now (3h, 1d) or a time (2026-12-01, RFC 3339)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l until -d 'Jobs created before this: a duration back from now or a time, as --since' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l limit -d 'At most N jobs in total [default: 20]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l offset -d 'Start at the N-th matching job' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l page-size -d 'Jobs per request, 1 to 100 [default: 100 when several pages are needed]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l interval -d 'Time between refreshes (e.g. 2s, 10s, 1m)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -l all -d 'Every matching job, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand top" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l cli-input-json -d 'The whole request body from a JSON file (file://PATH) or stdin (-); parameters given too replace its members' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -l all -d 'Every page, for the actions that page (Offset, Limit, TotalCount)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -s h -l help -d 'Help for `api`, or with an ACTION the action\'s parameters'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "AttachInstances"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "CreateComputeEnv"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "CreateTaskTemplate"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DeleteComputeEnv"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DeleteJob"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DeleteTaskTemplates"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeAvailableCvmInstanceTypes"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeComputeEnv"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeComputeEnvActivities"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeComputeEnvCreateInfo"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeComputeEnvCreateInfos"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeComputeEnvs"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeCvmZoneInstanceConfigInfos"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeInstanceCategories"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeJob"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeJobMonitorData"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeJobSubmitInfo"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeJobs"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeTask"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeTaskLogs"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DescribeTaskTemplates"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "DetachInstances"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "ModifyComputeEnv"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "ModifyTaskTemplate"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "RetryJobs"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "SubmitJob"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "TerminateComputeNode"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "TerminateComputeNodes"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "TerminateJob"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and not __fish_seen_subcommand_from AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance" -a "TerminateTaskInstance"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l EnvId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l Instances -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from AttachInstances" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l ComputeEnv -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l Placement -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l ClientToken -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateComputeEnv" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l TaskTemplateName -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l TaskTemplateInfo -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l TaskTemplateDescription -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l Tags -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from CreateTaskTemplate" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l EnvId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteComputeEnv" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l JobId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteJob" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l TaskTemplateIds -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DeleteTaskTemplates" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l Filters -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeAvailableCvmInstanceTypes" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l EnvId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnv" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l EnvId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l Offset -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l Limit -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l Filters -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvActivities" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l EnvId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfo" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l EnvIds -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l Filters -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l Offset -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l Limit -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvCreateInfos" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l EnvIds -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l Filters -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l Offset -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l Limit -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeComputeEnvs" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l Filters -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeCvmZoneInstanceConfigInfos" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeInstanceCategories" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l JobId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJob" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l JobId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l TaskName -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l TaskInstanceIndex -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l MetricName -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l StartTime -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l EndTime -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l Dimensions -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobMonitorData" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l JobId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobSubmitInfo" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l JobIds -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l Filters -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l Offset -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l Limit -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeJobs" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l JobId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l TaskName -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l Offset -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l Limit -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l Filters -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTask" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l JobId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l TaskName -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l TaskInstanceIndexes -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l Offset -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l Limit -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskLogs" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l TaskTemplateIds -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l Filters -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l Offset -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l Limit -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DescribeTaskTemplates" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l EnvId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l InstanceIds -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from DetachInstances" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l EnvId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l DesiredComputeNodeCount -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l EnvName -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l EnvDescription -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l EnvData -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyComputeEnv" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l TaskTemplateId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l TaskTemplateName -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l TaskTemplateDescription -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l TaskTemplateInfo -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from ModifyTaskTemplate" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l JobIds -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from RetryJobs" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l Placement -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l Job -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l ClientToken -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from SubmitJob" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l EnvId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l ComputeNodeId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNode" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l EnvId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l ComputeNodeIds -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateComputeNodes" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l JobId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateJob" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l JobId -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l TaskName -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l TaskInstanceIndex -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -s o -l output -d 'Output format (case-insensitive); when neither this nor BATCHCTL_OUTPUT is given, the profile\'s `config set output`, else table (json for `api ACTION`, and for `api` when piped)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou) [default: the profile\'s `config set region`, else the tccli profile\'s region]' -r -f -a "ap-guangzhou\t''
ap-shanghai\t''
ap-nanjing\t''
ap-beijing\t''
ap-chengdu\t''
ap-chongqing\t''
ap-hongkong\t''
ap-taipei\t''
ap-singapore\t''
ap-jakarta\t''
ap-seoul\t''
ap-tokyo\t''
ap-mumbai\t''
ap-bangkok\t''
na-siliconvalley\t''
na-ashburn\t''
na-toronto\t''
eu-frankfurt\t''
eu-moscow\t''
sa-saopaulo\t''
ap-shanghai-fsi\t''
ap-shenzhen-fsi\t''
ap-beijing-fsi\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials; `--emulator=local` runs submitted jobs\' commands on this machine (see `emulator serve --exec`)' -r -f -a "simulate\t'Interpret echo, sleep and exit (nothing runs)'
local\t'Run each command with `sh -c` on this machine'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api; and __fish_seen_subcommand_from TerminateTaskInstance" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from run jobs emulator envs templates catalog config top completions api help" -f -a "run" -d 'Run a command in the cloud: submit it as a job, stream its output, exit with its status'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from run jobs emulator envs templates catalog config top completions api help" -f -a "jobs" -d 'Jobs: init, submit, list, wait, view, tasks, logs, why, terminate, retry, delete'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from run jobs emulator envs templates catalog config top completions api help" -f -a "emulator" -d 'Serve a local Batch API emulator, for offline use and tests'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from run jobs emulator envs templates catalog config top completions api help" -f -a "envs" -d 'Compute environments: init, list, view, create, modify (resize), delete, nodes, activities, attach, detach'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from run jobs emulator envs templates catalog config top completions api help" -f -a "templates" -d 'Task templates: init, list, view, create, modify, delete'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from run jobs emulator envs templates catalog config top completions api help" -f -a "catalog" -d 'What can be launched where: instance types, zone configurations, categories'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from run jobs emulator envs templates catalog config top completions api help" -f -a "config" -d 'Show the configuration in use; set, get or unset the defaults kept per profile'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from run jobs emulator envs templates catalog config top completions api help" -f -a "top" -d 'A live, full-screen view of jobs, their tasks, instances and logs (needs a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from run jobs emulator envs templates catalog config top completions api help" -f -a "completions" -d 'Print a shell completion script'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from run jobs emulator envs templates catalog config top completions api help" -f -a "api" -d 'Call any action of the Batch API with tccli\'s parameters (`batchctl api` lists them)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from run jobs emulator envs templates catalog config top completions api help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "describe" -d 'Describe jobs (DescribeJobs): by ID, or by filters, with paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "wait" -d 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "view" -d 'One job with its tasks and dependences (DescribeJob; also `show`, `status`)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "init" -d 'Print an annotated job file to start from, that `jobs submit -f` takes as is'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "submit" -d 'Submit a job from a JSON or YAML file, or from a task template (SubmitJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "spec" -d 'The job as submitted, as a file `jobs submit -f` takes (DescribeJobSubmitInfo)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "tasks" -d 'Task instances: state, exit code, reason, node (DescribeTask)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "logs" -d 'Task instances\' stdout and stderr, decoded (DescribeTaskLogs)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "why" -d 'Why a job failed, in one view: failed instances, exit codes, stderr, the command'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "timeline" -d 'When each instance waited and ran, as bars on one time axis (or an SVG file)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "usage" -d 'What each task used of its machines (CPU, memory) and what it cost, as `seff` tells'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "terminate" -d 'Terminate jobs (TerminateJob; also `cancel`)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "retry" -d 'Retry failed jobs: their failed instances run again (RetryJobs)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "delete" -d 'Delete finished jobs (DeleteJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "graph" -d 'The task graph: each task\'s state and instance counts, as mermaid or Graphviz DOT'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "terminate-instance" -d 'Terminate one task instance (TerminateTaskInstance)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "serve" -d 'Serve all 30 actions of the Batch API on a local HTTP port from one simulated world (jobs on a virtual clock, or run for real with --exec local), for the public demo credentials, with the service\'s signatures, limits, quotas and errors'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "list" -d 'List compute environments (DescribeComputeEnvs), with filters and paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "view" -d 'One compute environment with its nodes (DescribeComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "create" -d 'Create a compute environment from a JSON or YAML file (CreateComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "modify" -d 'Change a compute environment\'s desired node count, name or description (ModifyComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "delete" -d 'Delete a compute environment (DeleteComputeEnv); one with nodes needs --yes'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "nodes" -d 'The nodes of a compute environment (DescribeComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "activities" -d 'What happened to a compute environment\'s nodes (DescribeComputeEnvActivities)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "attach" -d 'Add your own CVM instances to a compute environment (AttachInstances)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "detach" -d 'Take instances out of a compute environment (DetachInstances)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "terminate-nodes" -d 'Terminate nodes of a compute environment (TerminateComputeNodes)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "init" -d 'Print an annotated environment file to start from, that `envs create -f` takes as is'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "list" -d 'List task templates (DescribeTaskTemplates), with filters and paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "view" -d 'One task template (DescribeTaskTemplates by ID)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "create" -d 'Create a task template from a JSON or YAML file (CreateTaskTemplate)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "modify" -d 'Change a task template (ModifyTaskTemplate)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "delete" -d 'Delete task templates (DeleteTaskTemplates)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "init" -d 'Print an annotated task template file to start from, that `templates create -f` takes as is'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "instance-types" -d 'CVM instance types Batch can launch (DescribeAvailableCvmInstanceTypes)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "zone-configs" -d 'Instance types per zone with charge type, price and status (DescribeCvmZoneInstanceConfigInfos)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "categories" -d 'Instance categories and their families (DescribeInstanceCategories)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked), and every default with where it came from'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Keep a default for the profile (--profile, else default) in batchctl\'s config file'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "get" -d 'Print the profile\'s stored value of a default; exit 1, printing nothing, when it holds none (as `git config` does)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "unset" -d 'Remove a default from the profile (nothing to remove is not an error)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "AttachInstances"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "CreateComputeEnv"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "CreateTaskTemplate"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DeleteComputeEnv"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DeleteJob"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DeleteTaskTemplates"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeAvailableCvmInstanceTypes"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeComputeEnv"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeComputeEnvActivities"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeComputeEnvCreateInfo"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeComputeEnvCreateInfos"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeComputeEnvs"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeCvmZoneInstanceConfigInfos"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeInstanceCategories"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeJob"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeJobMonitorData"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeJobSubmitInfo"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeJobs"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeTask"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeTaskLogs"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DescribeTaskTemplates"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "DetachInstances"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "ModifyComputeEnv"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "ModifyTaskTemplate"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "RetryJobs"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "SubmitJob"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "TerminateComputeNode"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "TerminateComputeNodes"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "TerminateJob"
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "TerminateTaskInstance"
