#!/usr/bin/env python3
"""Official clients against batchctl: for every published example in api/examples, run
`tccli batch ACTION ARGS` and `batchctl api ACTION ARGS` (the same tccli-style arguments)
against one `batchctl emulator serve`, and check from the emulator's request log that
both sent the same JSON body (ClientToken aside: batchctl adds one where tccli sends none)
and that the emulator verified both signatures. Also runs the Python SDK once with TC3
and once with each older signature method (legacy_signature_cases), checks through the
SDK that monitor data, event names and activity states are plausible (fidelity_cases), and
that the emulator outlives hundreds of idle sockets (server_cases); node faults and the
priority queue through the SDK (world_cases); a job run for real by `--exec local`
(exec_local_cases); the jobs `batchctl run` builds (tables, arrays) run by the emulator as
the SDK reads them (run_cases); `jobs usage` against the SDK's series and prices (usage_cases).

Usage: scripts/conformance.sh  (makes a virtualenv with tccli and the SDK from PyPI),
or     TCCLI=/path/to/tccli PYTHON=/path/to/python scripts/conformance.py BATCHCTL
"""
import json, os, subprocess, sys, tempfile, pathlib

root = pathlib.Path(__file__).resolve().parent.parent
bin_ = sys.argv[1] if len(sys.argv) > 1 else str(root / "target/debug/batchctl")
tccli = os.environ.get("TCCLI", "tccli")
python = os.environ.get("PYTHON", sys.executable)
tmp = pathlib.Path(tempfile.mkdtemp(prefix="batchctl-conformance."))

SIGN_METHODS = ("HmacSHA256", "HmacSHA1")


def sdk_prelude(endpoint, key_id, key):
    """The start of every Python SDK script here: the imports, a client `c` for
    `endpoint` with the demo key, and `call(action, body)` giving the answer as JSON."""
    return f"""import base64, json, time
from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.batch.v20170312 import batch_client, models
hp = HttpProfile(endpoint="{endpoint.removeprefix('http://')}", protocol="http")
c = batch_client.BatchClient(credential.Credential("{key_id}", "{key}"), "ap-guangzhou",
                             ClientProfile(httpProfile=hp))
def call(action, body):
    req = getattr(models, action + "Request")()
    req.from_json_string(json.dumps(body))
    return json.loads(getattr(c, action)(req).to_json_string())
"""

# `case(name, check)` of an SDK script: runs `check` (giving (good, detail)) and prints
# `ok   NAME: detail` or `FAIL NAME: detail`, an exception a failure.
SDK_CASE = """def case(name, check):
    try:
        detail = check()
        print(("ok   " if detail[0] else "FAIL ") + name + ": " + detail[1])
    except Exception as e:
        print("FAIL " + name + ": " + repr(e)[:300])"""

def legacy_signature_cases(endpoint, key_id, key, env):
    """The Python SDK with the older signature (ClientProfile(signMethod=...)): every
    parameter in a form body, signed with HmacSHA256 or HmacSHA1. The emulator must verify
    it and answer DescribeJobs as for a TC3 request. Returns the number of failures."""
    failures = 0
    for method in SIGN_METHODS:
        run = subprocess.run([python, "-c", f"""
from tencentcloud.common import credential
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.batch.v20170312 import batch_client, models
hp = HttpProfile(endpoint="{endpoint.removeprefix('http://')}", protocol="http")
c = batch_client.BatchClient(credential.Credential("{key_id}", "{key}"), "ap-guangzhou",
                             ClientProfile(httpProfile=hp, signMethod="{method}"))
r = models.DescribeJobsRequest(); r.Limit = 2
print(len(c.DescribeJobs(r).JobSet))
"""], env=env, capture_output=True, text=True)
        if run.returncode != 0 or run.stdout.strip() != "2":
            print(f"FAIL Python SDK DescribeJobs signed {method}: {run.stdout.strip()} "
                  f"{run.stderr.strip()[-300:]}")
            failures += 1
        else:
            print(f"ok   Python SDK DescribeJobs signed {method}: 2 jobs")
    return failures


