//! The error answers of the emulated service: each code with its English and Chinese
//! message (`X-TC-Language: zh-CN` picks Chinese), in one place so the wording stays
//! consistent. Where the real service's wording is known it is followed; the emulator
//! adds the offending value where that helps the user.

/// The language of error messages, from `X-TC-Language`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    /// `zh-CN` gives Chinese; anything else (or nothing) English, as the service does.
    pub fn from_header(value: Option<&str>) -> Lang {
        match value {
            Some(v) if v.trim().eq_ignore_ascii_case("zh-CN") => Lang::Zh,
            _ => Lang::En,
        }
    }
}

/// One error answer of the service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub code: &'static str,
    en: String,
    zh: String,
    /// What exactly was wrong, for the emulator's log only (the service keeps some
    /// messages deliberately vague, e.g. for signature failures).
    pub detail: Option<String>,
}

impl ApiError {
    fn new(code: &'static str, en: impl Into<String>, zh: impl Into<String>) -> ApiError {
        ApiError {
            code,
            en: en.into(),
            zh: zh.into(),
            detail: None,
        }
    }

    fn with_detail(mut self, detail: impl Into<String>) -> ApiError {
        self.detail = Some(detail.into());
        self
    }

    /// The message in the requested language.
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}

pub fn missing_parameter(name: &str) -> ApiError {
    ApiError::new(
        "MissingParameter",
        format!("The request is missing a required parameter `{name}`."),
        format!("请求缺少必要参数 `{name}`。"),
    )
}

pub fn signature_expire(timestamp: &str, now: i64) -> ApiError {
    ApiError::new(
        "AuthFailure.SignatureExpire",
        format!(
            "Signature expired. Timestamp: {timestamp}, server time: {now}. Please use local time \
             and enable NTP service for time synchronization to avoid a deviation between \
             `Timestamp` and the server time of more than 300 seconds."
        ),
        format!(
            "签名过期。Timestamp：{timestamp}，服务器时间：{now}。Timestamp 和服务器时间相差不得超过五分钟，\
             请检查本地时间是否和标准时间同步。"
        ),
    )
}

pub fn secret_id_not_found() -> ApiError {
    ApiError::new(
        "AuthFailure.SecretIdNotFound",
        "The SecretId is not found, please ensure that your SecretId is correct.",
        "SecretId不存在，请输入正确的密钥。",
    )
}

pub fn signature_failure(detail: impl Into<String>) -> ApiError {
    ApiError::new(
        "AuthFailure.SignatureFailure",
        "The provided credentials could not be validated. Please check your signature is correct.",
        "请求签名验证失败，请检查您的签名计算是否正确。",
    )
    .with_detail(detail)
}

pub fn token_failure(missing: bool) -> ApiError {
    if missing {
        ApiError::new(
            "AuthFailure.TokenFailure",
            "The request uses temporary credentials but has no `X-TC-Token`.",
            "使用临时密钥的请求缺少 `X-TC-Token`。",
        )
    } else {
        ApiError::new(
            "AuthFailure.TokenFailure",
            "The provided token is invalid or expired.",
            "Token 错误或已过期。",
        )
    }
}

/// `RequestLimitExceeded`, in the service's words: `count` requests within the last second
/// against a limit of `limit`.
pub fn request_limit_exceeded(count: u32, limit: u32) -> ApiError {
    ApiError::new(
        "RequestLimitExceeded",
        format!(
            "Your current request times equals to `{count}` in a second, which exceeds the \
             frequency limit `{limit}` for a second. Please reduce the frequency of calls."
        ),
        format!("您当前每秒请求 `{count}` 次，超过了每秒频率上限 `{limit}`，请降低调用频率。"),
    )
}

