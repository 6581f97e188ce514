# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_batchctl_global_optspecs
    string join \n o/output= query= region= profile= endpoint= timeout= max-attempts= rate-limit= language= debug dry-run no-color color= q/quiet emulator use-cvm-role h/help V/version
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

complete -c batchctl -n "__fish_batchctl_needs_command" -s o -l output -d 'Output format (case-insensitive)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_needs_command" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_needs_command" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r -f -a "ap-guangzhou\t''
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
complete -c batchctl -n "__fish_batchctl_needs_command" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_needs_command" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_needs_command" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_needs_command" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_needs_command" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_needs_command" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_needs_command" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "jobs" -d 'Query Batch jobs'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "api" -d 'Call any action of the Batch API with tccli\'s parameters (`batchctl api` lists them)'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "emulator" -d 'A local Batch API emulator for offline use and tests'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "config" -d 'Show the configuration batchctl would use'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c batchctl -n "__fish_batchctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -s o -l output -d 'Output format (case-insensitive)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r -f -a "ap-guangzhou\t''
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
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -f -a "describe" -d 'Describe jobs (DescribeJobs): by ID, or by filters, with paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -f -a "wait" -d 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and not __fish_seen_subcommand_from describe wait help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l name -d 'Filter by job name (job-name)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l state -d 'Filter by state (job-state), case-insensitive' -r -f -a "SUBMITTED\t''
PENDING\t''
RUNNABLE\t''
STARTING\t''
RUNNING\t''
SUCCEED\t''
FAILED\t''
FAILED_INTERRUPTED\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l zone -d 'Filter by availability zone (zone)' -r -f -a "ap-guangzhou-3\t''
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
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l tag -d 'Filter by tag (tag:KEY)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l tag-key -d 'Filter by tag key (tag-key)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l tag-value -d 'Filter by tag value (tag-value)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l filter -d 'Any filter by its API name' -r
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
Duration\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -s o -l output -d 'Output format (case-insensitive)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r -f -a "ap-guangzhou\t''
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
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l all -d 'Every matching job, all pages'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l no-headers -d 'No header row in table and csv output'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from describe" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l job-id -d 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)' -r
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
Duration\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s o -l output -d 'Output format (case-insensitive)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r -f -a "ap-guangzhou\t''
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
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l fail-fast -d 'End the wait at the first job that fails (exit 7), without waiting for the others'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l no-headers -d 'No header row in table and csv output'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "describe" -d 'Describe jobs (DescribeJobs): by ID, or by filters, with paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED'
complete -c batchctl -n "__fish_batchctl_using_subcommand jobs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l cli-input-json -d 'The whole request body from a JSON file (file://PATH) or stdin (-); parameters given too replace its members' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -s o -l output -d 'Output format (case-insensitive)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r -f -a "ap-guangzhou\t''
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
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l all -d 'Every page, for the actions that page (Offset, Limit, TotalCount)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -s h -l help -d 'Help for `api`, or with an ACTION the action\'s parameters'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand api" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -s o -l output -d 'Output format (case-insensitive)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r -f -a "ap-guangzhou\t''
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
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and not __fish_seen_subcommand_from serve help" -l no-color -d 'No colour: the same as --color never'
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
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format (case-insensitive)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r -f -a "ap-guangzhou\t''
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
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l advance -d 'Move jobs as they are polled, for trying `jobs wait`: each job in a successful answer moves one state forward right after it (the answer shows the state before): SUBMITTED → PENDING → RUNNABLE → STARTING → RUNNING → final; terminal jobs never move. Final: the job\'s `emulator-outcome` tag if SUCCEED, FAILED or FAILED_INTERRUPTED (any case), else FAILED if its name contains "fail" (any case), else SUCCEED. TaskMetrics and EndTime follow the state'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve DescribeJobs on HTTP, verifying signatures as the real service does'
complete -c batchctl -n "__fish_batchctl_using_subcommand emulator; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s o -l output -d 'Output format (case-insensitive)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r -f -a "ap-guangzhou\t''
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
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l profile -d 'Credential/config profile [default: default]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l endpoint -d 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l timeout -d 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l max-attempts -d 'Attempts per request for retryable failures (1 disables retries)' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l rate-limit -d 'Client-side pacing in requests per second, one bucket per action: replaces every action\'s published limit (0: off) [default: each action\'s own limit]' -r
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l language -d 'Language of the service\'s error messages' -r -f -a "en-US\t''
zh-CN\t''"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l color -d 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never' -r -f -a "auto\t'Only on a terminal, and not with NO_COLOR or TERM=dumb'
always\t'Always, even when piped'
never\t'Never'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format (case-insensitive)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r -f -a "ap-guangzhou\t''
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
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked)'
complete -c batchctl -n "__fish_batchctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -s o -l output -d 'Output format (case-insensitive)' -r -f -a "table\t'Aligned columns for people, fitted to the terminal'
wide\t'Every column, never cut'
json\t'One pretty JSON document'
jsonl\t'One compact JSON value per line'
csv\t'RFC 4180 with a header row'
yaml\t'The json document in YAML'"
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l query -d 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored' -r -f
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l region -d 'Region, sent as X-TC-Region (e.g. ap-guangzhou)' -r -f -a "ap-guangzhou\t''
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
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l debug -d 'Request/response diagnostics on stderr (never a secret)'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l dry-run -d 'Print the signed HTTP request(s) that would be sent, and send nothing'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l no-color -d 'No colour: the same as --color never'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -s q -l quiet -d 'No notes or warnings on stderr (errors are still printed)'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l emulator -d 'Run against a built-in, in-process emulator with demo data and demo credentials'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -l use-cvm-role -d 'Take temporary credentials from the CVM instance metadata service (the instance\'s CAM role), skipping the other credential sources'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c batchctl -n "__fish_batchctl_using_subcommand completions" -s V -l version -d 'Print version'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator config completions help" -f -a "jobs" -d 'Query Batch jobs'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator config completions help" -f -a "api" -d 'Call any action of the Batch API with tccli\'s parameters (`batchctl api` lists them)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator config completions help" -f -a "emulator" -d 'A local Batch API emulator for offline use and tests'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator config completions help" -f -a "config" -d 'Show the configuration batchctl would use'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator config completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and not __fish_seen_subcommand_from jobs api emulator config completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "describe" -d 'Describe jobs (DescribeJobs): by ID, or by filters, with paging'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from jobs" -f -a "wait" -d 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from emulator" -f -a "serve" -d 'Serve DescribeJobs on HTTP, verifying signatures as the real service does'
complete -c batchctl -n "__fish_batchctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked)'