def server_cases(endpoint, key_id, key, env, emu):
    """The server outlives its clients' mistakes (issue 18): 300 idle sockets held open
    (more than the 256 connections it serves at once), a new client refused at once (503
    or a closed connection, not left waiting), the process alive, and the Python SDK's
    DescribeJobs answered once the idle sockets close. Returns (cases, failures)."""
    import socket, time
    host, port = endpoint.removeprefix("http://").rsplit(":", 1)
    idle = []
    for _ in range(300):
        try:
            idle.append(socket.create_connection((host, int(port)), timeout=10))
        except OSError:
            break
    results = []
    try:
        s = socket.create_connection((host, int(port)), timeout=10)
        s.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
        got = b""
        while chunk := s.recv(4096):
            got += chunk
        s.close()
        refused = got == b"" or got.startswith(b"HTTP/1.1 503")
        results.append((refused, f"a new client while {len(idle)} idle sockets are held: "
                                 f"{got[:12].decode(errors='replace') or 'closed'}"))
    except socket.timeout:
        results.append((False, "a new client while full was left waiting"))
    except OSError as e:
        results.append((True, f"a new client while full: {type(e).__name__}"))
    results.append((emu.poll() is None, f"the emulator is alive with {len(idle)} idle sockets"))
    for sock in idle:
        sock.close()
    sdk = None
    for _ in range(20):
        sdk = subprocess.run([python, "-c", f"""
{sdk_prelude(endpoint, key_id, key)}
r = models.DescribeJobsRequest(); r.Limit = 2
print(len(c.DescribeJobs(r).JobSet))
"""], env=env, capture_output=True, text=True)
        if sdk.returncode == 0:
            break
        time.sleep(0.1)
    answered = sdk.returncode == 0 and sdk.stdout.strip() == "2"
    results.append((answered, "Python SDK DescribeJobs once the idle sockets closed: "
                              + (sdk.stdout.strip() if answered else sdk.stderr.strip()[-200:])))
    failures = 0
    for passed, what in results:
        print(f"{'ok  ' if passed else 'FAIL'} server {what}")
        failures += 0 if passed else 1
    return len(results), failures

METRICS = ("CpuUsage", "MemUsage", "LanOuttraffic", "LanIntraffic", "MaxDiskUsage",
           "TargetDiskUsage")
ACTIVITY_STATES = ("SUBMITTED", "PROCESSING", "SUCCEED", "FAILED")


def fidelity_cases(endpoint, key_id, key, env):
    """The Python SDK reads what the emulator makes up, and must find it plausible:
    DescribeJobMonitorData of a finished demo instance (`job-hello0ok`, task `hello`,
    instance 0) gives a non-empty series for each documented metric; an unknown
    notification EventName is refused with InvalidParameterValue; every activity of the
    demo environment and of a new one is in a documented state. Returns (cases, failures)."""
    run = subprocess.run([python, "-c", f"""
{sdk_prelude(endpoint, key_id, key)}
{SDK_CASE}
for metric in {list(METRICS)!r}:
    def monitor(metric=metric):
        r = models.DescribeJobMonitorDataRequest()
        r.from_json_string(json.dumps({{"JobId": "job-hello0ok", "TaskName": "hello",
                                       "TaskInstanceIndex": 0, "MetricName": metric}}))
        a = c.DescribeJobMonitorData(r)
        stamps, values = a.DataPoints.Timestamps or [], a.DataPoints.Values or []
        good = len(stamps) > 0 and len(stamps) == len(values) and all(v >= 0 for v in values)
        return good, f"{{len(stamps)}} points, period {{a.Period}}"
    case("monitor " + metric, monitor)
def unknown_event():
    r = models.CreateComputeEnvRequest()
    r.from_json_string(json.dumps({{
        "ComputeEnv": {{"EnvName": "e", "EnvType": "MANAGED", "DesiredComputeNodeCount": 0,
            "EnvData": {{"InstanceType": "S5.MEDIUM4", "ImageId": "img-abcdefgh"}},
            "Notifications": [{{"TopicName": "t", "EventConfigs": [
                {{"EventName": "COMPUTE_ENV_EXPLODED", "EventVars": []}}]}}]}},
        "Placement": {{"Zone": "ap-guangzhou-3"}}}}))
    try:
        c.CreateComputeEnv(r)
        return False, "accepted"
    except TencentCloudSDKException as e:
        return e.get_code() == "InvalidParameterValue", "refused with " + e.get_code()
case("unknown EventName", unknown_event)
def activities():
    r = models.CreateComputeEnvRequest()
    r.from_json_string(json.dumps({{
        "ComputeEnv": {{"EnvName": "fresh", "EnvType": "MANAGED", "DesiredComputeNodeCount": 2,
            "EnvData": {{"InstanceType": "S5.MEDIUM4", "ImageId": "img-abcdefgh"}}}},
        "Placement": {{"Zone": "ap-guangzhou-3"}}}}))
    fresh = c.CreateComputeEnv(r).EnvId
    states = []
    for env_id in ("env-demo0001", fresh):
        q = models.DescribeComputeEnvActivitiesRequest()
        q.EnvId = env_id
        states += [a.ActivityState for a in c.DescribeComputeEnvActivities(q).ActivitySet or []]
    good = len(states) >= 3 and all(s in {list(ACTIVITY_STATES)!r} for s in states)
    return good, "states " + ", ".join(sorted(set(states)))
case("activity states", activities)
"""], env=env, capture_output=True, text=True)
    lines = [l for l in run.stdout.splitlines() if l.startswith(("ok   ", "FAIL "))]
    for line in lines:
        print(line)
    cases = len(METRICS) + 2
    failed = sum(1 for l in lines if l.startswith("FAIL "))
    if len(lines) != cases:
        print(f"FAIL fidelity: {len(lines)} of {cases} cases ran "
              f"(rc={run.returncode}: {run.stderr.strip()[-300:]})")
        failed += cases - len(lines)
    return cases, failed

