//! What a task instance sees: the service's `BATCH_…` variables and the task's
//! `EnvVars`, expanded by the simulated command, and in RedirectInfo file names.

use serde_json::json;

use super::support_world::*;

#[test]
fn each_instance_logs_its_own_index_count_and_job_id() {
    let (svc, hand) = world(Vec::new());
    let command = "echo \"row $BATCH_TASK_INSTANCE_INDEX of ${BATCH_TASK_INSTANCE_NUM} in $BATCH_JOB_ID\"; echo task=$BATCH_TASK_NAME";
    let id = submit(&svc, json!([task("rows", command, 3)]), json!([]));
    hand.advance(60_000);
    assert_eq!(job(&svc, &id)["JobState"], "SUCCEED");
    for i in 0..3u64 {
        let log = logs(&svc, &id, "rows", i);
        assert_eq!(
            decode(&log["StdoutLog"]),
            format!("row {i} of 3 in {id}\ntask=rows\n")
        );
    }
}

#[test]
fn env_vars_expand_but_never_replace_the_services_variables() {
    let (svc, hand) = world(Vec::new());
    let mut t = task(
        "env",
        "echo \"$GREETING, $WHO\" '$GREETING' $BATCH_TASK_INSTANCE_INDEX; N=$WHO; export M=\"[$N]\"; echo $M$UNSET",
        1,
    );
    t["EnvVars"] = json!([{"Name": "GREETING", "Value": "hello"}, {"Name": "WHO", "Value": "world"},
        {"Name": "BATCH_TASK_INSTANCE_INDEX", "Value": "99"}]);
    let id = submit(&svc, json!([t]), json!([]));
    hand.advance(60_000);
    let log = logs(&svc, &id, "env", 0);
    assert_eq!(
        decode(&log["StdoutLog"]),
        "hello, world $GREETING 0\n[world]\n"
    );
}

#[test]
fn variables_decide_the_exit_status_per_instance() {
    let (svc, hand) = world(Vec::new());
    let id = submit(
        &svc,
        json!([task("some", "exit $BATCH_TASK_INSTANCE_INDEX", 2)]),
        json!([]),
    );
    hand.advance(60_000);
    let set = instances(&svc, &id, "some");
    let states: Vec<_> = set.iter().map(|i| i["TaskInstanceState"].clone()).collect();
    assert_eq!(states, vec![json!("SUCCEED"), json!("FAILED")]);
}

#[test]
fn redirect_file_names_show_the_instances_values() {
    let (svc, _hand) = world(Vec::new());
    let mut t = task("out", "echo a", 2);
    t["RedirectInfo"] = json!({
        "StdoutRedirectPath": "cos://b-1250000000.cos.ap-guangzhou.myqcloud.com/out/",
        "StdoutRedirectFileName": "${BATCH_JOB_ID}-${BATCH_TASK_NAME}-${BATCH_TASK_INSTANCE_INDEX}.log"});
    let id = submit(&svc, json!([t]), json!([]));
    let set = instances(&svc, &id, "out");
    assert_eq!(
        set[1]["RedirectInfo"]["StdoutRedirectFileName"],
        format!("{id}-out-1.log")
    );
}
