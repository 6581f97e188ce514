_batchctl() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="batchctl"
                ;;
            batchctl,api)
                cmd="batchctl__subcmd__api"
                ;;
            batchctl,completions)
                cmd="batchctl__subcmd__completions"
                ;;
            batchctl,config)
                cmd="batchctl__subcmd__config"
                ;;
            batchctl,emulator)
                cmd="batchctl__subcmd__emulator"
                ;;
            batchctl,help)
                cmd="batchctl__subcmd__help"
                ;;
            batchctl,jobs)
                cmd="batchctl__subcmd__jobs"
                ;;
            batchctl__subcmd__config,help)
                cmd="batchctl__subcmd__config__subcmd__help"
                ;;
            batchctl__subcmd__config,show)
                cmd="batchctl__subcmd__config__subcmd__show"
                ;;
            batchctl__subcmd__config__subcmd__help,help)
                cmd="batchctl__subcmd__config__subcmd__help__subcmd__help"
                ;;
            batchctl__subcmd__config__subcmd__help,show)
                cmd="batchctl__subcmd__config__subcmd__help__subcmd__show"
                ;;
            batchctl__subcmd__emulator,help)
                cmd="batchctl__subcmd__emulator__subcmd__help"
                ;;
            batchctl__subcmd__emulator,serve)
                cmd="batchctl__subcmd__emulator__subcmd__serve"
                ;;
            batchctl__subcmd__emulator__subcmd__help,help)
                cmd="batchctl__subcmd__emulator__subcmd__help__subcmd__help"
                ;;
            batchctl__subcmd__emulator__subcmd__help,serve)
                cmd="batchctl__subcmd__emulator__subcmd__help__subcmd__serve"
                ;;
            batchctl__subcmd__help,api)
                cmd="batchctl__subcmd__help__subcmd__api"
                ;;
            batchctl__subcmd__help,completions)
                cmd="batchctl__subcmd__help__subcmd__completions"
                ;;
            batchctl__subcmd__help,config)
                cmd="batchctl__subcmd__help__subcmd__config"
                ;;
            batchctl__subcmd__help,emulator)
                cmd="batchctl__subcmd__help__subcmd__emulator"
                ;;
            batchctl__subcmd__help,help)
                cmd="batchctl__subcmd__help__subcmd__help"
                ;;
            batchctl__subcmd__help,jobs)
                cmd="batchctl__subcmd__help__subcmd__jobs"
                ;;
            batchctl__subcmd__help__subcmd__config,show)
                cmd="batchctl__subcmd__help__subcmd__config__subcmd__show"
                ;;
            batchctl__subcmd__help__subcmd__emulator,serve)
                cmd="batchctl__subcmd__help__subcmd__emulator__subcmd__serve"
                ;;
            batchctl__subcmd__help__subcmd__jobs,describe)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__describe"
                ;;
            batchctl__subcmd__help__subcmd__jobs,wait)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__wait"
                ;;
            batchctl__subcmd__jobs,describe)
                cmd="batchctl__subcmd__jobs__subcmd__describe"
                ;;
            batchctl__subcmd__jobs,help)
                cmd="batchctl__subcmd__jobs__subcmd__help"
                ;;
            batchctl__subcmd__jobs,wait)
                cmd="batchctl__subcmd__jobs__subcmd__wait"
                ;;
            batchctl__subcmd__jobs__subcmd__help,describe)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__describe"
                ;;
            batchctl__subcmd__jobs__subcmd__help,help)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__help"
                ;;
            batchctl__subcmd__jobs__subcmd__help,wait)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__wait"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        batchctl)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version jobs api emulator config completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "ap-guangzhou ap-shanghai ap-nanjing ap-beijing ap-chengdu ap-chongqing ap-hongkong ap-taipei ap-singapore ap-jakarta ap-seoul ap-tokyo ap-mumbai ap-bangkok na-siliconvalley na-ashburn na-toronto eu-frankfurt eu-moscow sa-saopaulo ap-shanghai-fsi ap-shenzhen-fsi ap-beijing-fsi" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-attempts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --language)
                    COMPREPLY=($(compgen -W "en-US zh-CN" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api)
            opts="-h -o -q -V --cli-input-json --all --help --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cli-input-json)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "ap-guangzhou ap-shanghai ap-nanjing ap-beijing ap-chengdu ap-chongqing ap-hongkong ap-taipei ap-singapore ap-jakarta ap-seoul ap-tokyo ap-mumbai ap-bangkok na-siliconvalley na-ashburn na-toronto eu-frankfurt eu-moscow sa-saopaulo ap-shanghai-fsi ap-shenzhen-fsi ap-beijing-fsi" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-attempts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --language)
                    COMPREPLY=($(compgen -W "en-US zh-CN" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__completions)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "ap-guangzhou ap-shanghai ap-nanjing ap-beijing ap-chengdu ap-chongqing ap-hongkong ap-taipei ap-singapore ap-jakarta ap-seoul ap-tokyo ap-mumbai ap-bangkok na-siliconvalley na-ashburn na-toronto eu-frankfurt eu-moscow sa-saopaulo ap-shanghai-fsi ap-shenzhen-fsi ap-beijing-fsi" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-attempts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --language)
                    COMPREPLY=($(compgen -W "en-US zh-CN" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__config)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "ap-guangzhou ap-shanghai ap-nanjing ap-beijing ap-chengdu ap-chongqing ap-hongkong ap-taipei ap-singapore ap-jakarta ap-seoul ap-tokyo ap-mumbai ap-bangkok na-siliconvalley na-ashburn na-toronto eu-frankfurt eu-moscow sa-saopaulo ap-shanghai-fsi ap-shenzhen-fsi ap-beijing-fsi" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-attempts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --language)
                    COMPREPLY=($(compgen -W "en-US zh-CN" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__config__subcmd__help)
            opts="show help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__config__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__config__subcmd__help__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__config__subcmd__show)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "ap-guangzhou ap-shanghai ap-nanjing ap-beijing ap-chengdu ap-chongqing ap-hongkong ap-taipei ap-singapore ap-jakarta ap-seoul ap-tokyo ap-mumbai ap-bangkok na-siliconvalley na-ashburn na-toronto eu-frankfurt eu-moscow sa-saopaulo ap-shanghai-fsi ap-shenzhen-fsi ap-beijing-fsi" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-attempts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --language)
                    COMPREPLY=($(compgen -W "en-US zh-CN" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__emulator)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version serve help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "ap-guangzhou ap-shanghai ap-nanjing ap-beijing ap-chengdu ap-chongqing ap-hongkong ap-taipei ap-singapore ap-jakarta ap-seoul ap-tokyo ap-mumbai ap-bangkok na-siliconvalley na-ashburn na-toronto eu-frankfurt eu-moscow sa-saopaulo ap-shanghai-fsi ap-shenzhen-fsi ap-beijing-fsi" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-attempts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --language)
                    COMPREPLY=($(compgen -W "en-US zh-CN" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__emulator__subcmd__help)
            opts="serve help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__emulator__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__emulator__subcmd__help__subcmd__serve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__emulator__subcmd__serve)
            opts="-o -q -h -V --listen --jobs --generate --log --rate-limit --inject --advance --output --query --region --profile --endpoint --timeout --max-attempts --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --listen)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jobs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --generate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --log)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --inject)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "ap-guangzhou ap-shanghai ap-nanjing ap-beijing ap-chengdu ap-chongqing ap-hongkong ap-taipei ap-singapore ap-jakarta ap-seoul ap-tokyo ap-mumbai ap-bangkok na-siliconvalley na-ashburn na-toronto eu-frankfurt eu-moscow sa-saopaulo ap-shanghai-fsi ap-shenzhen-fsi ap-beijing-fsi" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-attempts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --language)
                    COMPREPLY=($(compgen -W "en-US zh-CN" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__help)
            opts="jobs api emulator config completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__help__subcmd__api)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__help__subcmd__config)
            opts="show"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__help__subcmd__config__subcmd__show)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__help__subcmd__emulator)
            opts="serve"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__help__subcmd__emulator__subcmd__serve)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__help__subcmd__jobs)
            opts="describe wait"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__help__subcmd__jobs__subcmd__describe)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__help__subcmd__jobs__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version describe wait help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "ap-guangzhou ap-shanghai ap-nanjing ap-beijing ap-chengdu ap-chongqing ap-hongkong ap-taipei ap-singapore ap-jakarta ap-seoul ap-tokyo ap-mumbai ap-bangkok na-siliconvalley na-ashburn na-toronto eu-frankfurt eu-moscow sa-saopaulo ap-shanghai-fsi ap-shenzhen-fsi ap-beijing-fsi" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-attempts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --language)
                    COMPREPLY=($(compgen -W "en-US zh-CN" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__describe)
            opts="-o -q -h -V --job-id --name --state --zone --tag --tag-key --tag-value --filter --limit --all --offset --page-size --columns --no-headers --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --job-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -W "SUBMITTED PENDING RUNNABLE STARTING RUNNING SUCCEED FAILED FAILED_INTERRUPTED" -- "${cur}"))
                    return 0
                    ;;
                --zone)
                    COMPREPLY=($(compgen -W "ap-guangzhou-3 ap-guangzhou-4 ap-guangzhou-6 ap-guangzhou-7 ap-shanghai-2 ap-shanghai-3 ap-shanghai-4 ap-shanghai-5 ap-nanjing-1 ap-nanjing-2 ap-nanjing-3 ap-beijing-3 ap-beijing-5 ap-beijing-6 ap-beijing-7 ap-chengdu-1 ap-chengdu-2 ap-chongqing-1 ap-hongkong-2 ap-hongkong-3 ap-taipei-1 ap-singapore-1 ap-singapore-2 ap-singapore-3 ap-jakarta-1 ap-jakarta-2 ap-seoul-1 ap-seoul-2 ap-tokyo-1 ap-tokyo-2 ap-mumbai-1 ap-mumbai-2 ap-bangkok-1 ap-bangkok-2 na-siliconvalley-1 na-siliconvalley-2 na-ashburn-1 na-ashburn-2 na-toronto-1 eu-frankfurt-1 eu-frankfurt-2 eu-moscow-1 sa-saopaulo-1 ap-shanghai-fsi-1 ap-shanghai-fsi-2 ap-shenzhen-fsi-1 ap-shenzhen-fsi-2 ap-beijing-fsi-1" -- "${cur}"))
                    return 0
                    ;;
                --tag)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tag-value)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --filter)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --offset)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --page-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -W "JobId JobName JobState Priority Zone CreateTime EndTime SubmittedCount PendingCount RunnableCount StartingCount RunningCount SucceedCount FailedInterruptedCount FailedCount Tags Tasks Duration" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "ap-guangzhou ap-shanghai ap-nanjing ap-beijing ap-chengdu ap-chongqing ap-hongkong ap-taipei ap-singapore ap-jakarta ap-seoul ap-tokyo ap-mumbai ap-bangkok na-siliconvalley na-ashburn na-toronto eu-frankfurt eu-moscow sa-saopaulo ap-shanghai-fsi ap-shenzhen-fsi ap-beijing-fsi" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-attempts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --language)
                    COMPREPLY=($(compgen -W "en-US zh-CN" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__help)
            opts="describe wait help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__help__subcmd__describe)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__help__subcmd__wait)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__wait)
            opts="-o -q -h -V --job-id --interval --fail-fast --max-wait --columns --no-headers --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --job-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -W "JobId JobName JobState Priority Zone CreateTime EndTime SubmittedCount PendingCount RunnableCount StartingCount RunningCount SucceedCount FailedInterruptedCount FailedCount Tags Tasks Duration" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table wide json jsonl csv yaml" -- "${cur}"))
                    return 0
                    ;;
                --query)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -W "ap-guangzhou ap-shanghai ap-nanjing ap-beijing ap-chengdu ap-chongqing ap-hongkong ap-taipei ap-singapore ap-jakarta ap-seoul ap-tokyo ap-mumbai ap-bangkok na-siliconvalley na-ashburn na-toronto eu-frankfurt eu-moscow sa-saopaulo ap-shanghai-fsi ap-shenzhen-fsi ap-beijing-fsi" -- "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-attempts)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --language)
                    COMPREPLY=($(compgen -W "en-US zh-CN" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _batchctl -o nosort -o bashdefault -o default batchctl
else
    complete -F _batchctl -o bashdefault -o default batchctl
fi