def usage_cases(bin_, endpoint, key_id, key, env):
    """`jobs usage` (issue 19) against what the Python SDK reads of the same emulator:
    DescribeJobMonitorData of each instance of the demo job `job-hello0ok`, asked as batchctl
    asks it (StartTime and EndTime the instance's run), gives a Period and DataPoints whose
    Timestamps and Values have the same length, for CpuUsage and MemUsage; an unknown
    MetricName is InvalidParameterValue; batchctl's per-instance mean and peak equal the SDK's
    series, and its cost equals the SDK's run seconds (DescribeTask) times the SDK's price
    (DescribeCvmZoneInstanceConfigInfos) / 3600. Returns (cases, failures)."""
    out = subprocess.run([bin_, "--endpoint", endpoint, "--rate-limit", "0", "jobs", "usage",
                          "job-hello0ok", "--instances", "-o", "json"],
                         env={**env, "TENCENTCLOUD_SECRET_ID": key_id,
                              "TENCENTCLOUD_SECRET_KEY": key},
                         capture_output=True, text=True)
    try:
        usage = json.loads(out.stdout)
    except ValueError:
        usage = {}
    run = subprocess.run([python, "-c", f"""
{sdk_prelude(endpoint, key_id, key)}
from datetime import datetime
usage = json.loads({json.dumps(json.dumps(usage))})
{SDK_CASE}
instances = call("DescribeTask", {{"JobId": "job-hello0ok", "TaskName": "hello"}})["TaskInstanceSet"]
task = (usage.get("Tasks") or [{{}}])[0]
rows = {{r["TaskInstanceIndex"]: r for r in task.get("InstanceSet") or []}}
for metric in ("CpuUsage", "MemUsage"):
    def series(metric=metric):
        lengths, mismatched = [], []
        for i in instances:
            a = call("DescribeJobMonitorData", {{"JobId": "job-hello0ok", "TaskName": "hello",
                "TaskInstanceIndex": i["TaskInstanceIndex"], "MetricName": metric,
                "StartTime": i["RunningTime"], "EndTime": i["EndTime"]}})
            p = a.get("DataPoints") or {{}}
            stamps, values = p.get("Timestamps") or [], p.get("Values") or []
            if not (a.get("Period") and stamps and len(stamps) == len(values)):
                return False, f"instance {{i['TaskInstanceIndex']}}: {{a}}"
            lengths.append(len(values))
            mine = (rows.get(i["TaskInstanceIndex"]) or {{}}).get(metric) or {{}}
            mean, peak = sum(values) / len(values), max(values)
            if mine.get("Points") != len(values) or abs((mine.get("Mean") or -1) - mean) > 0.01 \
                    or mine.get("Peak") != peak:
                mismatched.append((i["TaskInstanceIndex"], mine, round(mean, 2), peak))
        if mismatched:
            return False, f"batchctl's figures differ: {{mismatched}}"
        return True, f"Period and equal lengths {{lengths}}; batchctl's mean and peak match"
    case("usage monitor " + metric, series)
def unknown_metric():
    try:
        call("DescribeJobMonitorData", {{"JobId": "job-hello0ok", "TaskName": "hello",
            "TaskInstanceIndex": 0, "MetricName": "CpuUsed"}})
        return False, "accepted"
    except TencentCloudSDKException as e:
        return e.get_code() == "InvalidParameterValue", "refused with " + e.get_code()
case("usage unknown MetricName", unknown_metric)
def cost():
    quota = call("DescribeCvmZoneInstanceConfigInfos", {{"Filters": [
        {{"Name": "zone", "Values": [usage["Zone"]]}},
        {{"Name": "instance-type", "Values": [task["InstanceType"]]}},
        {{"Name": "instance-charge-type", "Values": ["POSTPAID_BY_HOUR"]}}]}})
    price = quota["InstanceTypeQuotaSet"][0]["Price"]["UnitPrice"]
    at = lambda t: datetime.fromisoformat(t.replace("Z", "+00:00")).timestamp()
    seconds = sum(at(i["EndTime"]) - at(i["RunningTime"]) for i in instances)
    expected = seconds * price / 3600
    good = abs(task["Cost"] - expected) < 1e-6 and task["RunSeconds"] == seconds
    return good, f"{{seconds:.0f}} s x {{price}}/h = {{expected:.6f}}; batchctl {{task['Cost']}}"
case("usage cost", cost)
"""], env=env, capture_output=True, text=True)
    lines = [l for l in run.stdout.splitlines() if l.startswith(("ok   ", "FAIL "))]
    for line in lines:
        print(line)
    cases = 4
    failed = sum(1 for l in lines if l.startswith("FAIL "))
    if out.returncode != 0:
        print(f"FAIL usage: batchctl jobs usage rc={out.returncode}: {out.stderr.strip()[-300:]}")
    if len(lines) != cases:
        print(f"FAIL usage: {len(lines)} of {cases} cases ran "
              f"(rc={run.returncode}: {run.stderr.strip()[-300:]})")
        failed += cases - len(lines)
    return cases, failed