/// `InternalError` for a write refused because the state file could not be saved (`why`).
pub fn state_not_saved(why: &str) -> ApiError {
    ApiError::new(
        "InternalError",
        format!(
            "The emulator refuses writes while its state cannot be saved ({why}); nothing \
             was changed. Fix the cause; writes are taken again once a save succeeds."
        ),
        format!("模拟器无法保存状态（{why}），暂不接受写操作，本次请求未做任何更改。"),
    )
}

pub fn internal_error() -> ApiError {
    ApiError::new(
        "InternalError",
        "An internal error has occurred. Retry your request, but if the problem persists, \
         contact us with details by filing a ticket.",
        "内部错误。请重试；如果问题持续存在，请提交工单联系我们。",
    )
}

pub fn invalid_action(action: &str) -> ApiError {
    ApiError::new(
        "InvalidAction",
        format!("The request `Action` is invalid or not found: `{action}`."),
        format!("接口不存在：`{action}`。"),
    )
}

pub fn no_such_version(action: &str, version: &str) -> ApiError {
    ApiError::new(
        "NoSuchVersion",
        format!(
            "The action `{action}` does not exist in version `{version}`; the Batch API's version is `2017-03-12`."
        ),
        format!("接口 `{action}` 在版本 `{version}` 中不存在；批量计算的版本为 `2017-03-12`。"),
    )
}

/// An action the emulator knows from the model but does not emulate yet.
pub fn unsupported_operation(action: &str) -> ApiError {
    ApiError::new(
        "UnsupportedOperation",
        format!("The emulator does not support the action `{action}` yet."),
        format!("模拟器暂不支持接口 `{action}`。"),
    )
}

/// A GET request for an action other than DescribeJobs.
pub fn post_only(action: &str) -> ApiError {
    ApiError::new(
        "UnsupportedProtocol",
        format!("The emulator answers `{action}` to POST requests with a JSON body only."),
        format!("模拟器仅支持以 POST 和 JSON 请求包调用接口 `{action}`。"),
    )
}

/// A body the model's validator refuses: the problem's code, its path in the message.
pub fn invalid_body(problem: &batch_api::Problem) -> ApiError {
    let hint = problem
        .suggestion
        .as_deref()
        .map(|s| format!(" (did you mean `{s}`?)"))
        .unwrap_or_default();
    let (en, zh) = if problem.path.is_empty() {
        (
            format!("The request body: {}{hint}.", problem.message),
            format!("请求包：{}{hint}。", problem.message),
        )
    } else {
        (
            format!(
                "The parameter `{}`: {}{hint}.",
                problem.path, problem.message
            ),
            format!("参数 `{}`：{}{hint}。", problem.path, problem.message),
        )
    };
    ApiError::new(problem.kind.code(), en, zh)
}

pub fn client_token_too_long() -> ApiError {
    invalid_value(
        "The value of `ClientToken` must be at most 64 ASCII characters.",
        "参数 `ClientToken` 最多为 64 个 ASCII 字符。",
    )
}

pub fn invalid_path(path: &str) -> ApiError {
    ApiError::new(
        "InvalidAction",
        format!("The request path `{path}` is not found: API 3.0 requests are sent to `/`."),
        format!("请求路径 `{path}` 不存在：API 3.0 的请求路径固定为 `/`。"),
    )
}

pub fn unsupported_protocol(method: &str) -> ApiError {
    ApiError::new(
        "UnsupportedProtocol",
        format!("The HTTP method `{method}` is not supported: use POST or GET."),
        format!("不支持 HTTP 方法 `{method}`，只支持 POST 和 GET 请求。"),
    )
}

pub fn unsupported_region(region: &str) -> ApiError {
    ApiError::new(
        "UnsupportedRegion",
        format!("The action does not support the region `{region}`."),
        format!("接口不支持所传地域 `{region}`。"),
    )
}

pub fn request_too_large(limit: usize) -> ApiError {
    ApiError::new(
        "RequestSizeLimitExceeded",
        format!("The request body is larger than the limit of {limit} bytes."),
        format!("请求包超过限制大小（{limit} 字节）。"),
    )
}

