
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Query Batch jobs')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any action of the Batch API with tccli''s parameters (`batchctl api` lists them)')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'A local Batch API emulator for offline use and tests')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the configuration batchctl would use')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;jobs' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe jobs (DescribeJobs): by ID, or by filters, with paging')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;jobs;describe' {
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Filter by job name (job-name)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Filter by state (job-state), case-insensitive')
            [CompletionResult]::new('--zone', '--zone', [CompletionResultType]::ParameterName, 'Filter by availability zone (zone)')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'Filter by tag (tag:KEY)')
            [CompletionResult]::new('--tag-key', '--tag-key', [CompletionResultType]::ParameterName, 'Filter by tag key (tag-key)')
            [CompletionResult]::new('--tag-value', '--tag-value', [CompletionResultType]::ParameterName, 'Filter by tag value (tag-value)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Any filter by its API name')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N jobs in total [default: 20]')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Start at the N-th matching job')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Jobs per request, 1 to 100 [default: 100 when several pages are needed]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns for table and csv, comma-separated (csv names or table headers, any case)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every matching job, all pages')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;jobs;wait' {
            [CompletionResult]::new('--job-id', '--job-id', [CompletionResultType]::ParameterName, 'Job ID (repeatable, comma-separated; `-` reads IDs from stdin)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Time between polls (e.g. 500ms, 10s, 1m)')
            [CompletionResult]::new('--max-wait', '--max-wait', [CompletionResultType]::ParameterName, 'Give up (exit 8) after this long; 0 waits without limit')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'Columns for table and csv output of the final jobs')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'End the wait at the first job that fails (exit 7), without waiting for the others')
            [CompletionResult]::new('--no-headers', '--no-headers', [CompletionResultType]::ParameterName, 'No header row in table and csv output')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials')
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
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;jobs;help;describe' {
            break
        }
        'batchctl;jobs;help;wait' {
            break
        }
        'batchctl;jobs;help;help' {
            break
        }
        'batchctl;api' {
            [CompletionResult]::new('--cli-input-json', '--cli-input-json', [CompletionResultType]::ParameterName, 'The whole request body from a JSON file (file://PATH) or stdin (-); parameters given too replace its members')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every page, for the actions that page (Offset, Limit, TotalCount)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Help for `api`, or with an ACTION the action''s parameters')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Help for `api`, or with an ACTION the action''s parameters')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;emulator' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve DescribeJobs on HTTP, verifying signatures as the real service does')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;emulator;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'Address to listen on (loopback by default; port 0 picks a free one)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Serve these jobs: a JSON array of JobViews or a DescribeJobs response document')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Serve N deterministic generated jobs')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Append one JSON line per request received to FILE')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Requests accepted per second, SecretId and action: `published` (each action''s published limit, as the real service), or N for every action (0: no limit); above it the answer is RequestLimitExceeded')
            [CompletionResult]::new('--inject', '--inject', [CompletionResultType]::ParameterName, 'Faults to play, one per request in arrival order, before answering normally: ok, limit, internal, http502, reset, hang, badjson, truncate, expire, lost (the request takes effect, then the connection drops before the answer); NAME*N repeats one (e.g. internal*2,ok)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--advance', '--advance', [CompletionResultType]::ParameterName, 'Move jobs as they are polled, for trying `jobs wait`: each job in a successful answer moves one state forward right after it (the answer shows the state before): SUBMITTED → PENDING → RUNNABLE → STARTING → RUNNING → final; terminal jobs never move. Final: the job''s `emulator-outcome` tag if SUCCEED, FAILED or FAILED_INTERRUPTED (any case), else FAILED if its name contains "fail" (any case), else SUCCEED. TaskMetrics and EndTime follow the state')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;emulator;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve DescribeJobs on HTTP, verifying signatures as the real service does')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;emulator;help;serve' {
            break
        }
        'batchctl;emulator;help;help' {
            break
        }
        'batchctl;config' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;config;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;config;help;show' {
            break
        }
        'batchctl;config;help;help' {
            break
        }
        'batchctl;completions' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (case-insensitive)')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A jq expression applied to the json document the command would print; each result on its own line, strings raw (as `jq -r`); -o is then ignored')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region, sent as X-TC-Region (e.g. ap-guangzhou)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Credential/config profile [default: default]')
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'API endpoint: a host (https) or a URL such as http://127.0.0.1:9300')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Limit for one HTTP attempt, connect included (30, 30s, 1m, 500ms)')
            [CompletionResult]::new('--max-attempts', '--max-attempts', [CompletionResultType]::ParameterName, 'Attempts per request for retryable failures (1 disables retries)')
            [CompletionResult]::new('--rate-limit', '--rate-limit', [CompletionResultType]::ParameterName, 'Client-side pacing in requests per second, one bucket per action: replaces every action''s published limit (0: off) [default: each action''s own limit]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of the service''s error messages')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always or never')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Request/response diagnostics on stderr (never a secret)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the signed HTTP request(s) that would be sent, and send nothing')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colour: the same as --color never')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No notes or warnings on stderr (errors are still printed)')
            [CompletionResult]::new('--emulator', '--emulator', [CompletionResultType]::ParameterName, 'Run against a built-in, in-process emulator with demo data and demo credentials')
            [CompletionResult]::new('--use-cvm-role', '--use-cvm-role', [CompletionResultType]::ParameterName, 'Take temporary credentials from the CVM instance metadata service (the instance''s CAM role), skipping the other credential sources')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'batchctl;help' {
            [CompletionResult]::new('jobs', 'jobs', [CompletionResultType]::ParameterValue, 'Query Batch jobs')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Call any action of the Batch API with tccli''s parameters (`batchctl api` lists them)')
            [CompletionResult]::new('emulator', 'emulator', [CompletionResultType]::ParameterValue, 'A local Batch API emulator for offline use and tests')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the configuration batchctl would use')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'batchctl;help;jobs' {
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Describe jobs (DescribeJobs): by ID, or by filters, with paging')
            [CompletionResult]::new('wait', 'wait', [CompletionResultType]::ParameterValue, 'Block until jobs reach SUCCEED, FAILED or FAILED_INTERRUPTED')
            break
        }
        'batchctl;help;jobs;describe' {
            break
        }
        'batchctl;help;jobs;wait' {
            break
        }
        'batchctl;help;api' {
            break
        }
        'batchctl;help;emulator' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve DescribeJobs on HTTP, verifying signatures as the real service does')
            break
        }
        'batchctl;help;emulator;serve' {
            break
        }
        'batchctl;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Which credentials, profile, region and endpoint would be used, and why (no secret is shown; the SecretId is masked)')
            break
        }
        'batchctl;help;config;show' {
            break
        }
        'batchctl;help;completions' {
            break
        }
        'batchctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