def world_limits_cases(endpoint, key_id, key, env):
    """The world's bounds seen by the Python SDK (issue 22): a job declaring more task
    instances than the emulator's quota (two tasks of 6,000) is refused with the documented
    LimitExceeded.CpuQuota and creates nothing; a ClientToken reused with a different
    request is InvalidParameterValue naming the token. Returns (cases, failures)."""
    run = subprocess.run([python, "-c", f"""
{sdk_prelude(endpoint, key_id, key)}
def submit(tasks, token=None, name="big"):
    body = {{"Placement": {{"Zone": "ap-guangzhou-3"}}, "Job": {{"JobName": name, "Tasks": [
        {{"TaskName": t, "TaskInstanceNum": n,
          "Application": {{"DeliveryForm": "LOCAL", "Command": "echo"}}}} for t, n in tasks]}}}}
    if token:
        body["ClientToken"] = token
    r = models.SubmitJobRequest(); r.from_json_string(json.dumps(body))
    try:
        return "ok " + c.SubmitJob(r).JobId
    except TencentCloudSDKException as e:
        return e.get_code() + ": " + e.get_message()
def total():
    r = models.DescribeJobsRequest(); r.Limit = 1
    return c.DescribeJobs(r).TotalCount
before = total()
big = submit([("a", 6000), ("b", 6000)])
after = total()
first = submit([("a", 1)], token="conformance-limits-1", name="one")
other = submit([("a", 2)], token="conformance-limits-1", name="one")
print(json.dumps({{"big": big, "created": after - before, "first": first, "other": other}}))
"""], env=env, capture_output=True, text=True)
    if run.returncode != 0:
        print(f"FAIL world limits: the Python SDK script failed: {run.stderr.strip()[-400:]}")
        return 3, 3
    seen = json.loads(run.stdout)
    cases = [
        ("a job over the instance quota is LimitExceeded.CpuQuota",
         seen["big"].startswith("LimitExceeded.CpuQuota"), seen["big"]),
        ("a refused job creates nothing", seen["created"] == 0, seen["created"]),
        ("a ClientToken reused with another request is InvalidParameterValue naming it",
         seen["first"].startswith("ok ") and seen["other"].startswith("InvalidParameterValue")
         and "conformance-limits-1" in seen["other"], [seen["first"], seen["other"]]),
    ]
    failed = 0
    for name, ok, got in cases:
        if ok:
            print(f"ok   world limits: {name}")
        else:
            print(f"FAIL world limits: {name}: got {got}")
            failed += 1
    return len(cases), failed

