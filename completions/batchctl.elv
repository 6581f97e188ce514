
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
            cand -o 'Output format (case-insensitive)'
            cand --output 'Output format (case-insensitive)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --color 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour: the same as --color never'
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
            cand config 'Show the configuration batchctl would use'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'batchctl;jobs'= {
            cand -o 'Output format (case-insensitive)'
            cand --output 'Output format (case-insensitive)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --color 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour: the same as --color never'
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
            cand --columns 'Columns for table and csv, comma-separated (csv names or table headers, any case)'
            cand -o 'Output format (case-insensitive)'
            cand --output 'Output format (case-insensitive)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --color 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never'
            cand --all 'Every matching job, all pages'
            cand --no-headers 'No header row in table and csv output'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour: the same as --color never'
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
            cand -o 'Output format (case-insensitive)'
            cand --output 'Output format (case-insensitive)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --color 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never'
            cand --fail-fast 'End the wait at the first job that fails (exit 7), without waiting for the others'
            cand --no-headers 'No header row in table and csv output'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour: the same as --color never'
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
            cand -o 'Output format (case-insensitive)'
            cand --output 'Output format (case-insensitive)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --color 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never'
            cand --all 'Every page, for the actions that page (Offset, Limit, TotalCount)'
            cand -h 'Help for `api`, or with an ACTION the action''s parameters'
            cand --help 'Help for `api`, or with an ACTION the action''s parameters'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour: the same as --color never'
            cand -q 'No notes or warnings on stderr (errors are still printed)'
            cand --quiet 'No notes or warnings on stderr (errors are still printed)'
            cand --emulator 'Run against a built-in, in-process emulator with demo data and demo credentials'
            cand --use-cvm-role 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'batchctl;emulator'= {
            cand -o 'Output format (case-insensitive)'
            cand --output 'Output format (case-insensitive)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --color 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour: the same as --color never'
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
            cand -o 'Output format (case-insensitive)'
            cand --output 'Output format (case-insensitive)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --language 'Language of the service''s error messages'
            cand --color 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never'
            cand --advance 'Move jobs as they are polled, for trying `jobs wait`: each job in a successful answer moves one state forward right after it (the answer shows the state before): SUBMITTED → PENDING → RUNNABLE → STARTING → RUNNING → final; terminal jobs never move. Final: the job''s `emulator-outcome` tag if SUCCEED, FAILED or FAILED_INTERRUPTED (any case), else FAILED if its name contains "fail" (any case), else SUCCEED. TaskMetrics and EndTime follow the state'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour: the same as --color never'
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
        &'batchctl;config'= {
            cand -o 'Output format (case-insensitive)'
            cand --output 'Output format (case-insensitive)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --color 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour: the same as --color never'
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
            cand -o 'Output format (case-insensitive)'
            cand --output 'Output format (case-insensitive)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --color 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour: the same as --color never'
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
            cand -o 'Output format (case-insensitive)'
            cand --output 'Output format (case-insensitive)'
            cand --query 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored'
            cand --region 'Region, sent as X-TC-Region (e.g. ap-guangzhou)'
            cand --profile 'Credential/config profile [default: default]'
            cand --endpoint 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300'
            cand --timeout 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)'
            cand --max-attempts 'Attempts per request for retryable failures (1 disables retries)'
            cand --rate-limit 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]'
            cand --language 'Language of the service''s error messages'
            cand --color 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never'
            cand --debug 'Request/response diagnostics on stderr (never a secret)'
            cand --dry-run 'Print the signed HTTP request(s) that would be sent, and send nothing'
            cand --no-color 'No colour: the same as --color never'
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
