//! Facts about the generated tables that the CLI and the emulator rely on.

use batch_api::{ActionId, Kind, Retry, Type, action, actions, id_prefix, lists, object};

const PAGING: [(&str, &str, &str); 7] = [
    ("DescribeComputeEnvActivities", "ActivitySet", "TotalCount"),
    (
        "DescribeComputeEnvCreateInfos",
        "ComputeEnvCreateInfoSet",
        "TotalCount",
    ),
    ("DescribeComputeEnvs", "ComputeEnvSet", "TotalCount"),
    ("DescribeJobs", "JobSet", "TotalCount"),
    ("DescribeTask", "TaskInstanceSet", "TaskInstanceTotalCount"),
    ("DescribeTaskLogs", "TaskInstanceLogSet", "TotalCount"),
    ("DescribeTaskTemplates", "TaskTemplateSet", "TotalCount"),
];

#[test]
fn the_api_has_thirty_actions_in_name_order() {
    let names: Vec<&str> = actions().iter().map(|a| a.name).collect();
    assert_eq!(names.len(), 30);
    let mut sorted = names.clone();
    sorted.sort_unstable();
    assert_eq!(names, sorted);
    for name in names {
        assert_eq!(action(name).map(|a| a.name), Some(name));
    }
}

#[test]
fn every_action_has_an_id_and_every_id_its_action() {
    assert_eq!(ActionId::ALL.len(), actions().len());
    for (i, &id) in ActionId::ALL.iter().enumerate() {
        assert_eq!(id.action().name, id.name(), "{id:?}");
        assert!(std::ptr::eq(id.action(), &actions()[i]), "{id:?}");
        assert_eq!(format!("{id:?}"), id.name());
    }
    for (a, &id) in actions().iter().zip(ActionId::ALL) {
        assert_eq!(ActionId::from_name(a.name), Some(id), "{}", a.name);
        assert_eq!(action(a.name), Some(id.action()));
    }
    assert_eq!(ActionId::DescribeJobs.name(), "DescribeJobs");
    assert_eq!(
        ActionId::SubmitJob.action().retry,
        Retry::Token("ClientToken")
    );
    const NAME: &str = ActionId::TerminateJob.name();
    assert_eq!(NAME, "TerminateJob");
    for wrong in ["DescribeJobz", "describejobs", "", "DescribeJobs "] {
        assert_eq!(ActionId::from_name(wrong), None, "{wrong:?}");
    }
}

#[test]
fn lists_name_every_list_of_every_answer_and_nothing_else() {
    let mut sorted = lists::ALL.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted, lists::ALL, "sorted, each once");
    for a in actions() {
        for l in a.list.iter().chain(a.paging.as_ref().map(|p| &p.list)) {
            assert!(lists::ALL.contains(l), "{}: {l}", a.name);
        }
    }
    let mut answers: Vec<&str> = actions()
        .iter()
        .flat_map(|a| object(a.output).unwrap().members)
        .filter(|m| m.ty == Type::List)
        .map(|m| m.name)
        .collect();
    answers.sort_unstable();
    answers.dedup();
    assert_eq!(answers, lists::ALL);
    let named = [
        (lists::JOB_SET, "JobSet"),
        (lists::COMPUTE_ENV_SET, "ComputeEnvSet"),
        (lists::COMPUTE_NODE_SET, "ComputeNodeSet"),
        (lists::INSTANCE_TYPE_CONFIG_SET, "InstanceTypeConfigSet"),
        (lists::INSTANCE_TYPE_QUOTA_SET, "InstanceTypeQuotaSet"),
        (lists::INSTANCE_CATEGORY_SET, "InstanceCategorySet"),
        (lists::TASK_SET, "TaskSet"),
        (lists::TASK_INSTANCE_SET, "TaskInstanceSet"),
        (lists::TASK_INSTANCE_LOG_SET, "TaskInstanceLogSet"),
        (lists::TASK_TEMPLATE_SET, "TaskTemplateSet"),
        (lists::ACTIVITY_SET, "ActivitySet"),
        (lists::DEPENDENCE_SET, "DependenceSet"),
        (lists::TAGS, "Tags"),
    ];
    for (got, want) in named {
        assert_eq!(got, want);
    }
    assert_eq!(ActionId::DescribeJobs.action().list, Some(lists::JOB_SET));
}

#[test]
fn unknown_actions_are_not_found() {
    assert!(action("DescribeJobz").is_none());
    assert!(action("describejobs").is_none());
    assert!(action("").is_none());
    assert!(object("NoSuchObject").is_none());
}

#[test]
fn exactly_seven_actions_page_and_their_lists_are_in_the_answer() {
    let paging: Vec<&str> = actions()
        .iter()
        .filter(|a| a.paging.is_some())
        .map(|a| a.name)
        .collect();
    assert_eq!(paging, PAGING.map(|p| p.0));
    for (name, list, total) in PAGING {
        let a = action(name).unwrap();
        let p = a.paging.unwrap();
        assert_eq!((p.list, p.total), (list, total), "{name}");
        assert_eq!(
            a.list,
            Some(list),
            "{name}: the paging list is the row list"
        );
        let output = object(a.output).unwrap();
        assert_eq!(output.member(list).unwrap().ty, Type::List, "{name}");
        assert_eq!(output.member(total).unwrap().ty, Type::Int, "{name}");
        let input = object(a.input).unwrap();
        assert!(input.member(p.offset).is_some() && input.member(p.limit).is_some());
        assert!(p.default_limit <= p.max_limit);
    }
    let logs = action("DescribeTaskLogs").unwrap().paging.unwrap();
    assert_eq!((logs.default_limit, logs.max_limit), (5, 10));
    let task = action("DescribeTask").unwrap().paging.unwrap();
    assert_eq!((task.default_limit, task.max_limit), (100, 1000));
}

