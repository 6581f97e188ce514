
use builtin;
use str;

set edit:completion:arg-completer[batchctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'batchctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'batchctl'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand jobs 'Query Batch jobs'
            cand api 'Call any action of the Batch API with tccli''s parameters (`batchctl api` lists them)'
            cand emulator 'A local Batch API emulator for offline use and tests'
            cand envs 'Compute environments: list, view, create, resize, nodes, activities'
            cand templates 'Task templates: list, view, create, modify, delete'
            cand catalog 'What can be launched where: instance types, zone configurations, categories'
            cand config 'Show the configuration batchctl would use'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;jobs'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand describe 'Describe jobs (DescribeJobs): by ID, or by filters, with paging'
            cand wait 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;jobs;describe'= {
            cand --job-id 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)'
            cand --name 'Filter by job name (job-name)'
            cand --state 'Filter by state (job-state), case-insensitive'
            cand --zone 'Filter by availability zone (zone)'
            cand --tag 'Filter by tag (tag:KEY)'
            cand --tag-key 'Filter by tag key (tag-key)'
            cand --tag-value 'Filter by tag value (tag-value)'
            cand --filter 'Any filter by its API name'
            cand --limit 'At most N jobs in total [default: 20]'
            cand --offset 'Start at the N-th matching job'
            cand --page-size 'Jobs per request, 1 to 100 [default: 100 when several pages are needed]'
            cand --columns 'Columns for table and csv, comma-separated (names as in the csv header)'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --all 'Every matching job, all pages'
            cand --no-headers 'No header row in table and csv output'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;jobs;wait'= {
            cand --job-id 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)'
            cand --interval 'Time between polls (e.g. 500ms, 10s, 1m)'
            cand --max-wait 'Give up (exit 8) after this long; 0 waits without limit'
            cand --columns 'Columns for table and csv output of the final jobs'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --no-headers 'No header row in table and csv output'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;jobs;help'= {
            cand describe 'Describe jobs (DescribeJobs): by ID, or by filters, with paging'
            cand wait 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;jobs;help;describe'= {
        }
        &'batchctl;jobs;help;wait'= {
        }
        &'batchctl;jobs;help;help'= {
        }
        &'batchctl;api'= {
            cand --cli-input-json 'The whole request body from a JSON file (file://PATH) or stdin (-); parameters given too replace its members'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --all 'Every page, for the actions that page (Offset, Limit, TotalCount)'
            cand -h 'Help for `api`, or with an ACTION the action''s parameters'
            cand --help 'Help for `api`, or with an ACTION the action''s parameters'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;emulator'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve DescribeJobs on HTTP, verifying signatures as the real service does'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;emulator;serve'= {
            cand --listen 'Address to listen on (loopback by default; port 0 picks a free one)'
            cand --jobs 'Serve these jobs: a JSON array of JobViews or a DescribeJobs response document'
            cand --generate 'Serve N deterministic generated jobs'
            cand --log 'Append one JSON line per request received to FILE'
            cand --rate-limit 'Requests accepted per second, SecretId and action: `published` (each action''s published limit, as the real service), or N for every action (0: no limit); above it the answer is RequestLimitExceeded'
            cand --inject 'Faults to play, one per request in arrival order, before answering normally: ok, limit, internal, http502, reset, hang, badjson, truncate, expire, lost (the request takes effect, then the connection drops before the answer); NAME*N repeats one (e.g. internal*2,ok)'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --language 'Language of the service''s error messages'
            cand --advance 'Move jobs as they are polled, for trying `jobs wait`: each job in a successful answer moves one state forward right after it (the answer shows the state before): SUBMITTED → PENDING → RUNNABLE → STARTING → RUNNING → final; terminal jobs never move. Final: the job''s `emulator-outcome` tag if SUCCEED, FAILED or FAILED_INTERRUPTED (any case), else FAILED if its name contains "fail" (any case), else SUCCEED. TaskMetrics and EndTime follow the state'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;emulator;help'= {
            cand serve 'Serve DescribeJobs on HTTP, verifying signatures as the real service does'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;emulator;help;serve'= {
        }
        &'batchctl;emulator;help;help'= {
        }
        &'batchctl;envs'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List compute environments (DescribeComputeEnvs), with filters and paging'
            cand view 'One compute environment with its nodes (DescribeComputeEnv)'
            cand create 'Create a compute environment from a JSON or YAML file (CreateComputeEnv)'
            cand modify 'Change a compute environment''s desired node count, name or description (ModifyComputeEnv)'
            cand delete 'Delete a compute environment (DeleteComputeEnv)'
            cand nodes 'The nodes of a compute environment (DescribeComputeEnv)'
            cand activities 'What happened to a compute environment''s nodes (DescribeComputeEnvActivities)'
            cand attach 'Add your own CVM instances to a compute environment (AttachInstances)'
            cand detach 'Take instances out of a compute environment (DetachInstances)'
            cand terminate-nodes 'Terminate nodes of a compute environment (TerminateComputeNodes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;envs;list'= {
            cand --env-id 'Filter by environment ID (env-id)'
            cand --name 'Filter by name (env-name)'
            cand --zone 'Filter by availability zone (zone)'
            cand --resource-type 'Filter by resource type (resource-type), e.g. CVM or CPM'
            cand --state 'Refused with an explanation: the service has no filter by state'
            cand --tag 'Filter by tag (tag:KEY)'
            cand --tag-key 'Filter by tag key (tag-key)'
            cand --tag-value 'Filter by tag value (tag-value)'
            cand --filter 'Any filter by its API name'
            cand --limit 'At most N in total [default: 20]; above 100, several pages are fetched'
            cand --offset 'Start at the N-th match'
            cand --page-size 'Items per request, 1 to 100 [default: 100 when several pages are needed]'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --all 'Every match, all pages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;envs;view'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;envs;create'= {
            cand -f 'The environment, JSON or YAML (`-` reads stdin)'
            cand --file 'The environment, JSON or YAML (`-` reads stdin)'
            cand --zone 'Availability zone (Placement.Zone), when the file does not give it'
            cand --name 'Name of the environment (replaces the file''s EnvName)'
            cand --client-token 'Idempotency token (default: a fresh one, the same on every retry)'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;envs;modify'= {
            cand --desired 'The number of nodes wanted (DesiredComputeNodeCount)'
            cand --name 'New name (EnvName)'
            cand --description 'New description (EnvDescription)'
            cand -f 'Members of ModifyComputeEnv from a JSON or YAML file (flags replace them)'
            cand --file 'Members of ModifyComputeEnv from a JSON or YAML file (flags replace them)'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;envs;delete'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;envs;nodes'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;envs;activities'= {
            cand --node 'Only this node''s activities (filter compute-node-id)'
            cand --limit 'At most N in total [default: 20]; above 100, several pages are fetched'
            cand --offset 'Start at the N-th match'
            cand --page-size 'Items per request, 1 to 100 [default: 100 when several pages are needed]'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --all 'Every match, all pages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;envs;attach'= {
            cand --instance 'CVM instance ID (repeatable, comma-separated)'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;envs;detach'= {
            cand --instance 'CVM instance ID (repeatable, comma-separated)'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;envs;terminate-nodes'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand -y 'Terminate more than one node without asking'
            cand --yes 'Terminate more than one node without asking'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;envs;help'= {
            cand list 'List compute environments (DescribeComputeEnvs), with filters and paging'
            cand view 'One compute environment with its nodes (DescribeComputeEnv)'
            cand create 'Create a compute environment from a JSON or YAML file (CreateComputeEnv)'
            cand modify 'Change a compute environment''s desired node count, name or description (ModifyComputeEnv)'
            cand delete 'Delete a compute environment (DeleteComputeEnv)'
            cand nodes 'The nodes of a compute environment (DescribeComputeEnv)'
            cand activities 'What happened to a compute environment''s nodes (DescribeComputeEnvActivities)'
            cand attach 'Add your own CVM instances to a compute environment (AttachInstances)'
            cand detach 'Take instances out of a compute environment (DetachInstances)'
            cand terminate-nodes 'Terminate nodes of a compute environment (TerminateComputeNodes)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;envs;help;list'= {
        }
        &'batchctl;envs;help;view'= {
        }
        &'batchctl;envs;help;create'= {
        }
        &'batchctl;envs;help;modify'= {
        }
        &'batchctl;envs;help;delete'= {
        }
        &'batchctl;envs;help;nodes'= {
        }
        &'batchctl;envs;help;activities'= {
        }
        &'batchctl;envs;help;attach'= {
        }
        &'batchctl;envs;help;detach'= {
        }
        &'batchctl;envs;help;terminate-nodes'= {
        }
        &'batchctl;envs;help;help'= {
        }
        &'batchctl;templates'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List task templates (DescribeTaskTemplates), with filters and paging'
            cand view 'One task template (DescribeTaskTemplates by ID)'
            cand create 'Create a task template from a JSON or YAML file (CreateTaskTemplate)'
            cand modify 'Change a task template (ModifyTaskTemplate)'
            cand delete 'Delete task templates (DeleteTaskTemplates)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;templates;list'= {
            cand --name 'Filter by name (task-template-name)'
            cand --tag 'Filter by tag (tag:KEY)'
            cand --tag-key 'Filter by tag key (tag-key)'
            cand --tag-value 'Filter by tag value (tag-value)'
            cand --filter 'Any filter by its API name'
            cand --limit 'At most N in total [default: 20]; above 100, several pages are fetched'
            cand --offset 'Start at the N-th match'
            cand --page-size 'Items per request, 1 to 100 [default: 100 when several pages are needed]'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --all 'Every match, all pages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;templates;view'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;templates;create'= {
            cand -f 'The template, JSON or YAML (`-` reads stdin)'
            cand --file 'The template, JSON or YAML (`-` reads stdin)'
            cand --name 'Name (replaces the file''s TaskTemplateName)'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;templates;modify'= {
            cand -f 'Members of ModifyTaskTemplate from a JSON or YAML file (flags replace them)'
            cand --file 'Members of ModifyTaskTemplate from a JSON or YAML file (flags replace them)'
            cand --name 'New name (TaskTemplateName)'
            cand --description 'New description (TaskTemplateDescription)'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;templates;delete'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;templates;help'= {
            cand list 'List task templates (DescribeTaskTemplates), with filters and paging'
            cand view 'One task template (DescribeTaskTemplates by ID)'
            cand create 'Create a task template from a JSON or YAML file (CreateTaskTemplate)'
            cand modify 'Change a task template (ModifyTaskTemplate)'
            cand delete 'Delete task templates (DeleteTaskTemplates)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;templates;help;list'= {
        }
        &'batchctl;templates;help;view'= {
        }
        &'batchctl;templates;help;create'= {
        }
        &'batchctl;templates;help;modify'= {
        }
        &'batchctl;templates;help;delete'= {
        }
        &'batchctl;templates;help;help'= {
        }
        &'batchctl;catalog'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand instance-types 'CVM instance types Batch can launch (DescribeAvailableCvmInstanceTypes)'
            cand zone-configs 'Instance types per zone with charge type, price and status (DescribeCvmZoneInstanceConfigInfos)'
            cand categories 'Instance categories and their families (DescribeInstanceCategories)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;catalog;instance-types'= {
            cand --zone 'Filter by availability zone (zone)'
            cand --family 'Filter by instance family (instance-family), e.g. S5'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;catalog;zone-configs'= {
            cand --zone 'Filter by availability zone (zone)'
            cand --family 'Filter by instance family (instance-family)'
            cand --type 'Filter by instance type (instance-type), e.g. S5.MEDIUM4'
            cand --charge-type 'Filter by charge type (instance-charge-type), e.g. POSTPAID_BY_HOUR'
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;catalog;categories'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;catalog;help'= {
            cand instance-types 'CVM instance types Batch can launch (DescribeAvailableCvmInstanceTypes)'
            cand zone-configs 'Instance types per zone with charge type, price and status (DescribeCvmZoneInstanceConfigInfos)'
            cand categories 'Instance categories and their families (DescribeInstanceCategories)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;catalog;help;instance-types'= {
        }
        &'batchctl;catalog;help;zone-configs'= {
        }
        &'batchctl;catalog;help;categories'= {
        }
        &'batchctl;catalog;help;help'= {
        }
        &'batchctl;config'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;config;show'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;config;help'= {
            cand show 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;config;help;show'= {
        }
        &'batchctl;config;help;help'= {
        }
        &'batchctl;completions'= {
            cand -o 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --output 'Output format (case-insensitive; `wide` is `table` for now)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit in seconds for one HTTP attempt, connect included'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour (also when NO_COLOR is set; colour is only ever used on a terminal)'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;help'= {
            cand jobs 'Query Batch jobs'
            cand api 'Call any action of the Batch API with tccli''s parameters (`batchctl api` lists them)'
            cand emulator 'A local Batch API emulator for offline use and tests'
            cand envs 'Compute environments: list, view, create, resize, nodes, activities'
            cand templates 'Task templates: list, view, create, modify, delete'
            cand catalog 'What can be launched where: instance types, zone configurations, categories'
            cand config 'Show the configuration batchctl would use'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;help;jobs'= {
            cand describe 'Describe jobs (DescribeJobs): by ID, or by filters, with paging'
            cand wait 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED'
        }
        &'batchctl;help;jobs;describe'= {
        }
        &'batchctl;help;jobs;wait'= {
        }
        &'batchctl;help;api'= {
        }
        &'batchctl;help;emulator'= {
            cand serve 'Serve DescribeJobs on HTTP, verifying signatures as the real service does'
        }
        &'batchctl;help;emulator;serve'= {
        }
        &'batchctl;help;envs'= {
            cand list 'List compute environments (DescribeComputeEnvs), with filters and paging'
            cand view 'One compute environment with its nodes (DescribeComputeEnv)'
            cand create 'Create a compute environment from a JSON or YAML file (CreateComputeEnv)'
            cand modify 'Change a compute environment''s desired node count, name or description (ModifyComputeEnv)'
            cand delete 'Delete a compute environment (DeleteComputeEnv)'
            cand nodes 'The nodes of a compute environment (DescribeComputeEnv)'
            cand activities 'What happened to a compute environment''s nodes (DescribeComputeEnvActivities)'
            cand attach 'Add your own CVM instances to a compute environment (AttachInstances)'
            cand detach 'Take instances out of a compute environment (DetachInstances)'
            cand terminate-nodes 'Terminate nodes of a compute environment (TerminateComputeNodes)'
        }
        &'batchctl;help;envs;list'= {
        }
        &'batchctl;help;envs;view'= {
        }
        &'batchctl;help;envs;create'= {
        }
        &'batchctl;help;envs;modify'= {
        }
        &'batchctl;help;envs;delete'= {
        }
        &'batchctl;help;envs;nodes'= {
        }
        &'batchctl;help;envs;activities'= {
        }
        &'batchctl;help;envs;attach'= {
        }
        &'batchctl;help;envs;detach'= {
        }
        &'batchctl;help;envs;terminate-nodes'= {
        }
        &'batchctl;help;templates'= {
            cand list 'List task templates (DescribeTaskTemplates), with filters and paging'
            cand view 'One task template (DescribeTaskTemplates by ID)'
            cand create 'Create a task template from a JSON or YAML file (CreateTaskTemplate)'
            cand modify 'Change a task template (ModifyTaskTemplate)'
            cand delete 'Delete task templates (DeleteTaskTemplates)'
        }
        &'batchctl;help;templates;list'= {
        }
        &'batchctl;help;templates;view'= {
        }
        &'batchctl;help;templates;create'= {
        }
        &'batchctl;help;templates;modify'= {
        }
        &'batchctl;help;templates;delete'= {
        }
        &'batchctl;help;catalog'= {
            cand instance-types 'CVM instance types Batch can launch (DescribeAvailableCvmInstanceTypes)'
            cand zone-configs 'Instance types per zone with charge type, price and status (DescribeCvmZoneInstanceConfigInfos)'
            cand categories 'Instance categories and their families (DescribeInstanceCategories)'
        }
        &'batchctl;help;catalog;instance-types'= {
        }
        &'batchctl;help;catalog;zone-configs'= {
        }
        &'batchctl;help;catalog;categories'= {
        }
        &'batchctl;help;config'= {
            cand show 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked)'
        }
        &'batchctl;help;config;show'= {
        }
        &'batchctl;help;completions'= {
        }
        &'batchctl;help;help'= {
        }
    ]
    $completions[$command]
}