def world_cases(bin_, env, key_id, key):
    """The emulator's world seen by the Python SDK, on a second emulator at --speed 100:
    an environment tagged `emulator-node-fault: CREATION_FAILED` shows CREATION_FAILED
    nodes and FAILED creation activities; a bad tag value is InvalidParameterValue; on a
    one-node environment a later job of higher Priority runs before an earlier one's
    waiting instance. Returns (cases, failures)."""
    emu2 = subprocess.Popen([bin_, "-q", "emulator", "serve", "--listen", "127.0.0.1:0",
                             "--rate-limit", "0", "--speed", "100"],
                            stdout=subprocess.PIPE, text=True)
    try:
        endpoint2 = emu2.stdout.readline().split()[-1]
        run = subprocess.run([python, "-c", f"""
{sdk_prelude(endpoint2, key_id, key)}
def env_body(desired, tags):
    return {{"ComputeEnv": {{"EnvName": "w", "EnvType": "MANAGED", "DesiredComputeNodeCount": desired,
        "EnvData": {{"InstanceType": "S5.MEDIUM4", "ImageId": "img-abcdefgh"}}, "Tags": tags}},
        "Placement": {{"Zone": "ap-guangzhou-3"}}}}
fault = lambda v: [{{"Key": "emulator-node-fault", "Value": v}}]
out = {{}}
failed_env = call("CreateComputeEnv", env_body(2, fault("CREATION_FAILED")))["EnvId"]
plain_env = call("CreateComputeEnv", env_body(1, []))["EnvId"]
try:
    call("CreateComputeEnv", env_body(1, fault("SOMETIMES")))
    out["bad"] = "accepted"
except TencentCloudSDKException as e:
    out["bad"] = e.get_code() + ": " + e.get_message()
time.sleep(0.5)
one = call("DescribeComputeEnv", {{"EnvId": failed_env}})
out["states"] = [n["ComputeNodeState"] for n in one["ComputeNodeSet"]]
listed = call("DescribeComputeEnvs", {{"EnvIds": [failed_env]}})["ComputeEnvSet"][0]
out["failed_count"] = listed["ComputeNodeMetrics"]["CreationFailedCount"]
acts = call("DescribeComputeEnvActivities", {{"EnvId": failed_env}})["ActivitySet"]
out["activities"] = [[a["ActivityState"], a["StateReason"]] for a in acts]
def job(priority, n):
    task = {{"TaskName": "a", "TaskInstanceNum": n, "EnvId": plain_env,
             "Application": {{"DeliveryForm": "LOCAL", "Command": "sleep 10"}}}}
    return call("SubmitJob", {{"Placement": {{"Zone": "ap-guangzhou-3"}},
        "Job": {{"JobName": "p", "Priority": priority, "Tasks": [task]}}}})["JobId"]
low = job(1, 2)
high = job(90, 1)
time.sleep(1.0)
def started(j):
    return [i["RunningTime"] for i in call("DescribeTask", {{"JobId": j, "TaskName": "a"}})["TaskInstanceSet"]]
out["low"], out["high"] = started(low), started(high)
print(json.dumps(out))
"""], env=env, capture_output=True, text=True)
    finally:
        emu2.terminate()
        emu2.wait()
    if run.returncode != 0:
        print(f"FAIL world: the Python SDK script failed: {run.stderr.strip()[-400:]}")
        return 5, 5
    seen = json.loads(run.stdout)
    low, high = seen.get("low", []), seen.get("high", [])
    cases = [
        ("CREATION_FAILED nodes in DescribeComputeEnv",
         seen["states"] == ["CREATION_FAILED", "CREATION_FAILED"], seen["states"]),
        ("CreationFailedCount in DescribeComputeEnvs", seen["failed_count"] == 2,
         seen["failed_count"]),
        ("CREATE_COMPUTE_NODE activities FAILED with a reason",
         len(seen["activities"]) == 2
         and all(a[0] == "FAILED" and a[1] for a in seen["activities"]), seen["activities"]),
        ("a bad fault tag is InvalidParameterValue naming it",
         seen["bad"].startswith("InvalidParameterValue") and "SOMETIMES" in seen["bad"],
         seen["bad"]),
        ("a later higher-Priority job runs before an earlier job's waiting instance",
         len(low) == 2 and len(high) == 1 and None not in low + high
         and low[0] < high[0] < low[1], {"low": low, "high": high}),
    ]
    failed = 0
    for name, ok, got in cases:
        if ok:
            print(f"ok   world: {name}")
        else:
            print(f"FAIL world: {name}: got {got}")
            failed += 1
    return len(cases), failed