pub fn unreadable_body(reason: &str) -> ApiError {
    ApiError::new(
        "InvalidParameterValue",
        format!("The request body could not be read: {reason}."),
        format!("无法读取请求包：{reason}。"),
    )
}

pub fn unknown_parameter(name: &str) -> ApiError {
    ApiError::new(
        "UnknownParameter",
        format!("The parameter `{name}` is not recognized."),
        format!("无法识别参数 `{name}`。"),
    )
}

/// `InvalidParameterValue` with a message in both languages.
pub fn invalid_value(en: impl Into<String>, zh: impl Into<String>) -> ApiError {
    ApiError::new("InvalidParameterValue", en, zh)
}

/// `InvalidParameter`: a value of the wrong JSON type, as the model's validator answers
/// on every action.
pub fn wrong_type(en: impl Into<String>, zh: impl Into<String>) -> ApiError {
    ApiError::new("InvalidParameter", en, zh)
}

/// A value that is not an integer at all (a string, a fraction): `InvalidParameter`.
pub fn not_an_integer(name: &str) -> ApiError {
    wrong_type(
        format!("The value of `{name}` must be a non-negative integer (not a string)."),
        format!("参数 `{name}` 的值必须是非负整数（不能是字符串）。"),
    )
}

/// An integer below zero or too large where a non-negative one is expected:
/// `InvalidParameterValue`.
pub fn negative_or_huge(name: &str) -> ApiError {
    invalid_value(
        format!("The value of `{name}` must be a non-negative integer within range."),
        format!("参数 `{name}` 的值必须是范围内的非负整数。"),
    )
}

pub fn limit_out_of_range(limit: u64, max: u64) -> ApiError {
    invalid_value(
        format!("The value of `Limit` must be between 1 and {max}, got {limit}."),
        format!("参数 `Limit` 的取值范围是 1 到 {max}，当前为 {limit}。"),
    )
}

pub fn combination() -> ApiError {
    ApiError::new(
        "InvalidParameter.InvalidParameterCombination",
        "The parameters `JobIds` and `Filters` cannot be specified at the same time.",
        "参数 `JobIds` 和 `Filters` 不能同时指定。",
    )
}

pub fn job_id_malformed(id: &str) -> ApiError {
    ApiError::new(
        "InvalidParameter.JobIdMalformed",
        format!(
            "The job ID `{id}` is malformed: a job ID is `job-` followed by 8 lower-case letters or digits."
        ),
        format!("作业 ID `{id}` 格式错误：作业 ID 为 `job-` 加 8 位小写字母或数字。"),
    )
}

pub fn limit_exceeded(en: impl Into<String>, zh: impl Into<String>) -> ApiError {
    ApiError::new("InvalidParameterValue.LimitExceeded", en, zh)
}

pub fn unknown_filter(name: &str) -> ApiError {
    ApiError::new(
        "InvalidFilter",
        format!(
            "The filter `{name}` is not supported; supported filters: job-id, job-name, job-state, zone, tag-key, tag-value, tag:<key>."
        ),
        format!(
            "不支持过滤条件 `{name}`；支持的过滤条件：job-id、job-name、job-state、zone、tag-key、tag-value、tag:<key>。"
        ),
    )
}

/// A filter name an action other than DescribeJobs does not know.
pub fn unsupported_filter(name: &str, supported: &[&str]) -> ApiError {
    let list = supported.join(", ");
    ApiError::new(
        "InvalidFilter",
        format!("The filter `{name}` is not supported; supported filters: {list}."),
        format!("不支持过滤条件 `{name}`；支持的过滤条件：{list}。"),
    )
}

pub fn malformed_filter(en: impl Into<String>, zh: impl Into<String>) -> ApiError {
    ApiError::new("InvalidParameterValue.InvalidFilter", en, zh)
}

