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
            batchctl,catalog)
                cmd="batchctl__subcmd__catalog"
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
            batchctl,envs)
                cmd="batchctl__subcmd__envs"
                ;;
            batchctl,help)
                cmd="batchctl__subcmd__help"
                ;;
            batchctl,jobs)
                cmd="batchctl__subcmd__jobs"
                ;;
            batchctl,run)
                cmd="batchctl__subcmd__run"
                ;;
            batchctl,templates)
                cmd="batchctl__subcmd__templates"
                ;;
            batchctl,top)
                cmd="batchctl__subcmd__top"
                ;;
            batchctl__subcmd__api,AttachInstances)
                cmd="batchctl__subcmd__api__subcmd__AttachInstances"
                ;;
            batchctl__subcmd__api,CreateComputeEnv)
                cmd="batchctl__subcmd__api__subcmd__CreateComputeEnv"
                ;;
            batchctl__subcmd__api,CreateTaskTemplate)
                cmd="batchctl__subcmd__api__subcmd__CreateTaskTemplate"
                ;;
            batchctl__subcmd__api,DeleteComputeEnv)
                cmd="batchctl__subcmd__api__subcmd__DeleteComputeEnv"
                ;;
            batchctl__subcmd__api,DeleteJob)
                cmd="batchctl__subcmd__api__subcmd__DeleteJob"
                ;;
            batchctl__subcmd__api,DeleteTaskTemplates)
                cmd="batchctl__subcmd__api__subcmd__DeleteTaskTemplates"
                ;;
            batchctl__subcmd__api,DescribeAvailableCvmInstanceTypes)
                cmd="batchctl__subcmd__api__subcmd__DescribeAvailableCvmInstanceTypes"
                ;;
            batchctl__subcmd__api,DescribeComputeEnv)
                cmd="batchctl__subcmd__api__subcmd__DescribeComputeEnv"
                ;;
            batchctl__subcmd__api,DescribeComputeEnvActivities)
                cmd="batchctl__subcmd__api__subcmd__DescribeComputeEnvActivities"
                ;;
            batchctl__subcmd__api,DescribeComputeEnvCreateInfo)
                cmd="batchctl__subcmd__api__subcmd__DescribeComputeEnvCreateInfo"
                ;;
            batchctl__subcmd__api,DescribeComputeEnvCreateInfos)
                cmd="batchctl__subcmd__api__subcmd__DescribeComputeEnvCreateInfos"
                ;;
            batchctl__subcmd__api,DescribeComputeEnvs)
                cmd="batchctl__subcmd__api__subcmd__DescribeComputeEnvs"
                ;;
            batchctl__subcmd__api,DescribeCvmZoneInstanceConfigInfos)
                cmd="batchctl__subcmd__api__subcmd__DescribeCvmZoneInstanceConfigInfos"
                ;;
            batchctl__subcmd__api,DescribeInstanceCategories)
                cmd="batchctl__subcmd__api__subcmd__DescribeInstanceCategories"
                ;;
            batchctl__subcmd__api,DescribeJob)
                cmd="batchctl__subcmd__api__subcmd__DescribeJob"
                ;;
            batchctl__subcmd__api,DescribeJobMonitorData)
                cmd="batchctl__subcmd__api__subcmd__DescribeJobMonitorData"
                ;;
            batchctl__subcmd__api,DescribeJobSubmitInfo)
                cmd="batchctl__subcmd__api__subcmd__DescribeJobSubmitInfo"
                ;;
            batchctl__subcmd__api,DescribeJobs)
                cmd="batchctl__subcmd__api__subcmd__DescribeJobs"
                ;;
            batchctl__subcmd__api,DescribeTask)
                cmd="batchctl__subcmd__api__subcmd__DescribeTask"
                ;;
            batchctl__subcmd__api,DescribeTaskLogs)
                cmd="batchctl__subcmd__api__subcmd__DescribeTaskLogs"
                ;;
            batchctl__subcmd__api,DescribeTaskTemplates)
                cmd="batchctl__subcmd__api__subcmd__DescribeTaskTemplates"
                ;;
            batchctl__subcmd__api,DetachInstances)
                cmd="batchctl__subcmd__api__subcmd__DetachInstances"
                ;;
            batchctl__subcmd__api,ModifyComputeEnv)
                cmd="batchctl__subcmd__api__subcmd__ModifyComputeEnv"
                ;;
            batchctl__subcmd__api,ModifyTaskTemplate)
                cmd="batchctl__subcmd__api__subcmd__ModifyTaskTemplate"
                ;;
            batchctl__subcmd__api,RetryJobs)
                cmd="batchctl__subcmd__api__subcmd__RetryJobs"
                ;;
            batchctl__subcmd__api,SubmitJob)
                cmd="batchctl__subcmd__api__subcmd__SubmitJob"
                ;;
            batchctl__subcmd__api,TerminateComputeNode)
                cmd="batchctl__subcmd__api__subcmd__TerminateComputeNode"
                ;;
            batchctl__subcmd__api,TerminateComputeNodes)
                cmd="batchctl__subcmd__api__subcmd__TerminateComputeNodes"
                ;;
            batchctl__subcmd__api,TerminateJob)
                cmd="batchctl__subcmd__api__subcmd__TerminateJob"
                ;;
            batchctl__subcmd__api,TerminateTaskInstance)
                cmd="batchctl__subcmd__api__subcmd__TerminateTaskInstance"
                ;;
            batchctl__subcmd__catalog,categories)
                cmd="batchctl__subcmd__catalog__subcmd__categories"
                ;;
            batchctl__subcmd__catalog,help)
                cmd="batchctl__subcmd__catalog__subcmd__help"
                ;;
            batchctl__subcmd__catalog,instance-types)
                cmd="batchctl__subcmd__catalog__subcmd__instance__subcmd__types"
                ;;
            batchctl__subcmd__catalog,zone-configs)
                cmd="batchctl__subcmd__catalog__subcmd__zone__subcmd__configs"
                ;;
            batchctl__subcmd__catalog__subcmd__help,categories)
                cmd="batchctl__subcmd__catalog__subcmd__help__subcmd__categories"
                ;;
            batchctl__subcmd__catalog__subcmd__help,help)
                cmd="batchctl__subcmd__catalog__subcmd__help__subcmd__help"
                ;;
            batchctl__subcmd__catalog__subcmd__help,instance-types)
                cmd="batchctl__subcmd__catalog__subcmd__help__subcmd__instance__subcmd__types"
                ;;
            batchctl__subcmd__catalog__subcmd__help,zone-configs)
                cmd="batchctl__subcmd__catalog__subcmd__help__subcmd__zone__subcmd__configs"
                ;;
            batchctl__subcmd__config,get)
                cmd="batchctl__subcmd__config__subcmd__get"
                ;;
            batchctl__subcmd__config,help)
                cmd="batchctl__subcmd__config__subcmd__help"
                ;;
            batchctl__subcmd__config,set)
                cmd="batchctl__subcmd__config__subcmd__set"
                ;;
            batchctl__subcmd__config,show)
                cmd="batchctl__subcmd__config__subcmd__show"
                ;;
            batchctl__subcmd__config,unset)
                cmd="batchctl__subcmd__config__subcmd__unset"
                ;;
            batchctl__subcmd__config__subcmd__help,get)
                cmd="batchctl__subcmd__config__subcmd__help__subcmd__get"
                ;;
            batchctl__subcmd__config__subcmd__help,help)
                cmd="batchctl__subcmd__config__subcmd__help__subcmd__help"
                ;;
            batchctl__subcmd__config__subcmd__help,set)
                cmd="batchctl__subcmd__config__subcmd__help__subcmd__set"
                ;;
            batchctl__subcmd__config__subcmd__help,show)
                cmd="batchctl__subcmd__config__subcmd__help__subcmd__show"
                ;;
            batchctl__subcmd__config__subcmd__help,unset)
                cmd="batchctl__subcmd__config__subcmd__help__subcmd__unset"
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
            batchctl__subcmd__envs,activities)
                cmd="batchctl__subcmd__envs__subcmd__activities"
                ;;
            batchctl__subcmd__envs,attach)
                cmd="batchctl__subcmd__envs__subcmd__attach"
                ;;
            batchctl__subcmd__envs,create)
                cmd="batchctl__subcmd__envs__subcmd__create"
                ;;
            batchctl__subcmd__envs,delete)
                cmd="batchctl__subcmd__envs__subcmd__delete"
                ;;
            batchctl__subcmd__envs,detach)
                cmd="batchctl__subcmd__envs__subcmd__detach"
                ;;
            batchctl__subcmd__envs,help)
                cmd="batchctl__subcmd__envs__subcmd__help"
                ;;
            batchctl__subcmd__envs,init)
                cmd="batchctl__subcmd__envs__subcmd__init"
                ;;
            batchctl__subcmd__envs,list)
                cmd="batchctl__subcmd__envs__subcmd__list"
                ;;
            batchctl__subcmd__envs,ls)
                cmd="batchctl__subcmd__envs__subcmd__list"
                ;;
            batchctl__subcmd__envs,modify)
                cmd="batchctl__subcmd__envs__subcmd__modify"
                ;;
            batchctl__subcmd__envs,nodes)
                cmd="batchctl__subcmd__envs__subcmd__nodes"
                ;;
            batchctl__subcmd__envs,terminate-nodes)
                cmd="batchctl__subcmd__envs__subcmd__terminate__subcmd__nodes"
                ;;
            batchctl__subcmd__envs,view)
                cmd="batchctl__subcmd__envs__subcmd__view"
                ;;
            batchctl__subcmd__envs__subcmd__help,activities)
                cmd="batchctl__subcmd__envs__subcmd__help__subcmd__activities"
                ;;
            batchctl__subcmd__envs__subcmd__help,attach)
                cmd="batchctl__subcmd__envs__subcmd__help__subcmd__attach"
                ;;
            batchctl__subcmd__envs__subcmd__help,create)
                cmd="batchctl__subcmd__envs__subcmd__help__subcmd__create"
                ;;
            batchctl__subcmd__envs__subcmd__help,delete)
                cmd="batchctl__subcmd__envs__subcmd__help__subcmd__delete"
                ;;
            batchctl__subcmd__envs__subcmd__help,detach)
                cmd="batchctl__subcmd__envs__subcmd__help__subcmd__detach"
                ;;
            batchctl__subcmd__envs__subcmd__help,help)
                cmd="batchctl__subcmd__envs__subcmd__help__subcmd__help"
                ;;
            batchctl__subcmd__envs__subcmd__help,init)
                cmd="batchctl__subcmd__envs__subcmd__help__subcmd__init"
                ;;
            batchctl__subcmd__envs__subcmd__help,list)
                cmd="batchctl__subcmd__envs__subcmd__help__subcmd__list"
                ;;
            batchctl__subcmd__envs__subcmd__help,modify)
                cmd="batchctl__subcmd__envs__subcmd__help__subcmd__modify"
                ;;
            batchctl__subcmd__envs__subcmd__help,nodes)
                cmd="batchctl__subcmd__envs__subcmd__help__subcmd__nodes"
                ;;
            batchctl__subcmd__envs__subcmd__help,terminate-nodes)
                cmd="batchctl__subcmd__envs__subcmd__help__subcmd__terminate__subcmd__nodes"
                ;;
            batchctl__subcmd__envs__subcmd__help,view)
                cmd="batchctl__subcmd__envs__subcmd__help__subcmd__view"
                ;;
            batchctl__subcmd__help,api)
                cmd="batchctl__subcmd__help__subcmd__api"
                ;;
            batchctl__subcmd__help,catalog)
                cmd="batchctl__subcmd__help__subcmd__catalog"
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
            batchctl__subcmd__help,envs)
                cmd="batchctl__subcmd__help__subcmd__envs"
                ;;
            batchctl__subcmd__help,help)
                cmd="batchctl__subcmd__help__subcmd__help"
                ;;
            batchctl__subcmd__help,jobs)
                cmd="batchctl__subcmd__help__subcmd__jobs"
                ;;
            batchctl__subcmd__help,run)
                cmd="batchctl__subcmd__help__subcmd__run"
                ;;
            batchctl__subcmd__help,templates)
                cmd="batchctl__subcmd__help__subcmd__templates"
                ;;
            batchctl__subcmd__help,top)
                cmd="batchctl__subcmd__help__subcmd__top"
                ;;
            batchctl__subcmd__help__subcmd__api,AttachInstances)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__AttachInstances"
                ;;
            batchctl__subcmd__help__subcmd__api,CreateComputeEnv)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__CreateComputeEnv"
                ;;
            batchctl__subcmd__help__subcmd__api,CreateTaskTemplate)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__CreateTaskTemplate"
                ;;
            batchctl__subcmd__help__subcmd__api,DeleteComputeEnv)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DeleteComputeEnv"
                ;;
            batchctl__subcmd__help__subcmd__api,DeleteJob)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DeleteJob"
                ;;
            batchctl__subcmd__help__subcmd__api,DeleteTaskTemplates)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DeleteTaskTemplates"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeAvailableCvmInstanceTypes)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeAvailableCvmInstanceTypes"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeComputeEnv)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeComputeEnv"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeComputeEnvActivities)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeComputeEnvActivities"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeComputeEnvCreateInfo)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeComputeEnvCreateInfo"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeComputeEnvCreateInfos)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeComputeEnvCreateInfos"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeComputeEnvs)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeComputeEnvs"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeCvmZoneInstanceConfigInfos)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeCvmZoneInstanceConfigInfos"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeInstanceCategories)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeInstanceCategories"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeJob)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeJob"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeJobMonitorData)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeJobMonitorData"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeJobSubmitInfo)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeJobSubmitInfo"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeJobs)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeJobs"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeTask)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeTask"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeTaskLogs)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeTaskLogs"
                ;;
            batchctl__subcmd__help__subcmd__api,DescribeTaskTemplates)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DescribeTaskTemplates"
                ;;
            batchctl__subcmd__help__subcmd__api,DetachInstances)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__DetachInstances"
                ;;
            batchctl__subcmd__help__subcmd__api,ModifyComputeEnv)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__ModifyComputeEnv"
                ;;
            batchctl__subcmd__help__subcmd__api,ModifyTaskTemplate)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__ModifyTaskTemplate"
                ;;
            batchctl__subcmd__help__subcmd__api,RetryJobs)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__RetryJobs"
                ;;
            batchctl__subcmd__help__subcmd__api,SubmitJob)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__SubmitJob"
                ;;
            batchctl__subcmd__help__subcmd__api,TerminateComputeNode)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__TerminateComputeNode"
                ;;
            batchctl__subcmd__help__subcmd__api,TerminateComputeNodes)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__TerminateComputeNodes"
                ;;
            batchctl__subcmd__help__subcmd__api,TerminateJob)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__TerminateJob"
                ;;
            batchctl__subcmd__help__subcmd__api,TerminateTaskInstance)
                cmd="batchctl__subcmd__help__subcmd__api__subcmd__TerminateTaskInstance"
                ;;
            batchctl__subcmd__help__subcmd__catalog,categories)
                cmd="batchctl__subcmd__help__subcmd__catalog__subcmd__categories"
                ;;
            batchctl__subcmd__help__subcmd__catalog,instance-types)
                cmd="batchctl__subcmd__help__subcmd__catalog__subcmd__instance__subcmd__types"
                ;;
            batchctl__subcmd__help__subcmd__catalog,zone-configs)
                cmd="batchctl__subcmd__help__subcmd__catalog__subcmd__zone__subcmd__configs"
                ;;
            batchctl__subcmd__help__subcmd__config,get)
                cmd="batchctl__subcmd__help__subcmd__config__subcmd__get"
                ;;
            batchctl__subcmd__help__subcmd__config,set)
                cmd="batchctl__subcmd__help__subcmd__config__subcmd__set"
                ;;
            batchctl__subcmd__help__subcmd__config,show)
                cmd="batchctl__subcmd__help__subcmd__config__subcmd__show"
                ;;
            batchctl__subcmd__help__subcmd__config,unset)
                cmd="batchctl__subcmd__help__subcmd__config__subcmd__unset"
                ;;
            batchctl__subcmd__help__subcmd__emulator,serve)
                cmd="batchctl__subcmd__help__subcmd__emulator__subcmd__serve"
                ;;
            batchctl__subcmd__help__subcmd__envs,activities)
                cmd="batchctl__subcmd__help__subcmd__envs__subcmd__activities"
                ;;
            batchctl__subcmd__help__subcmd__envs,attach)
                cmd="batchctl__subcmd__help__subcmd__envs__subcmd__attach"
                ;;
            batchctl__subcmd__help__subcmd__envs,create)
                cmd="batchctl__subcmd__help__subcmd__envs__subcmd__create"
                ;;
            batchctl__subcmd__help__subcmd__envs,delete)
                cmd="batchctl__subcmd__help__subcmd__envs__subcmd__delete"
                ;;
            batchctl__subcmd__help__subcmd__envs,detach)
                cmd="batchctl__subcmd__help__subcmd__envs__subcmd__detach"
                ;;
            batchctl__subcmd__help__subcmd__envs,init)
                cmd="batchctl__subcmd__help__subcmd__envs__subcmd__init"
                ;;
            batchctl__subcmd__help__subcmd__envs,list)
                cmd="batchctl__subcmd__help__subcmd__envs__subcmd__list"
                ;;
            batchctl__subcmd__help__subcmd__envs,modify)
                cmd="batchctl__subcmd__help__subcmd__envs__subcmd__modify"
                ;;
            batchctl__subcmd__help__subcmd__envs,nodes)
                cmd="batchctl__subcmd__help__subcmd__envs__subcmd__nodes"
                ;;
            batchctl__subcmd__help__subcmd__envs,terminate-nodes)
                cmd="batchctl__subcmd__help__subcmd__envs__subcmd__terminate__subcmd__nodes"
                ;;
            batchctl__subcmd__help__subcmd__envs,view)
                cmd="batchctl__subcmd__help__subcmd__envs__subcmd__view"
                ;;
            batchctl__subcmd__help__subcmd__jobs,delete)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__delete"
                ;;
            batchctl__subcmd__help__subcmd__jobs,describe)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__describe"
                ;;
            batchctl__subcmd__help__subcmd__jobs,graph)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__graph"
                ;;
            batchctl__subcmd__help__subcmd__jobs,init)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__init"
                ;;
            batchctl__subcmd__help__subcmd__jobs,logs)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__logs"
                ;;
            batchctl__subcmd__help__subcmd__jobs,retry)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__retry"
                ;;
            batchctl__subcmd__help__subcmd__jobs,spec)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__spec"
                ;;
            batchctl__subcmd__help__subcmd__jobs,submit)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__submit"
                ;;
            batchctl__subcmd__help__subcmd__jobs,tasks)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__tasks"
                ;;
            batchctl__subcmd__help__subcmd__jobs,terminate)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__terminate"
                ;;
            batchctl__subcmd__help__subcmd__jobs,terminate-instance)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__terminate__subcmd__instance"
                ;;
            batchctl__subcmd__help__subcmd__jobs,timeline)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__timeline"
                ;;
            batchctl__subcmd__help__subcmd__jobs,usage)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__usage"
                ;;
            batchctl__subcmd__help__subcmd__jobs,view)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__view"
                ;;
            batchctl__subcmd__help__subcmd__jobs,wait)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__wait"
                ;;
            batchctl__subcmd__help__subcmd__jobs,why)
                cmd="batchctl__subcmd__help__subcmd__jobs__subcmd__why"
                ;;
            batchctl__subcmd__help__subcmd__templates,create)
                cmd="batchctl__subcmd__help__subcmd__templates__subcmd__create"
                ;;
            batchctl__subcmd__help__subcmd__templates,delete)
                cmd="batchctl__subcmd__help__subcmd__templates__subcmd__delete"
                ;;
            batchctl__subcmd__help__subcmd__templates,init)
                cmd="batchctl__subcmd__help__subcmd__templates__subcmd__init"
                ;;
            batchctl__subcmd__help__subcmd__templates,list)
                cmd="batchctl__subcmd__help__subcmd__templates__subcmd__list"
                ;;
            batchctl__subcmd__help__subcmd__templates,modify)
                cmd="batchctl__subcmd__help__subcmd__templates__subcmd__modify"
                ;;
            batchctl__subcmd__help__subcmd__templates,view)
                cmd="batchctl__subcmd__help__subcmd__templates__subcmd__view"
                ;;
            batchctl__subcmd__jobs,delete)
                cmd="batchctl__subcmd__jobs__subcmd__delete"
                ;;
            batchctl__subcmd__jobs,describe)
                cmd="batchctl__subcmd__jobs__subcmd__describe"
                ;;
            batchctl__subcmd__jobs,graph)
                cmd="batchctl__subcmd__jobs__subcmd__graph"
                ;;
            batchctl__subcmd__jobs,help)
                cmd="batchctl__subcmd__jobs__subcmd__help"
                ;;
            batchctl__subcmd__jobs,init)
                cmd="batchctl__subcmd__jobs__subcmd__init"
                ;;
            batchctl__subcmd__jobs,list)
                cmd="batchctl__subcmd__jobs__subcmd__describe"
                ;;
            batchctl__subcmd__jobs,logs)
                cmd="batchctl__subcmd__jobs__subcmd__logs"
                ;;
            batchctl__subcmd__jobs,retry)
                cmd="batchctl__subcmd__jobs__subcmd__retry"
                ;;
            batchctl__subcmd__jobs,spec)
                cmd="batchctl__subcmd__jobs__subcmd__spec"
                ;;
            batchctl__subcmd__jobs,submit)
                cmd="batchctl__subcmd__jobs__subcmd__submit"
                ;;
            batchctl__subcmd__jobs,tasks)
                cmd="batchctl__subcmd__jobs__subcmd__tasks"
                ;;
            batchctl__subcmd__jobs,terminate)
                cmd="batchctl__subcmd__jobs__subcmd__terminate"
                ;;
            batchctl__subcmd__jobs,terminate-instance)
                cmd="batchctl__subcmd__jobs__subcmd__terminate__subcmd__instance"
                ;;
            batchctl__subcmd__jobs,timeline)
                cmd="batchctl__subcmd__jobs__subcmd__timeline"
                ;;
            batchctl__subcmd__jobs,usage)
                cmd="batchctl__subcmd__jobs__subcmd__usage"
                ;;
            batchctl__subcmd__jobs,view)
                cmd="batchctl__subcmd__jobs__subcmd__view"
                ;;
            batchctl__subcmd__jobs,wait)
                cmd="batchctl__subcmd__jobs__subcmd__wait"
                ;;
            batchctl__subcmd__jobs,why)
                cmd="batchctl__subcmd__jobs__subcmd__why"
                ;;
            batchctl__subcmd__jobs__subcmd__help,delete)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__delete"
                ;;
            batchctl__subcmd__jobs__subcmd__help,describe)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__describe"
                ;;
            batchctl__subcmd__jobs__subcmd__help,graph)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__graph"
                ;;
            batchctl__subcmd__jobs__subcmd__help,help)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__help"
                ;;
            batchctl__subcmd__jobs__subcmd__help,init)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__init"
                ;;
            batchctl__subcmd__jobs__subcmd__help,logs)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__logs"
                ;;
            batchctl__subcmd__jobs__subcmd__help,retry)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__retry"
                ;;
            batchctl__subcmd__jobs__subcmd__help,spec)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__spec"
                ;;
            batchctl__subcmd__jobs__subcmd__help,submit)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__submit"
                ;;
            batchctl__subcmd__jobs__subcmd__help,tasks)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__tasks"
                ;;
            batchctl__subcmd__jobs__subcmd__help,terminate)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__terminate"
                ;;
            batchctl__subcmd__jobs__subcmd__help,terminate-instance)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__terminate__subcmd__instance"
                ;;
            batchctl__subcmd__jobs__subcmd__help,timeline)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__timeline"
                ;;
            batchctl__subcmd__jobs__subcmd__help,usage)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__usage"
                ;;
            batchctl__subcmd__jobs__subcmd__help,view)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__view"
                ;;
            batchctl__subcmd__jobs__subcmd__help,wait)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__wait"
                ;;
            batchctl__subcmd__jobs__subcmd__help,why)
                cmd="batchctl__subcmd__jobs__subcmd__help__subcmd__why"
                ;;
            batchctl__subcmd__templates,create)
                cmd="batchctl__subcmd__templates__subcmd__create"
                ;;
            batchctl__subcmd__templates,delete)
                cmd="batchctl__subcmd__templates__subcmd__delete"
                ;;
            batchctl__subcmd__templates,help)
                cmd="batchctl__subcmd__templates__subcmd__help"
                ;;
            batchctl__subcmd__templates,init)
                cmd="batchctl__subcmd__templates__subcmd__init"
                ;;
            batchctl__subcmd__templates,list)
                cmd="batchctl__subcmd__templates__subcmd__list"
                ;;
            batchctl__subcmd__templates,ls)
                cmd="batchctl__subcmd__templates__subcmd__list"
                ;;
            batchctl__subcmd__templates,modify)
                cmd="batchctl__subcmd__templates__subcmd__modify"
                ;;
            batchctl__subcmd__templates,view)
                cmd="batchctl__subcmd__templates__subcmd__view"
                ;;
            batchctl__subcmd__templates__subcmd__help,create)
                cmd="batchctl__subcmd__templates__subcmd__help__subcmd__create"
                ;;
            batchctl__subcmd__templates__subcmd__help,delete)
                cmd="batchctl__subcmd__templates__subcmd__help__subcmd__delete"
                ;;
            batchctl__subcmd__templates__subcmd__help,help)
                cmd="batchctl__subcmd__templates__subcmd__help__subcmd__help"
                ;;
            batchctl__subcmd__templates__subcmd__help,init)
                cmd="batchctl__subcmd__templates__subcmd__help__subcmd__init"
                ;;
            batchctl__subcmd__templates__subcmd__help,list)
                cmd="batchctl__subcmd__templates__subcmd__help__subcmd__list"
                ;;
            batchctl__subcmd__templates__subcmd__help,modify)
                cmd="batchctl__subcmd__templates__subcmd__help__subcmd__modify"
                ;;
            batchctl__subcmd__templates__subcmd__help,view)
                cmd="batchctl__subcmd__templates__subcmd__help__subcmd__view"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        batchctl)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version run jobs emulator envs templates catalog config top completions api help"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
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
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --cli-input-json --all --help --version AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --cli-input-json)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__AttachInstances)
            opts="-o -q -V --EnvId --Instances --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --EnvId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Instances)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__CreateComputeEnv)
            opts="-o -q -V --ComputeEnv --Placement --ClientToken --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --ComputeEnv)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Placement)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --ClientToken)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__CreateTaskTemplate)
            opts="-o -q -V --TaskTemplateName --TaskTemplateInfo --TaskTemplateDescription --Tags --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --TaskTemplateName)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --TaskTemplateInfo)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --TaskTemplateDescription)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Tags)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DeleteComputeEnv)
            opts="-o -q -V --EnvId --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --EnvId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DeleteJob)
            opts="-o -q -V --JobId --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --JobId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DeleteTaskTemplates)
            opts="-o -q -V --TaskTemplateIds --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --TaskTemplateIds)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeAvailableCvmInstanceTypes)
            opts="-o -q -V --Filters --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --Filters)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeComputeEnv)
            opts="-o -q -V --EnvId --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --EnvId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeComputeEnvActivities)
            opts="-o -q -V --EnvId --Offset --Limit --Filters --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --EnvId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Offset)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Limit)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Filters)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeComputeEnvCreateInfo)
            opts="-o -q -V --EnvId --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --EnvId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeComputeEnvCreateInfos)
            opts="-o -q -V --EnvIds --Filters --Offset --Limit --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --EnvIds)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Filters)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Offset)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Limit)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeComputeEnvs)
            opts="-o -q -V --EnvIds --Filters --Offset --Limit --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --EnvIds)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Filters)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Offset)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Limit)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeCvmZoneInstanceConfigInfos)
            opts="-o -q -V --Filters --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --Filters)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeInstanceCategories)
            opts="-o -q -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeJob)
            opts="-o -q -V --JobId --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --JobId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeJobMonitorData)
            opts="-o -q -V --JobId --TaskName --TaskInstanceIndex --MetricName --StartTime --EndTime --Dimensions --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --JobId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --TaskName)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --TaskInstanceIndex)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --MetricName)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --StartTime)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --EndTime)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Dimensions)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeJobSubmitInfo)
            opts="-o -q -V --JobId --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --JobId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeJobs)
            opts="-o -q -V --JobIds --Filters --Offset --Limit --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --JobIds)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Filters)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Offset)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Limit)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeTask)
            opts="-o -q -V --JobId --TaskName --Offset --Limit --Filters --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --JobId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --TaskName)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Offset)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Limit)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Filters)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeTaskLogs)
            opts="-o -q -V --JobId --TaskName --TaskInstanceIndexes --Offset --Limit --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --JobId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --TaskName)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --TaskInstanceIndexes)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Offset)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Limit)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DescribeTaskTemplates)
            opts="-o -q -V --TaskTemplateIds --Filters --Offset --Limit --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --TaskTemplateIds)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Filters)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Offset)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Limit)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__DetachInstances)
            opts="-o -q -V --EnvId --InstanceIds --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --EnvId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --InstanceIds)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__ModifyComputeEnv)
            opts="-o -q -V --EnvId --DesiredComputeNodeCount --EnvName --EnvDescription --EnvData --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --EnvId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --DesiredComputeNodeCount)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --EnvName)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --EnvDescription)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --EnvData)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__ModifyTaskTemplate)
            opts="-o -q -V --TaskTemplateId --TaskTemplateName --TaskTemplateDescription --TaskTemplateInfo --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --TaskTemplateId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --TaskTemplateName)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --TaskTemplateDescription)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --TaskTemplateInfo)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__RetryJobs)
            opts="-o -q -V --JobIds --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --JobIds)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__SubmitJob)
            opts="-o -q -V --Placement --Job --ClientToken --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --Placement)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --Job)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --ClientToken)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__TerminateComputeNode)
            opts="-o -q -V --EnvId --ComputeNodeId --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --EnvId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --ComputeNodeId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__TerminateComputeNodes)
            opts="-o -q -V --EnvId --ComputeNodeIds --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --EnvId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --ComputeNodeIds)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__TerminateJob)
            opts="-o -q -V --JobId --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --JobId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__api__subcmd__TerminateTaskInstance)
            opts="-o -q -V --JobId --TaskName --TaskInstanceIndex --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --JobId)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --TaskName)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --TaskInstanceIndex)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__catalog)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version instance-types zone-configs categories help"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__catalog__subcmd__categories)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --columns --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -W "InstanceCategory InstanceFamilySet" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__catalog__subcmd__help)
            opts="instance-types zone-configs categories help"
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
        batchctl__subcmd__catalog__subcmd__help__subcmd__categories)
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
        batchctl__subcmd__catalog__subcmd__help__subcmd__help)
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
        batchctl__subcmd__catalog__subcmd__help__subcmd__instance__subcmd__types)
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
        batchctl__subcmd__catalog__subcmd__help__subcmd__zone__subcmd__configs)
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
        batchctl__subcmd__catalog__subcmd__instance__subcmd__types)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --zone --family --columns --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --zone)
                    COMPREPLY=($(compgen -W "ap-guangzhou-3 ap-guangzhou-4 ap-guangzhou-6 ap-guangzhou-7 ap-shanghai-2 ap-shanghai-3 ap-shanghai-4 ap-shanghai-5 ap-nanjing-1 ap-nanjing-2 ap-nanjing-3 ap-beijing-3 ap-beijing-5 ap-beijing-6 ap-beijing-7 ap-chengdu-1 ap-chengdu-2 ap-chongqing-1 ap-hongkong-2 ap-hongkong-3 ap-taipei-1 ap-singapore-1 ap-singapore-2 ap-singapore-3 ap-jakarta-1 ap-jakarta-2 ap-seoul-1 ap-seoul-2 ap-tokyo-1 ap-tokyo-2 ap-mumbai-1 ap-mumbai-2 ap-bangkok-1 ap-bangkok-2 na-siliconvalley-1 na-siliconvalley-2 na-ashburn-1 na-ashburn-2 na-toronto-1 eu-frankfurt-1 eu-frankfurt-2 eu-moscow-1 sa-saopaulo-1 ap-shanghai-fsi-1 ap-shanghai-fsi-2 ap-shenzhen-fsi-1 ap-shenzhen-fsi-2 ap-beijing-fsi-1" -- "${cur}"))
                    return 0
                    ;;
                --family)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -W "Zone InstanceType InstanceFamily Cpu Mem" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__catalog__subcmd__zone__subcmd__configs)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --zone --family --type --charge-type --columns --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --zone)
                    COMPREPLY=($(compgen -W "ap-guangzhou-3 ap-guangzhou-4 ap-guangzhou-6 ap-guangzhou-7 ap-shanghai-2 ap-shanghai-3 ap-shanghai-4 ap-shanghai-5 ap-nanjing-1 ap-nanjing-2 ap-nanjing-3 ap-beijing-3 ap-beijing-5 ap-beijing-6 ap-beijing-7 ap-chengdu-1 ap-chengdu-2 ap-chongqing-1 ap-hongkong-2 ap-hongkong-3 ap-taipei-1 ap-singapore-1 ap-singapore-2 ap-singapore-3 ap-jakarta-1 ap-jakarta-2 ap-seoul-1 ap-seoul-2 ap-tokyo-1 ap-tokyo-2 ap-mumbai-1 ap-mumbai-2 ap-bangkok-1 ap-bangkok-2 na-siliconvalley-1 na-siliconvalley-2 na-ashburn-1 na-ashburn-2 na-toronto-1 eu-frankfurt-1 eu-frankfurt-2 eu-moscow-1 sa-saopaulo-1 ap-shanghai-fsi-1 ap-shanghai-fsi-2 ap-shenzhen-fsi-1 ap-shenzhen-fsi-2 ap-beijing-fsi-1" -- "${cur}"))
                    return 0
                    ;;
                --family)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --charge-type)
                    COMPREPLY=($(compgen -W "POSTPAID_BY_HOUR SPOTPAID PREPAID CDHPAID" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -W "Zone InstanceType InstanceChargeType Cpu Memory Price StatusCategory Status InstanceFamily TypeName UnitPrice Gpu CpuType Frequency InstanceBandwidth InstancePps NetworkCard SoldOutReason Remark" -- "${cur}"))
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
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
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version show set get unset help"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__config__subcmd__get)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version zone image instance-type compute-env region output"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
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
            opts="show set get unset help"
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
        batchctl__subcmd__config__subcmd__help__subcmd__get)
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
        batchctl__subcmd__config__subcmd__help__subcmd__set)
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
        batchctl__subcmd__config__subcmd__help__subcmd__unset)
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
        batchctl__subcmd__config__subcmd__set)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version zone image instance-type compute-env region output"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__config__subcmd__unset)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version zone image instance-type compute-env region output"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
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
            opts="-o -q -h -V --listen --allow-remote --jobs --generate --log --rate-limit --inject --advance --speed --state-file --exec --output --query --region --profile --endpoint --timeout --max-attempts --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version"
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
                --speed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --state-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --exec)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__envs)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version list ls view create modify delete nodes activities attach detach terminate-nodes init help"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__envs__subcmd__activities)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --node --limit --all --offset --page-size --columns --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --node)
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
                    COMPREPLY=($(compgen -W "ActivityId ComputeNodeId ComputeNodeActivityType ActivityState StartTime Cause StateReason EndTime InstanceId" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__envs__subcmd__attach)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --instance --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --instance)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__envs__subcmd__create)
            opts="-o -q -f -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --file --zone --name --client-token --wait --interval --max-wait --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                -f)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --zone)
                    COMPREPLY=($(compgen -W "ap-guangzhou-3 ap-guangzhou-4 ap-guangzhou-6 ap-guangzhou-7 ap-shanghai-2 ap-shanghai-3 ap-shanghai-4 ap-shanghai-5 ap-nanjing-1 ap-nanjing-2 ap-nanjing-3 ap-beijing-3 ap-beijing-5 ap-beijing-6 ap-beijing-7 ap-chengdu-1 ap-chengdu-2 ap-chongqing-1 ap-hongkong-2 ap-hongkong-3 ap-taipei-1 ap-singapore-1 ap-singapore-2 ap-singapore-3 ap-jakarta-1 ap-jakarta-2 ap-seoul-1 ap-seoul-2 ap-tokyo-1 ap-tokyo-2 ap-mumbai-1 ap-mumbai-2 ap-bangkok-1 ap-bangkok-2 na-siliconvalley-1 na-siliconvalley-2 na-ashburn-1 na-ashburn-2 na-toronto-1 eu-frankfurt-1 eu-frankfurt-2 eu-moscow-1 sa-saopaulo-1 ap-shanghai-fsi-1 ap-shanghai-fsi-2 ap-shenzhen-fsi-1 ap-shenzhen-fsi-2 ap-beijing-fsi-1" -- "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-token)
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
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__envs__subcmd__delete)
            opts="-o -q -y -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --yes --wait --interval --max-wait --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
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
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__envs__subcmd__detach)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --instance --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --instance)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__envs__subcmd__help)
            opts="list view create modify delete nodes activities attach detach terminate-nodes init help"
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
        batchctl__subcmd__envs__subcmd__help__subcmd__activities)
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
        batchctl__subcmd__envs__subcmd__help__subcmd__attach)
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
        batchctl__subcmd__envs__subcmd__help__subcmd__create)
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
        batchctl__subcmd__envs__subcmd__help__subcmd__delete)
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
        batchctl__subcmd__envs__subcmd__help__subcmd__detach)
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
        batchctl__subcmd__envs__subcmd__help__subcmd__help)
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
        batchctl__subcmd__envs__subcmd__help__subcmd__init)
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
        batchctl__subcmd__envs__subcmd__help__subcmd__list)
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
        batchctl__subcmd__envs__subcmd__help__subcmd__modify)
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
        batchctl__subcmd__envs__subcmd__help__subcmd__nodes)
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
        batchctl__subcmd__envs__subcmd__help__subcmd__terminate__subcmd__nodes)
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
        batchctl__subcmd__envs__subcmd__help__subcmd__view)
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
        batchctl__subcmd__envs__subcmd__init)
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__envs__subcmd__list)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --env-id --name --zone --resource-type --state --tag --tag-key --tag-value --filter --limit --all --offset --page-size --columns --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --env-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --zone)
                    COMPREPLY=($(compgen -W "ap-guangzhou-3 ap-guangzhou-4 ap-guangzhou-6 ap-guangzhou-7 ap-shanghai-2 ap-shanghai-3 ap-shanghai-4 ap-shanghai-5 ap-nanjing-1 ap-nanjing-2 ap-nanjing-3 ap-beijing-3 ap-beijing-5 ap-beijing-6 ap-beijing-7 ap-chengdu-1 ap-chengdu-2 ap-chongqing-1 ap-hongkong-2 ap-hongkong-3 ap-taipei-1 ap-singapore-1 ap-singapore-2 ap-singapore-3 ap-jakarta-1 ap-jakarta-2 ap-seoul-1 ap-seoul-2 ap-tokyo-1 ap-tokyo-2 ap-mumbai-1 ap-mumbai-2 ap-bangkok-1 ap-bangkok-2 na-siliconvalley-1 na-siliconvalley-2 na-ashburn-1 na-ashburn-2 na-toronto-1 eu-frankfurt-1 eu-frankfurt-2 eu-moscow-1 sa-saopaulo-1 ap-shanghai-fsi-1 ap-shanghai-fsi-2 ap-shenzhen-fsi-1 ap-shenzhen-fsi-2 ap-beijing-fsi-1" -- "${cur}"))
                    return 0
                    ;;
                --resource-type)
                    COMPREPLY=($(compgen -W "CVM CPM" -- "${cur}"))
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -f "${cur}"))
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
                    COMPREPLY=($(compgen -W "EnvId EnvName Zone EnvType InstanceType Desired Running Nodes CreateTime ResourceType Attached NextAction Tags" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__envs__subcmd__modify)
            opts="-o -q -f -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --desired --name --description --file --wait --interval --max-wait --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --desired)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                -f)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
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
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__envs__subcmd__nodes)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --columns --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --columns)
                    COMPREPLY=($(compgen -W "ComputeNodeId ComputeNodeInstanceId ComputeNodeState PrivateIpAddresses TaskInstanceNumAvailable ResourceCreatedTime Cpu Mem ResourceOrigin PublicIpAddresses AgentVersion" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__envs__subcmd__terminate__subcmd__nodes)
            opts="-o -q -y -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --yes --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__envs__subcmd__view)
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
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
            opts="run jobs emulator envs templates catalog config top completions api help"
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
            opts="AttachInstances CreateComputeEnv CreateTaskTemplate DeleteComputeEnv DeleteJob DeleteTaskTemplates DescribeAvailableCvmInstanceTypes DescribeComputeEnv DescribeComputeEnvActivities DescribeComputeEnvCreateInfo DescribeComputeEnvCreateInfos DescribeComputeEnvs DescribeCvmZoneInstanceConfigInfos DescribeInstanceCategories DescribeJob DescribeJobMonitorData DescribeJobSubmitInfo DescribeJobs DescribeTask DescribeTaskLogs DescribeTaskTemplates DetachInstances ModifyComputeEnv ModifyTaskTemplate RetryJobs SubmitJob TerminateComputeNode TerminateComputeNodes TerminateJob TerminateTaskInstance"
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
        batchctl__subcmd__help__subcmd__api__subcmd__AttachInstances)
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
        batchctl__subcmd__help__subcmd__api__subcmd__CreateComputeEnv)
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
        batchctl__subcmd__help__subcmd__api__subcmd__CreateTaskTemplate)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DeleteComputeEnv)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DeleteJob)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DeleteTaskTemplates)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeAvailableCvmInstanceTypes)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeComputeEnv)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeComputeEnvActivities)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeComputeEnvCreateInfo)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeComputeEnvCreateInfos)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeComputeEnvs)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeCvmZoneInstanceConfigInfos)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeInstanceCategories)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeJob)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeJobMonitorData)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeJobSubmitInfo)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeJobs)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeTask)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeTaskLogs)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DescribeTaskTemplates)
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
        batchctl__subcmd__help__subcmd__api__subcmd__DetachInstances)
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
        batchctl__subcmd__help__subcmd__api__subcmd__ModifyComputeEnv)
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
        batchctl__subcmd__help__subcmd__api__subcmd__ModifyTaskTemplate)
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
        batchctl__subcmd__help__subcmd__api__subcmd__RetryJobs)
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
        batchctl__subcmd__help__subcmd__api__subcmd__SubmitJob)
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
        batchctl__subcmd__help__subcmd__api__subcmd__TerminateComputeNode)
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
        batchctl__subcmd__help__subcmd__api__subcmd__TerminateComputeNodes)
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
        batchctl__subcmd__help__subcmd__api__subcmd__TerminateJob)
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
        batchctl__subcmd__help__subcmd__api__subcmd__TerminateTaskInstance)
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
        batchctl__subcmd__help__subcmd__catalog)
            opts="instance-types zone-configs categories"
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
        batchctl__subcmd__help__subcmd__catalog__subcmd__categories)
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
        batchctl__subcmd__help__subcmd__catalog__subcmd__instance__subcmd__types)
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
        batchctl__subcmd__help__subcmd__catalog__subcmd__zone__subcmd__configs)
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
            opts="show set get unset"
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
        batchctl__subcmd__help__subcmd__config__subcmd__get)
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
        batchctl__subcmd__help__subcmd__config__subcmd__set)
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
        batchctl__subcmd__help__subcmd__config__subcmd__unset)
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
        batchctl__subcmd__help__subcmd__envs)
            opts="list view create modify delete nodes activities attach detach terminate-nodes init"
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
        batchctl__subcmd__help__subcmd__envs__subcmd__activities)
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
        batchctl__subcmd__help__subcmd__envs__subcmd__attach)
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
        batchctl__subcmd__help__subcmd__envs__subcmd__create)
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
        batchctl__subcmd__help__subcmd__envs__subcmd__delete)
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
        batchctl__subcmd__help__subcmd__envs__subcmd__detach)
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
        batchctl__subcmd__help__subcmd__envs__subcmd__init)
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
        batchctl__subcmd__help__subcmd__envs__subcmd__list)
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
        batchctl__subcmd__help__subcmd__envs__subcmd__modify)
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
        batchctl__subcmd__help__subcmd__envs__subcmd__nodes)
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
        batchctl__subcmd__help__subcmd__envs__subcmd__terminate__subcmd__nodes)
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
        batchctl__subcmd__help__subcmd__envs__subcmd__view)
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
            opts="describe wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance"
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
        batchctl__subcmd__help__subcmd__jobs__subcmd__delete)
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
        batchctl__subcmd__help__subcmd__jobs__subcmd__graph)
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
        batchctl__subcmd__help__subcmd__jobs__subcmd__init)
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
        batchctl__subcmd__help__subcmd__jobs__subcmd__logs)
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
        batchctl__subcmd__help__subcmd__jobs__subcmd__retry)
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
        batchctl__subcmd__help__subcmd__jobs__subcmd__spec)
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
        batchctl__subcmd__help__subcmd__jobs__subcmd__submit)
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
        batchctl__subcmd__help__subcmd__jobs__subcmd__tasks)
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
        batchctl__subcmd__help__subcmd__jobs__subcmd__terminate)
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
        batchctl__subcmd__help__subcmd__jobs__subcmd__terminate__subcmd__instance)
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
        batchctl__subcmd__help__subcmd__jobs__subcmd__timeline)
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
        batchctl__subcmd__help__subcmd__jobs__subcmd__usage)
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
        batchctl__subcmd__help__subcmd__jobs__subcmd__view)
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
        batchctl__subcmd__help__subcmd__jobs__subcmd__why)
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
        batchctl__subcmd__help__subcmd__run)
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
        batchctl__subcmd__help__subcmd__templates)
            opts="list view create modify delete init"
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
        batchctl__subcmd__help__subcmd__templates__subcmd__create)
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
        batchctl__subcmd__help__subcmd__templates__subcmd__delete)
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
        batchctl__subcmd__help__subcmd__templates__subcmd__init)
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
        batchctl__subcmd__help__subcmd__templates__subcmd__list)
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
        batchctl__subcmd__help__subcmd__templates__subcmd__modify)
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
        batchctl__subcmd__help__subcmd__templates__subcmd__view)
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
        batchctl__subcmd__help__subcmd__top)
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
        batchctl__subcmd__jobs)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version describe list wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__delete)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --job-id --name --state --zone --tag --tag-key --tag-value --filter --since --until --yes --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --job-id)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
                    COMPREPLY=($(compgen -f "${cur}"))
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
            opts="-o -q -w -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --job-id --name --state --zone --tag --tag-key --tag-value --filter --since --until --limit --all --offset --page-size --columns --no-headers --watch --interval --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --job-id)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
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
                    COMPREPLY=($(compgen -W "JobId JobName JobState Priority Zone CreateTime EndTime SubmittedCount PendingCount RunnableCount StartingCount RunningCount SucceedCount FailedInterruptedCount FailedCount Tags Tasks Duration Age" -- "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__graph)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --dot --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
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
            opts="describe wait view init submit spec tasks logs why timeline usage terminate retry delete graph terminate-instance help"
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
        batchctl__subcmd__jobs__subcmd__help__subcmd__delete)
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
        batchctl__subcmd__jobs__subcmd__help__subcmd__graph)
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
        batchctl__subcmd__jobs__subcmd__help__subcmd__init)
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
        batchctl__subcmd__jobs__subcmd__help__subcmd__logs)
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
        batchctl__subcmd__jobs__subcmd__help__subcmd__retry)
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
        batchctl__subcmd__jobs__subcmd__help__subcmd__spec)
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
        batchctl__subcmd__jobs__subcmd__help__subcmd__submit)
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
        batchctl__subcmd__jobs__subcmd__help__subcmd__tasks)
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
        batchctl__subcmd__jobs__subcmd__help__subcmd__terminate)
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
        batchctl__subcmd__jobs__subcmd__help__subcmd__terminate__subcmd__instance)
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
        batchctl__subcmd__jobs__subcmd__help__subcmd__timeline)
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
        batchctl__subcmd__jobs__subcmd__help__subcmd__usage)
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
        batchctl__subcmd__jobs__subcmd__help__subcmd__view)
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
        batchctl__subcmd__jobs__subcmd__help__subcmd__why)
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
        batchctl__subcmd__jobs__subcmd__init)
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__logs)
            opts="-o -q -f -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --task --instance --stdout --stderr --failed --follow --interval --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --task)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --instance)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__retry)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --job-id --name --state --zone --tag --tag-key --tag-value --filter --since --until --yes --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --job-id)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__spec)
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__submit)
            opts="-o -q -f -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --file --template --env --zone --name --set --client-token --wait --interval --estimate --hours --max-wait --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                -f)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --template)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --env)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --zone)
                    COMPREPLY=($(compgen -W "ap-guangzhou-3 ap-guangzhou-4 ap-guangzhou-6 ap-guangzhou-7 ap-shanghai-2 ap-shanghai-3 ap-shanghai-4 ap-shanghai-5 ap-nanjing-1 ap-nanjing-2 ap-nanjing-3 ap-beijing-3 ap-beijing-5 ap-beijing-6 ap-beijing-7 ap-chengdu-1 ap-chengdu-2 ap-chongqing-1 ap-hongkong-2 ap-hongkong-3 ap-taipei-1 ap-singapore-1 ap-singapore-2 ap-singapore-3 ap-jakarta-1 ap-jakarta-2 ap-seoul-1 ap-seoul-2 ap-tokyo-1 ap-tokyo-2 ap-mumbai-1 ap-mumbai-2 ap-bangkok-1 ap-bangkok-2 na-siliconvalley-1 na-siliconvalley-2 na-ashburn-1 na-ashburn-2 na-toronto-1 eu-frankfurt-1 eu-frankfurt-2 eu-moscow-1 sa-saopaulo-1 ap-shanghai-fsi-1 ap-shanghai-fsi-2 ap-shenzhen-fsi-1 ap-shenzhen-fsi-2 ap-beijing-fsi-1" -- "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --set)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hours)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-wait)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__tasks)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --task --state --limit --all --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --task)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --state)
                    COMPREPLY=($(compgen -W "SUBMITTED PENDING RUNNABLE STARTING RUNNING SUCCEED FAILED FAILED_INTERRUPTED" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__terminate)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --job-id --name --state --zone --tag --tag-key --tag-value --filter --since --until --yes --wait --interval --max-wait --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --job-id)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
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
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__terminate__subcmd__instance)
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__timeline)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --task --svg --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --task)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --svg)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__usage)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --task --instances --sample --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --task)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --sample)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__view)
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__wait)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --job-id --interval --fail-fast --max-wait --columns --no-headers --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --job-id)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                    COMPREPLY=($(compgen -W "JobId JobName JobState Priority Zone CreateTime EndTime SubmittedCount PendingCount RunnableCount StartingCount RunningCount SucceedCount FailedInterruptedCount FailedCount Tags Tasks Duration Age" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__jobs__subcmd__why)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --limit --lines --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lines)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__run)
            opts="-o -q -e -d -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --script --name --env-var --task-timeout --retries --template --set --zone --image --instance-type --env --array --max-parallel --each --detach --estimate --hours --terminate-on-interrupt --interval --client-token --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --script)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env-var)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --task-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --template)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
                    return 0
                    ;;
                --set)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --zone)
                    COMPREPLY=($(compgen -W "ap-guangzhou-3 ap-guangzhou-4 ap-guangzhou-6 ap-guangzhou-7 ap-shanghai-2 ap-shanghai-3 ap-shanghai-4 ap-shanghai-5 ap-nanjing-1 ap-nanjing-2 ap-nanjing-3 ap-beijing-3 ap-beijing-5 ap-beijing-6 ap-beijing-7 ap-chengdu-1 ap-chengdu-2 ap-chongqing-1 ap-hongkong-2 ap-hongkong-3 ap-taipei-1 ap-singapore-1 ap-singapore-2 ap-singapore-3 ap-jakarta-1 ap-jakarta-2 ap-seoul-1 ap-seoul-2 ap-tokyo-1 ap-tokyo-2 ap-mumbai-1 ap-mumbai-2 ap-bangkok-1 ap-bangkok-2 na-siliconvalley-1 na-siliconvalley-2 na-ashburn-1 na-ashburn-2 na-toronto-1 eu-frankfurt-1 eu-frankfurt-2 eu-moscow-1 sa-saopaulo-1 ap-shanghai-fsi-1 ap-shanghai-fsi-2 ap-shenzhen-fsi-1 ap-shenzhen-fsi-2 ap-beijing-fsi-1" -- "${cur}"))
                    return 0
                    ;;
                --image)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --instance-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --array)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-parallel)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --each)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --hours)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__templates)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --help --version list ls view create modify delete init help"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__templates__subcmd__create)
            opts="-o -q -f -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --file --name --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                -f)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__templates__subcmd__delete)
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__templates__subcmd__help)
            opts="list view create modify delete init help"
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
        batchctl__subcmd__templates__subcmd__help__subcmd__create)
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
        batchctl__subcmd__templates__subcmd__help__subcmd__delete)
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
        batchctl__subcmd__templates__subcmd__help__subcmd__help)
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
        batchctl__subcmd__templates__subcmd__help__subcmd__init)
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
        batchctl__subcmd__templates__subcmd__help__subcmd__list)
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
        batchctl__subcmd__templates__subcmd__help__subcmd__modify)
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
        batchctl__subcmd__templates__subcmd__help__subcmd__view)
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
        batchctl__subcmd__templates__subcmd__init)
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__templates__subcmd__list)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --name --tag --tag-key --tag-value --filter --limit --all --offset --page-size --columns --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
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
                    COMPREPLY=($(compgen -W "TaskTemplateId TaskTemplateName TaskName Instances Runs Command CreateTime Description Tags" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__templates__subcmd__modify)
            opts="-o -q -f -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --file --name --description --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                -f)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__templates__subcmd__view)
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        batchctl__subcmd__top)
            opts="-o -q -h -V --output --query --region --profile --endpoint --timeout --max-attempts --rate-limit --language --debug --dry-run --no-color --color --quiet --emulator --use-cvm-role --job-id --name --state --zone --tag --tag-key --tag-value --filter --since --until --limit --all --offset --page-size --interval --help --version"
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
                --emulator)
                    COMPREPLY=($(compgen -W "simulate local" -- "${cur}"))
                    return 0
                    ;;
                --job-id)
                    COMPREPLY=("${cur}")
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o nospace
                    fi
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
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
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
                --interval)
                    COMPREPLY=($(compgen -f "${cur}"))
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