def exec_local_cases(bin_, env, key_id, key):
    """`emulator serve --exec local` (issue 17) seen by the Python SDK: a job it submits
    runs for real with `sh -c` on this machine, so DescribeTaskLogs holds the command's
    real output (what `uname -s` printed here, the instance's own BATCH_ variable) and
    DescribeTask its real exit status, with no simulated `exit status N` line added.
    Returns (cases, failures)."""
    emu3 = subprocess.Popen([bin_, "-q", "emulator", "serve", "--listen", "127.0.0.1:0",
                             "--rate-limit", "0", "--speed", "50", "--exec", "local"],
                            stdout=subprocess.PIPE, text=True)
    try:
        endpoint3 = emu3.stdout.readline().split()[-1]
        run = subprocess.run([python, "-c", f"""
{sdk_prelude(endpoint3, key_id, key)}
command = 'printf "real %s\\n" "$(uname -s)"; echo "index $BATCH_TASK_INSTANCE_INDEX" >&2; exit 3'
task = {{"TaskName": "here", "TaskInstanceNum": 2,
         "Application": {{"DeliveryForm": "LOCAL", "Command": command}},
         "ComputeEnv": {{"EnvType": "MANAGED",
                         "EnvData": {{"InstanceType": "S5.MEDIUM4", "ImageId": "img-abcdefgh"}}}}}}
job = call("SubmitJob", {{"Placement": {{"Zone": "ap-guangzhou-3"}},
                         "Job": {{"JobName": "local", "Tasks": [task]}}}})["JobId"]
state = None
for _ in range(600):
    state = call("DescribeJob", {{"JobId": job}})["JobState"]
    if state in ("SUCCEED", "FAILED", "FAILED_INTERRUPTED"):
        break
    time.sleep(0.05)
def text(url):
    return base64.b64decode(url.split(",", 1)[1]).decode() if url else None
logs = call("DescribeTaskLogs", {{"JobId": job, "TaskName": "here", "TaskInstanceIndexes": [0, 1]}})
insts = call("DescribeTask", {{"JobId": job, "TaskName": "here"}})["TaskInstanceSet"]
print(json.dumps({{"state": state,
    "stdout": [text(l["StdoutLog"]) for l in logs["TaskInstanceLogSet"]],
    "stderr": [text(l["StderrLog"]) for l in logs["TaskInstanceLogSet"]],
    "codes": [i["ExitCode"] for i in insts]}}))
"""], env=env, capture_output=True, text=True)
    finally:
        emu3.terminate()
        emu3.wait()
    if run.returncode != 0:
        print(f"FAIL exec local: the Python SDK script failed: {run.stderr.strip()[-400:]}")
        return 3, 3
    seen = json.loads(run.stdout)
    system = os.uname().sysname
    cases = [
        ("the job ends FAILED with the command's real exit status",
         seen["state"] == "FAILED" and seen["codes"] == [3, 3], [seen["state"], seen["codes"]]),
        ("StdoutLog holds what `uname -s` printed on this machine",
         seen["stdout"] == [f"real {system}\n"] * 2, seen["stdout"]),
        ("StderrLog is the real stderr, each instance its own index, no `exit status` line",
         seen["stderr"] == ["index 0\n", "index 1\n"], seen["stderr"]),
    ]
    failed = 0
    for name, ok, got in cases:
        if ok:
            print(f"ok   exec local: {name}")
        else:
            print(f"FAIL exec local: {name}: got {got}")
            failed += 1
    return len(cases), failed