#[test]
fn every_reference_to_an_object_resolves() {
    let scalars = ["string", "int64", "uint64", "float", "bool"];
    for a in actions() {
        assert!(object(a.input).is_some(), "{}: input", a.name);
        let output = object(a.output).unwrap_or_else(|| panic!("{}: output", a.name));
        assert!(output.member("RequestId").is_some(), "{}", a.name);
        if let Some(list) = a.list {
            assert_eq!(
                output.member(list).map(|m| m.ty),
                Some(Type::List),
                "{}",
                a.name
            );
        }
    }
    for a in actions() {
        for o in [a.input, a.output] {
            let mut stack = vec![o];
            let mut seen = std::collections::BTreeSet::new();
            while let Some(name) = stack.pop() {
                if !seen.insert(name) {
                    continue;
                }
                let obj = object(name).unwrap_or_else(|| panic!("object {name} unresolved"));
                for m in obj.members {
                    match (m.ty, m.member) {
                        (Type::Object, Some(r)) => stack.push(r),
                        (Type::List, Some(r)) if !scalars.contains(&r) => stack.push(r),
                        (Type::List, Some(_)) => {}
                        (Type::Object | Type::List, None) => panic!("{name}.{}", m.name),
                        (_, r) => assert!(r.is_none(), "{name}.{}", m.name),
                    }
                }
            }
        }
    }
}

#[test]
fn rate_limits_match_the_reference() {
    let expect = [
        ("DescribeJobs", 2.0, false),
        ("DescribeTask", 3.0, false),
        ("DescribeTaskLogs", 20.0, false),
        ("SubmitJob", 7.0, false),
        ("DeleteJob", 30.0, false),
        ("TerminateComputeNodes", 20.0, false),
        ("DescribeInstanceCategories", 2.0, true),
        ("TerminateJob", 2.0, true),
    ];
    for (name, rate, assumed) in expect {
        let a = action(name).unwrap();
        assert_eq!(
            (a.rate_limit, a.rate_limit_assumed),
            (rate, assumed),
            "{name}"
        );
    }
}

#[test]
fn writes_retry_only_as_their_class_allows() {
    for a in actions() {
        let is_read = a.name.starts_with("Describe");
        assert_eq!(a.kind == Kind::Read, is_read, "{}", a.name);
        assert_eq!(a.retry == Retry::Read, is_read, "{}", a.name);
        // Summaries are our own English, never the model's (Chinese) descriptions.
        let cjk = a
            .summary
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        assert!(!a.summary.is_empty() && !cjk, "{}", a.name);
    }
    for name in ["SubmitJob", "CreateComputeEnv"] {
        assert_eq!(action(name).unwrap().retry, Retry::Token("ClientToken"));
        let input = object(action(name).unwrap().input).unwrap();
        assert!(input.member("ClientToken").is_some());
    }
    for name in ["TerminateJob", "DeleteJob", "RetryJobs"] {
        assert_eq!(action(name).unwrap().retry, Retry::CheckByRead, "{name}");
    }
    assert_eq!(action("ModifyComputeEnv").unwrap().retry, Retry::Unsafe);
    assert_eq!(
        action("TerminateTaskInstance").unwrap().retry,
        Retry::Unsafe
    );
}

#[test]
fn curated_commands_and_row_lists() {
    let cmd = |n: &str| action(n).unwrap().command;
    assert_eq!(cmd("DescribeJobs"), Some("jobs describe"));
    assert_eq!(cmd("DescribeJob"), Some("jobs view"));
    assert_eq!(cmd("SubmitJob"), Some("jobs submit"));
    assert_eq!(cmd("DescribeComputeEnvs"), Some("envs list"));
    assert_eq!(
        cmd("DescribeInstanceCategories"),
        Some("catalog categories")
    );
    assert_eq!(cmd("DescribeJobMonitorData"), None);
    let list = |n: &str| action(n).unwrap().list;
    assert_eq!(list("DescribeJob"), Some("TaskSet"));
    assert_eq!(
        list("DescribeAvailableCvmInstanceTypes"),
        Some("InstanceTypeConfigSet")
    );
    assert_eq!(list("SubmitJob"), None);
}

#[test]
fn id_members_know_their_prefix() {
    assert_eq!(id_prefix("JobId"), Some("job-"));
    assert_eq!(id_prefix("EnvId"), Some("env-"));
    assert_eq!(id_prefix("ComputeNodeId"), Some("node-"));
    assert_eq!(id_prefix("TaskTemplateId"), Some("task-tmpl-"));
    assert_eq!(id_prefix("InstanceId"), Some("ins-"));
    assert_eq!(id_prefix("JobIds"), Some("job-"));
    assert_eq!(id_prefix("JobName"), None);
}

#[test]
fn the_overlay_corrects_the_model_where_the_reference_wins() {
    let placement = object("Placement").unwrap();
    assert!(!placement.member("ProjectId").unwrap().required);
    assert!(placement.member("Zone").unwrap().required);
    assert!(
        object("JobView")
            .unwrap()
            .member("EndTime")
            .unwrap()
            .nullable
    );
}