pub fn zone_mismatch(zone: &str, region: &str) -> ApiError {
    ApiError::new(
        "InvalidZone.MismatchRegion",
        format!("The zone `{zone}` does not belong to the region `{region}`."),
        format!("可用区 `{zone}` 不属于地域 `{region}`。"),
    )
}

/// Any code with a message in both languages (the job actions' own refusals).
pub fn coded(code: &'static str, en: impl Into<String>, zh: impl Into<String>) -> ApiError {
    ApiError::new(code, en, zh)
}

pub fn job_not_found(id: &str) -> ApiError {
    coded(
        "ResourceNotFound.Job",
        format!("The job `{id}` does not exist."),
        format!("作业 `{id}` 不存在。"),
    )
}

pub fn env_not_found(id: &str) -> ApiError {
    coded(
        "ResourceNotFound.ComputeEnv",
        format!("The compute environment `{id}` does not exist."),
        format!("计算环境 `{id}` 不存在。"),
    )
}

pub fn node_not_found(env: &str, node: &str) -> ApiError {
    coded(
        "ResourceNotFound.ComputeNode",
        format!("The compute environment `{env}` has no node `{node}`."),
        format!("计算环境 `{env}` 中不存在计算节点 `{node}`。"),
    )
}

pub fn template_not_found(id: &str) -> ApiError {
    coded(
        "ResourceNotFound.TaskTemplate",
        format!("The task template `{id}` does not exist."),
        format!("任务模板 `{id}` 不存在。"),
    )
}

pub fn task_not_found(job: &str, task: &str) -> ApiError {
    coded(
        "ResourceNotFound.Task",
        format!("The job `{job}` has no task `{task}`."),
        format!("作业 `{job}` 中不存在任务 `{task}`。"),
    )
}

pub fn instance_not_found(job: &str, task: &str, index: i64) -> ApiError {
    coded(
        "ResourceNotFound.TaskInstance",
        format!("The task `{task}` of job `{job}` has no instance {index}."),
        format!("作业 `{job}` 的任务 `{task}` 中不存在任务实例 {index}。"),
    )
}

/// Two parameters that cannot be given together.
pub fn combination_of(a: &str, b: &str) -> ApiError {
    coded(
        "InvalidParameter.InvalidParameterCombination",
        format!("The parameters `{a}` and `{b}` cannot be specified at the same time."),
        format!("参数 `{a}` 和 `{b}` 不能同时指定。"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zh_cn_selects_chinese_and_anything_else_english() {
        assert_eq!(Lang::from_header(Some("zh-CN")), Lang::Zh);
        assert_eq!(Lang::from_header(Some(" zh-cn ")), Lang::Zh);
        assert_eq!(Lang::from_header(Some("en-US")), Lang::En);
        assert_eq!(Lang::from_header(Some("fr-FR")), Lang::En);
        assert_eq!(Lang::from_header(None), Lang::En);
        let e = secret_id_not_found();
        assert!(e.message(Lang::En).starts_with("The SecretId is not found"));
        assert!(e.message(Lang::Zh).contains("SecretId不存在"));
    }

    #[test]
    fn request_limit_exceeded_reads_like_the_service() {
        let e = request_limit_exceeded(3, 2);
        assert_eq!(e.code, "RequestLimitExceeded");
        assert_eq!(
            e.message(Lang::En),
            "Your current request times equals to `3` in a second, which exceeds the frequency \
             limit `2` for a second. Please reduce the frequency of calls."
        );
        assert!(e.message(Lang::Zh).contains("`3`"));
        assert_eq!(internal_error().code, "InternalError");
    }

    #[test]
    fn expired_message_names_both_timestamps() {
        let e = signature_expire("1700000000", 1700000999);
        assert_eq!(e.code, "AuthFailure.SignatureExpire");
        assert!(e.message(Lang::En).contains("Timestamp: 1700000000"));
        assert!(e.message(Lang::En).contains("server time: 1700000999"));
        assert!(e.message(Lang::Zh).contains("1700000999"));
    }
}