def run_cases(bin_, env, key_id, key):
    """What `batchctl run` builds, run by the service as the official SDK sees it: the
    SubmitJob body of `run --dry-run --each TABLE -- sh -c …` (the table embedded in the
    command as POSIX sh) and of `run --array 3 -- sh -c …; exit 4`, submitted by the Python
    SDK to an emulator at --speed 100; each instance's stdout (DescribeTaskLogs) must hold
    its own row or index, and the failed instances their ExitCode (DescribeTask).
    Returns (cases, failures)."""
    emu3 = subprocess.Popen([bin_, "-q", "emulator", "serve", "--listen", "127.0.0.1:0",
                             "--rate-limit", "0", "--speed", "100"],
                            stdout=subprocess.PIPE, text=True)
    table = tmp / "params.csv"
    table.write_text("sample,size\n\"a b\",1\nit's,2\nc,3\n")
    try:
        endpoint3 = emu3.stdout.readline().split()[-1]
        bodies = []
        for extra in (["--each", str(table), "--", "sh", "-c", 'echo "$sample/$size"'],
                      ["--array", "3", "--", "sh", "-c",
                       'echo "i=$BATCH_TASK_INSTANCE_INDEX n=$BATCH_TASK_INSTANCE_NUM"; exit 4']):
            dry = subprocess.run([bin_, "--endpoint", endpoint3, "--dry-run", "run",
                                  "--zone", "ap-guangzhou-3", "--image", "img-m4q71qnq",
                                  "--instance-type", "S1.SMALL1", *extra],
                                 env={**env, "TENCENTCLOUD_SECRET_ID": key_id,
                                      "TENCENTCLOUD_SECRET_KEY": key},
                                 capture_output=True, text=True)
            line = [l for l in dry.stdout.splitlines() if l.startswith("{")]
            if dry.returncode != 0 or not line:
                print(f"FAIL run: --dry-run failed: {dry.stderr.strip()[-300:]}")
                return 2, 2
            body = json.loads(line[-1])
            body.pop("ClientToken", None)
            bodies.append(body)
        run = subprocess.run([python, "-c", f"""
{sdk_prelude(endpoint3, key_id, key)}
def text(log):
    if log and log.startswith("data:"):
        return base64.b64decode(log.split(",", 1)[1]).decode()
    return log or ""
out = []
for body in {json.dumps(bodies)}:
    job = call("SubmitJob", body)["JobId"]
    for _ in range(300):
        state = call("DescribeJobs", {{"JobIds": [job]}})["JobSet"][0]["JobState"]
        if state in ("SUCCEED", "FAILED"):
            break
        time.sleep(0.1)
    task = body["Job"]["Tasks"][0]["TaskName"]
    logs = call("DescribeTaskLogs", {{"JobId": job, "TaskName": task, "Offset": 0, "Limit": 10}})
    codes = call("DescribeTask", {{"JobId": job, "TaskName": task}})["TaskInstanceSet"]
    out.append({{"state": state,
                "stdout": {{str(l["TaskInstanceIndex"]): text(l["StdoutLog"]) for l in logs["TaskInstanceLogSet"]}},
                "codes": [i["ExitCode"] for i in codes]}})
print(json.dumps(out))
"""], env=env, capture_output=True, text=True)
    finally:
        emu3.terminate()
        emu3.wait()
    if run.returncode != 0:
        print(f"FAIL run: the Python SDK script failed: {run.stderr.strip()[-400:]}")
        return 2, 2
    table_run, array_run = json.loads(run.stdout)
    cases = [
        ("--each: each instance printed its own row",
         table_run["state"] == "SUCCEED"
         and table_run["stdout"] == {"0": "a b/1\n", "1": "it's/2\n", "2": "c/3\n"}, table_run),
        ("--array 3: each instance saw its index and the count, and its exit code is 4",
         array_run["state"] == "FAILED" and array_run["codes"] == [4, 4, 4]
         and all(array_run["stdout"].get(str(i), "").startswith(f"i={i} n=3\n") for i in range(3)),
         array_run),
    ]
    failed = 0
    for name, ok, got in cases:
        if ok:
            print(f"ok   run: {name}")
        else:
            print(f"FAIL run: {name}: got {json.dumps(got)[:400]}")
            failed += 1
    return len(cases), failed

log = tmp / "requests.jsonl"
emu = subprocess.Popen([bin_, "-q", "emulator", "serve", "--listen", "127.0.0.1:0",
                        "--rate-limit", "0", "--log", str(log)],
                       stdout=subprocess.PIPE, text=True)
