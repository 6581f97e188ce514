# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_batchctl_global_optspecs
    string join \n o/output= query= region= profile= endpoint= timeout= max-attempts= rate-limit= language= debug dry-run no-color q/quiet emulator use-cvm-role h/help V/version
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

complete -c batchctl -n "__fish_batchctl_needs_command" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_needs_command" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_needs_command" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_needs_command" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_needs_command" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_needs_command" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_needs_command" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_needs_command" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_needs_command" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_needs_command" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_needs_command" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_needs_command" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_needs_command" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_needs_command" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_needs_command" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_needs_command" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "jobs" -d 'Query Batch jobs'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "api" -d 'Call any action of the Batch API with tccli\'s parameters (`batchctl api` lists them)'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "emulator" -d 'A local Batch API emulator for offline use and tests'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "envs" -d 'Compute environments: list, view, create, resize, nodes, activities'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "templates" -d 'Task templates: list, view, create, modify, delete'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "catalog" -d 'What can be launched where: instance types, zone configurations, categories'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "config" -d 'Show the configuration batchctl would use'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -f -a "describe" -d 'Describe jobs (DescribeJobs): by ID, or by filters, with paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -f -a "list" -d 'Describe jobs (DescribeJobs): by ID, or by filters, with paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -f -a "wait" -d 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -f -a "view" -d 'One job with its tasks and dependences (DescribeJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -f -a "submit" -d 'Submit a job from a JSON or YAML file (SubmitJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -f -a "spec" -d 'The job as submitted, as a file `jobs submit -f` takes (DescribeJobSubmitInfo)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -f -a "tasks" -d 'Task instances: state, exit code, reason, node (DescribeTask)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -f -a "logs" -d 'Task instances\' stdout and stderr, decoded (DescribeTaskLogs)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -f -a "why" -d 'Why a job failed, in one view: failed instances, exit codes, stderr, the command'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -f -a "terminate" -d 'Terminate jobs (TerminateJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -f -a "retry" -d 'Retry failed jobs: their failed instances run again (RetryJobs)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -f -a "delete" -d 'Delete finished jobs (DeleteJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -f -a "terminate-instance" -d 'Terminate one task instance (TerminateTaskInstance)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe list wait view submit spec tasks logs why terminate retry delete terminate-instance help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l name -d 'Filter by job name (job-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l state -d 'Filter by state (job-state), case-insensitive' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l zone -d 'Filter by availability zone (zone)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l tag -d 'Filter by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l tag-key -d 'Filter by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l tag-value -d 'Filter by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l filter -d 'Any filter by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l limit -d 'At most N jobs in total [default: 20]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l offset -d 'Start at the N-th matching job' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l page-size -d 'Jobs per request, 1 to 100 [default: 100 when several pages are needed]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l columns -d 'Columns for table and csv, comma-separated (names as in the csv header)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l all -d 'Every matching job, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l no-headers -d 'No header row in table and csv output'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l name -d 'Filter by job name (job-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l state -d 'Filter by state (job-state), case-insensitive' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l zone -d 'Filter by availability zone (zone)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l tag -d 'Filter by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l tag-key -d 'Filter by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l tag-value -d 'Filter by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l filter -d 'Any filter by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l limit -d 'At most N jobs in total [default: 20]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l offset -d 'Start at the N-th matching job' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l page-size -d 'Jobs per request, 1 to 100 [default: 100 when several pages are needed]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l columns -d 'Columns for table and csv, comma-separated (names as in the csv header)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l all -d 'Every matching job, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l no-headers -d 'No header row in table and csv output'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l interval -d 'Time between polls (e.g. 500ms, 10s, 1m)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l max-wait -d 'Give up (exit 8) after this long; 0 waits without limit' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l columns -d 'Columns for table and csv output of the final jobs' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l no-headers -d 'No header row in table and csv output'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -s f -l file -d 'The job file, JSON or YAML (`-` reads stdin)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l template -d 'Instead of a file: one task, the task template\'s (`--name` names the job)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l env -d 'Run every task on this compute environment (sets each task\'s EnvId, drops ComputeEnv)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l zone -d 'Availability zone (sets Placement.Zone; required unless the file has it)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l name -d 'The job\'s name (sets Job.JobName)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l set -d 'Set a member inside the Job by a dotted path, typed by the model (repeatable)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l client-token -d 'The ClientToken (at most 64 ASCII characters) [default: a fresh one]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l interval -d 'With --wait: time between polls' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l max-wait -d 'With --wait: give up (exit 8) after this long; 0 waits without limit' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l wait -d 'Then wait until the job ends (exit 0 succeeded, 7 failed, 8 --max-wait passed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from submit" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from spec" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l task -d 'Only this task (repeatable) [default: every task of the job]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l state -d 'Only instances in this state' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l limit -d 'At most N instances per task [default: 100]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l all -d 'Every instance, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from tasks" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l task -d 'Only this task [default: every task of the job]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l instance -d 'Only this instance index (repeatable)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l interval -d 'With --follow: time between polls' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l stdout -d 'Only the stdout logs'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l stderr -d 'Only the stderr logs'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l failed -d 'Only failed instances'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l follow -d 'Keep polling while the job runs, printing what is new'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from logs" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l limit -d 'At most N failed instances per task' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l lines -d 'The last N lines of each failed instance\'s stderr' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from why" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l name -d 'Select by job name (job-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l state -d 'Select by state (job-state), case-insensitive' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l zone -d 'Select by availability zone (zone)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l tag -d 'Select by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l tag-key -d 'Select by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l tag-value -d 'Select by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l filter -d 'Select by any filter by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l yes -d 'Act on the jobs the selectors match (without it they are only listed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l name -d 'Select by job name (job-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l state -d 'Select by state (job-state), case-insensitive' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l zone -d 'Select by availability zone (zone)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l tag -d 'Select by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l tag-key -d 'Select by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l tag-value -d 'Select by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l filter -d 'Select by any filter by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l yes -d 'Act on the jobs the selectors match (without it they are only listed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from retry" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l name -d 'Select by job name (job-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l state -d 'Select by state (job-state), case-insensitive' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l zone -d 'Select by availability zone (zone)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l tag -d 'Select by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l tag-key -d 'Select by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l tag-value -d 'Select by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l filter -d 'Select by any filter by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l yes -d 'Act on the jobs the selectors match (without it they are only listed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from terminate-instance" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Describe jobs (DescribeJobs): by ID, or by filters, with paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "view" -d 'One job with its tasks and dependences (DescribeJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Submit a job from a JSON or YAML file (SubmitJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "spec" -d 'The job as submitted, as a file `jobs submit -f` takes (DescribeJobSubmitInfo)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "tasks" -d 'Task instances: state, exit code, reason, node (DescribeTask)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Task instances\' stdout and stderr, decoded (DescribeTaskLogs)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "why" -d 'Why a job failed, in one view: failed instances, exit codes, stderr, the command'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "terminate" -d 'Terminate jobs (TerminateJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Retry failed jobs: their failed instances run again (RetryJobs)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete finished jobs (DeleteJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "terminate-instance" -d 'Terminate one task instance (TerminateTaskInstance)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l cli-input-json -d 'The whole request body from a JSON file (file://PATH) or stdin (-); parameters given too replace its members' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l all -d 'Every page, for the actions that page (Offset, Limit, TotalCount)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -s h -l help -d 'Help for `api`, or with an ACTION the action\'s parameters'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -f -a "serve" -d 'Serve DescribeJobs on HTTP, verifying signatures as the real service does'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l listen -d 'Address to listen on (loopback by default; port 0 picks a free one)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l jobs -d 'Serve these jobs: a JSON array of JobViews or a DescribeJobs response document' -r -F
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l generate -d 'Serve N deterministic generated jobs' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l log -d 'Append one JSON line per request received to FILE' -r -F
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l rate-limit -d 'Requests accepted per second, SecretId and action: `published` (each action\'s published limit, as the real service), or N for every action (0: no limit); above it the answer is RequestLimitExceeded' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l inject -d 'Faults to play, one per request in arrival order, before answering normally: ok, limit, internal, http502, reset, hang, badjson, truncate, expire, lost (the request takes effect, then the connection drops before the answer); NAME*N repeats one (e.g. internal*2,ok)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l speed -d 'Run the virtual clock X times as fast as real time (submitted jobs\' states, times and logs follow it); 0 stops it [default: 1, or 0 with --advance]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l state-file -d 'Keep the world in FILE: loaded at start when it exists, saved after every change' -r -F
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l advance -d 'Move jobs as they are polled, for trying `jobs wait`: each job in a successful answer moves one state forward right after it (the answer shows the state before): SUBMITTED → PENDING → RUNNABLE → STARTING → RUNNING → final; terminal jobs never move. Final: the job\'s `emulator-outcome` tag if SUCCEED, FAILED or FAILED_INTERRUPTED (any case), else FAILED if its name contains "fail" (any case), else SUCCEED. TaskMetrics and EndTime follow the state. A submitted job moves to the next moment its state changes; without --speed, time then stands still'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve DescribeJobs on HTTP, verifying signatures as the real service does'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -f -a "list" -d 'List compute environments (DescribeComputeEnvs), with filters and paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -f -a "view" -d 'One compute environment with its nodes (DescribeComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -f -a "create" -d 'Create a compute environment from a JSON or YAML file (CreateComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -f -a "modify" -d 'Change a compute environment\'s desired node count, name or description (ModifyComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -f -a "delete" -d 'Delete a compute environment (DeleteComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -f -a "nodes" -d 'The nodes of a compute environment (DescribeComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -f -a "activities" -d 'What happened to a compute environment\'s nodes (DescribeComputeEnvActivities)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -f -a "attach" -d 'Add your own CVM instances to a compute environment (AttachInstances)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -f -a "detach" -d 'Take instances out of a compute environment (DetachInstances)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -f -a "terminate-nodes" -d 'Terminate nodes of a compute environment (TerminateComputeNodes)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and not __fish_seen_subcommand_from list view create modify delete nodes activities attach detach terminate-nodes help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l env-id -d 'Filter by environment ID (env-id)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l name -d 'Filter by name (env-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l zone -d 'Filter by availability zone (zone)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l resource-type -d 'Filter by resource type (resource-type), e.g. CVM or CPM' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l state -d 'Refused with an explanation: the service has no filter by state' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l tag -d 'Filter by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l tag-key -d 'Filter by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l tag-value -d 'Filter by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l filter -d 'Any filter by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l limit -d 'At most N in total [default: 20]; above 100, several pages are fetched' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l offset -d 'Start at the N-th match' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1 to 100 [default: 100 when several pages are needed]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l all -d 'Every match, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -s f -l file -d 'The environment, JSON or YAML (`-` reads stdin)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l zone -d 'Availability zone (Placement.Zone), when the file does not give it' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l name -d 'Name of the environment (replaces the file\'s EnvName)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l client-token -d 'Idempotency token (default: a fresh one, the same on every retry)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l desired -d 'The number of nodes wanted (DesiredComputeNodeCount)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l name -d 'New name (EnvName)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l description -d 'New description (EnvDescription)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -s f -l file -d 'Members of ModifyComputeEnv from a JSON or YAML file (flags replace them)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from modify" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from nodes" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l node -d 'Only this node\'s activities (filter compute-node-id)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l limit -d 'At most N in total [default: 20]; above 100, several pages are fetched' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l offset -d 'Start at the N-th match' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l page-size -d 'Items per request, 1 to 100 [default: 100 when several pages are needed]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l all -d 'Every match, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from activities" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l instance -d 'CVM instance ID (repeatable, comma-separated)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from attach" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l instance -d 'CVM instance ID (repeatable, comma-separated)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from detach" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -s y -l yes -d 'Terminate more than one node without asking'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from terminate-nodes" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "list" -d 'List compute environments (DescribeComputeEnvs), with filters and paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "view" -d 'One compute environment with its nodes (DescribeComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a compute environment from a JSON or YAML file (CreateComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "modify" -d 'Change a compute environment\'s desired node count, name or description (ModifyComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a compute environment (DeleteComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "nodes" -d 'The nodes of a compute environment (DescribeComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "activities" -d 'What happened to a compute environment\'s nodes (DescribeComputeEnvActivities)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Add your own CVM instances to a compute environment (AttachInstances)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "detach" -d 'Take instances out of a compute environment (DetachInstances)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "terminate-nodes" -d 'Terminate nodes of a compute environment (TerminateComputeNodes)'
complete -c batchctl -n "__fish_batchctl_using_subcommand envs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -f -a "list" -d 'List task templates (DescribeTaskTemplates), with filters and paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -f -a "view" -d 'One task template (DescribeTaskTemplates by ID)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -f -a "create" -d 'Create a task template from a JSON or YAML file (CreateTaskTemplate)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -f -a "modify" -d 'Change a task template (ModifyTaskTemplate)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -f -a "delete" -d 'Delete task templates (DeleteTaskTemplates)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and not __fish_seen_subcommand_from list view create modify delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l name -d 'Filter by name (task-template-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l tag -d 'Filter by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l tag-key -d 'Filter by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l tag-value -d 'Filter by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l filter -d 'Any filter by its API name' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l limit -d 'At most N in total [default: 20]; above 100, several pages are fetched' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l offset -d 'Start at the N-th match' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l page-size -d 'Items per request, 1 to 100 [default: 100 when several pages are needed]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l all -d 'Every match, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from view" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -s f -l file -d 'The template, JSON or YAML (`-` reads stdin)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l name -d 'Name (replaces the file\'s TaskTemplateName)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -s f -l file -d 'Members of ModifyTaskTemplate from a JSON or YAML file (flags replace them)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l name -d 'New name (TaskTemplateName)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l description -d 'New description (TaskTemplateDescription)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from modify" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "list" -d 'List task templates (DescribeTaskTemplates), with filters and paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "view" -d 'One task template (DescribeTaskTemplates by ID)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a task template from a JSON or YAML file (CreateTaskTemplate)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "modify" -d 'Change a task template (ModifyTaskTemplate)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete task templates (DeleteTaskTemplates)'
complete -c batchctl -n "__fish_batchctl_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -f -a "instance-types" -d 'CVM instance types Batch can launch (DescribeAvailableCvmInstanceTypes)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -f -a "zone-configs" -d 'Instance types per zone with charge type, price and status (DescribeCvmZoneInstanceConfigInfos)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -f -a "categories" -d 'Instance categories and their families (DescribeInstanceCategories)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and not __fish_seen_subcommand_from instance-types zone-configs categories help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l zone -d 'Filter by availability zone (zone)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l family -d 'Filter by instance family (instance-family), e.g. S5' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from instance-types" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l zone -d 'Filter by availability zone (zone)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l family -d 'Filter by instance family (instance-family)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l type -d 'Filter by instance type (instance-type), e.g. S5.MEDIUM4' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l charge-type -d 'Filter by charge type (instance-charge-type), e.g. POSTPAID_BY_HOUR' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from zone-configs" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from categories" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "instance-types" -d 'CVM instance types Batch can launch (DescribeAvailableCvmInstanceTypes)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "zone-configs" -d 'Instance types per zone with charge type, price and status (DescribeCvmZoneInstanceConfigInfos)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "categories" -d 'Instance categories and their families (DescribeInstanceCategories)'
complete -c batchctl -n "__fish_batchctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -s o -l output -d 'Output format (case-insensitive; `wide` is `table` for now)' -r -f -a "table\t'Aligned columns for people'
wide\t'Every column, uncut (today the same as table)'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l timeout -d 'Limit in seconds for one HTTP attempt, connect included' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l no-color -d 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator envs templates catalog config completions help" -f -a "jobs" -d 'Query Batch jobs'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator envs templates catalog config completions help" -f -a "api" -d 'Call any action of the Batch API with tccli\'s parameters (`batchctl api` lists them)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator envs templates catalog config completions help" -f -a "emulator" -d 'A local Batch API emulator for offline use and tests'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator envs templates catalog config completions help" -f -a "envs" -d 'Compute environments: list, view, create, resize, nodes, activities'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator envs templates catalog config completions help" -f -a "templates" -d 'Task templates: list, view, create, modify, delete'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator envs templates catalog config completions help" -f -a "catalog" -d 'What can be launched where: instance types, zone configurations, categories'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator envs templates catalog config completions help" -f -a "config" -d 'Show the configuration batchctl would use'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator envs templates catalog config completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator envs templates catalog config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "describe" -d 'Describe jobs (DescribeJobs): by ID, or by filters, with paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "wait" -d 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "view" -d 'One job with its tasks and dependences (DescribeJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "submit" -d 'Submit a job from a JSON or YAML file (SubmitJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "spec" -d 'The job as submitted, as a file `jobs submit -f` takes (DescribeJobSubmitInfo)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "tasks" -d 'Task instances: state, exit code, reason, node (DescribeTask)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "logs" -d 'Task instances\' stdout and stderr, decoded (DescribeTaskLogs)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "why" -d 'Why a job failed, in one view: failed instances, exit codes, stderr, the command'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "terminate" -d 'Terminate jobs (TerminateJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "retry" -d 'Retry failed jobs: their failed instances run again (RetryJobs)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "delete" -d 'Delete finished jobs (DeleteJob)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "terminate-instance" -d 'Terminate one task instance (TerminateTaskInstance)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "serve" -d 'Serve DescribeJobs on HTTP, verifying signatures as the real service does'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "list" -d 'List compute environments (DescribeComputeEnvs), with filters and paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "view" -d 'One compute environment with its nodes (DescribeComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "create" -d 'Create a compute environment from a JSON or YAML file (CreateComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "modify" -d 'Change a compute environment\'s desired node count, name or description (ModifyComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "delete" -d 'Delete a compute environment (DeleteComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "nodes" -d 'The nodes of a compute environment (DescribeComputeEnv)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "activities" -d 'What happened to a compute environment\'s nodes (DescribeComputeEnvActivities)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "attach" -d 'Add your own CVM instances to a compute environment (AttachInstances)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "detach" -d 'Take instances out of a compute environment (DetachInstances)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from envs" -f -a "terminate-nodes" -d 'Terminate nodes of a compute environment (TerminateComputeNodes)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "list" -d 'List task templates (DescribeTaskTemplates), with filters and paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "view" -d 'One task template (DescribeTaskTemplates by ID)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "create" -d 'Create a task template from a JSON or YAML file (CreateTaskTemplate)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "modify" -d 'Change a task template (ModifyTaskTemplate)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "delete" -d 'Delete task templates (DeleteTaskTemplates)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "instance-types" -d 'CVM instance types Batch can launch (DescribeAvailableCvmInstanceTypes)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "zone-configs" -d 'Instance types per zone with charge type, price and status (DescribeCvmZoneInstanceConfigInfos)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "categories" -d 'Instance categories and their families (DescribeInstanceCategories)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked)'