try:
    endpoint = emu.stdout.readline().split()[-1]
    key_id, key = "AKIDEMULATORDEMO0000000000000000000", "emulator-demo-secret-key-0000000000"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TENCENTCLOUD_", "BATCHCTL_"))}
    env.update(HOME=str(tmp), NO_PROXY="*")

    def logged():
        return [json.loads(l) for l in log.read_text().splitlines()] if log.exists() else []

    def args_of(request):
        out = []
        for k, v in request.items():
            out += [f"--{k}", v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)]
        return out

    failures = 0
    examples = sorted((root / "api/examples").glob("*.json"))
    for path in examples:
        ex = json.loads(path.read_text())
        action, request = ex["action"], ex["request"]
        args = args_of(request)
        before = len(logged())
        t = subprocess.run([tccli, "batch", action, *args, "--endpoint", endpoint,
                            "--secretId", key_id, "--secretKey", key, "--region", "ap-guangzhou"],
                           env=env, capture_output=True, text=True)
        b = subprocess.run([bin_, "--endpoint", endpoint, "--region", "ap-guangzhou",
                            "api", action, *args],
                           env={**env, "TENCENTCLOUD_SECRET_ID": key_id,
                                "TENCENTCLOUD_SECRET_KEY": key},
                           capture_output=True, text=True)
        new = logged()[before:]
        bodies = [r.get("body") for r in new]
        outcomes = [r.get("outcome") for r in new]
        auth_failed = [o for o in outcomes if str(o).startswith("AuthFailure")]
        if len(new) != 2:
            print(f"FAIL {action}: {len(new)} requests logged (tccli rc={t.returncode}: "
                  f"{t.stderr.strip()[:200]}; batchctl rc={b.returncode}: {b.stderr.strip()[:200]})")
            failures += 1
            continue
        tb, bb = dict(bodies[0] or {}), dict(bodies[1] or {})
        bb.pop("ClientToken", None) if "ClientToken" not in tb else None
        if tb != bb or auth_failed:
            print(f"FAIL {action}: bodies differ or signature refused {outcomes}\n"
                  f"  tccli:    {json.dumps(tb)}\n  batchctl: {json.dumps(bb)}")
            failures += 1
        else:
            print(f"ok   {action}: same body; emulator answered {outcomes[0]}")

    def limits_cases():
        """A few of the service's documented limits, sent by tccli: each must be refused
        with its code (the emulator's log records it as the request's outcome)."""
        env_data = {"InstanceType": "S5.MEDIUM4", "ImageId": "img-abcdefgh"}
        named = {"EnvName": "e", "EnvType": "MANAGED", "DesiredComputeNodeCount": 1,
                 "EnvData": env_data}
        task = {"TaskName": "a", "TaskInstanceNum": 1,
                "Application": {"DeliveryForm": "LOCAL", "Command": "echo a"}}
        placement = {"Zone": "ap-guangzhou-3"}
        cases = [
            ("CreateComputeEnv", {"ComputeEnv": {**named, "EnvName": "n" * 61},
                                  "Placement": placement},
             "InvalidParameter.EnvNameTooLong"),
            ("CreateComputeEnv", {"ComputeEnv": {**named, "DesiredComputeNodeCount": 2001},
                                  "Placement": placement},
             "InvalidParameterValue"),
            ("SubmitJob", {"Placement": placement,
                           "Job": {"JobName": "j", "Tasks": [{**task, "MaxRetryCount": 11}]}},
             "InvalidParameterValue.MaxRetryCount"),
            ("DescribeJobMonitorData", {"JobId": "job-3n2weaqt", "TaskName": "a",
                                        "TaskInstanceIndex": 0, "MetricName": "CpuUsed"},
             "InvalidParameterValue"),
        ]
        failed = 0
        for action, request, code in cases:
            before = len(logged())
            t = subprocess.run([tccli, "batch", action, *args_of(request), "--endpoint", endpoint,
                                "--secretId", key_id, "--secretKey", key, "--region", "ap-guangzhou"],
                               env=env, capture_output=True, text=True)
            outcomes = [r.get("outcome") for r in logged()[before:]]
            if outcomes != [code]:
                print(f"FAIL limit {action}: expected [{code}], logged {outcomes} "
                      f"(tccli rc={t.returncode}: {t.stderr.strip()[:200]})")
                failed += 1
            else:
                print(f"ok   limit {action}: refused with {code}")
        return len(cases), failed

    limit_count, limit_failures = limits_cases()
    failures += limit_failures

    sdk = subprocess.run([python, "-c", f"""
{sdk_prelude(endpoint, key_id, key)}
r = models.DescribeJobsRequest(); r.Limit = 2
print(len(c.DescribeJobs(r).JobSet))
"""], env=env, capture_output=True, text=True)
    if sdk.returncode != 0 or sdk.stdout.strip() != "2":
        print(f"FAIL Python SDK DescribeJobs: {sdk.stdout.strip()} {sdk.stderr.strip()[-300:]}")
        failures += 1
    else:
        print("ok   Python SDK DescribeJobs: 2 jobs")
    failures += legacy_signature_cases(endpoint, key_id, key, env)
    fidelity_count, fidelity_failures = fidelity_cases(endpoint, key_id, key, env)
    failures += fidelity_failures
    world_count, world_failures = world_cases(bin_, env, key_id, key)
    failures += world_failures
    world_limits_count, world_limits_failures = world_limits_cases(endpoint, key_id, key, env)
    failures += world_limits_failures
    exec_count, exec_failures = exec_local_cases(bin_, env, key_id, key)
    failures += exec_failures
    server_count, server_failures = server_cases(endpoint, key_id, key, env, emu)
    failures += server_failures
    run_count, run_failures = run_cases(bin_, env, key_id, key)
    failures += run_failures
    usage_count, usage_failures = usage_cases(bin_, endpoint, key_id, key, env)
    failures += usage_failures
    cases = (len(examples) + limit_count + 1 + len(SIGN_METHODS) + fidelity_count
             + world_count + world_limits_count + exec_count + server_count + run_count
             + usage_count)
    print(f"{cases - failures} passed, {failures} failed")
    sys.exit(1 if failures else 0)
finally:
    emu.kill()
