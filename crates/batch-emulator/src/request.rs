//! One HTTP request as it arrived (method, path, query, headers, body), before anything
//! is checked: what the service, authentication and the log read.

/// The largest request body accepted, in bytes.
pub const MAX_BODY_BYTES: usize = 10 * 1024 * 1024;

/// Why a request's body is not available.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyProblem {
    /// Larger than [`MAX_BODY_BYTES`].
    TooLarge,
    /// The connection failed or the chunked encoding was broken.
    Unreadable(String),
}

/// One HTTP request as received.
#[derive(Debug, Clone, Copy)]
pub struct Incoming<'a> {
    pub method: &'a str,
    /// The path, without the query string.
    pub path: &'a str,
    /// The exact query string after `?` (empty when there is none).
    pub query: &'a str,
    /// Header names and values as received.
    pub headers: &'a [(String, String)],
    /// The exact body bytes.
    pub body: &'a [u8],
    pub body_problem: Option<&'a BodyProblem>,
}

/// The first value of a header, by case-insensitive name.
pub fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// A common parameter as the request sent it, named by its API 3.0 header (`X-TC-Action`,
/// `X-TC-Region`, `X-TC-Timestamp`, `X-TC-Token`, `X-TC-Language`, `X-TC-Version`): that
/// header, or for a request signed with the older method (see [`legacy_params`]) the
/// parameter it stands for (`Action`, `Region` …). What reads a request before the
/// service has rewritten it (the log of a fault, a fault's answer) reads it here, so both
/// forms are seen alike.
pub fn common(req: &Incoming<'_>, name: &str) -> Option<String> {
    if let Some(value) = header(req.headers, name) {
        return Some(value.to_string());
    }
    let param = name
        .get(..5)
        .filter(|p| p.eq_ignore_ascii_case("X-TC-"))
        .map(|_| &name[5..])?;
    legacy_params(req)?
        .into_iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(param))
        .map(|(_, v)| v)
}

/// The SecretId a request names: in its TC3 `Authorization` header, or the `SecretId`
/// parameter of the older method. Never the key.
pub fn secret_id(req: &Incoming<'_>) -> Option<String> {
    if let Some(authorization) = header(req.headers, "Authorization") {
        return tc3::parse_authorization(authorization).map(|a| a.secret_id);
    }
    legacy_params(req)?
        .into_iter()
        .find(|(k, _)| k == "SecretId")
        .map(|(_, v)| v)
}

/// The common parameters of the older signature method, which are not the action's.
const LEGACY_COMMON: [&str; 11] = [
    "Action",
    "Version",
    "Region",
    "Timestamp",
    "Nonce",
    "SecretId",
    "SignatureMethod",
    "Signature",
    "Token",
    "Language",
    "RequestClient",
];

/// The parameters of a request signed with the older method (`tc3::legacy`), decoded, in
/// the order sent; `None` when the request is not one: it sends an `Authorization` header,
/// or its query string (GET) or `application/x-www-form-urlencoded` body (POST) has no
/// `Action` parameter.
pub fn legacy_params(req: &Incoming<'_>) -> Option<Vec<(String, String)>> {
    if header(req.headers, "Authorization").is_some() {
        return None;
    }
    let text = match req.method {
        "GET" => req.query,
        "POST"
            if header(req.headers, "Content-Type").is_some_and(|ct| {
                ct.trim()
                    .to_ascii_lowercase()
                    .starts_with("application/x-www-form-urlencoded")
            }) =>
        {
            std::str::from_utf8(req.body).ok()?
        }
        _ => return None,
    };
    let params: Vec<(String, String)> = text
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (form_decode(key), form_decode(value))
        })
        .collect();
    params.iter().any(|(k, _)| k == "Action").then_some(params)
}

/// Decodes `%XX` escapes and `+` (a space); an invalid escape is kept as it is (the
/// signature, computed over the decoded values, then fails).
fn form_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match bytes
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                Some(byte) => {
                    out.push(byte);
                    i += 2;
                }
                None => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A request signed with the older method, rewritten as the API 3.0 request it stands
/// for: the common parameters as `X-TC-*` headers, the action's flattened parameters as
/// the JSON body (typed by the model), so the router answers both forms alike.
#[derive(Debug, Clone)]
pub struct Rewritten {
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// Rewrites the legacy `params` of a request received with `headers` (see [`Rewritten`]).
pub fn rewrite_legacy(params: &[(String, String)], headers: &[(String, String)]) -> Rewritten {
    let get = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let mut out = vec![("Content-Type".to_string(), "application/json".to_string())];
    if let Some(host) = header(headers, "Host") {
        out.push(("Host".into(), host.to_string()));
    }
    for (param, name) in [
        ("Action", "X-TC-Action"),
        ("Version", "X-TC-Version"),
        ("Region", "X-TC-Region"),
        ("Timestamp", "X-TC-Timestamp"),
        ("Token", "X-TC-Token"),
        ("Language", "X-TC-Language"),
    ] {
        if let Some(value) = get(param) {
            out.push((name.to_string(), value));
        }
    }
    let action = get("Action").unwrap_or_default();
    let body = unflatten(
        params
            .iter()
            .filter(|(k, _)| !LEGACY_COMMON.contains(&k.as_str())),
        &action,
    );
    Rewritten {
        headers: out,
        // Serialising a Value cannot fail.
        body: serde_json::to_vec(&body).unwrap_or_default(),
    }
}

/// One level of flattened parameters: a value, or members by name (list elements by
/// index).
enum Node {
    Leaf(String),
    Branch(Vec<(String, Node)>),
}

fn insert(branch: &mut Vec<(String, Node)>, path: &[&str], value: String) {
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    let slot = match branch.iter().position(|(k, _)| k == first) {
        Some(i) => &mut branch[i].1,
        None => {
            branch.push((first.to_string(), Node::Branch(Vec::new())));
            &mut branch.last_mut().expect("just pushed").1
        }
    };
    if rest.is_empty() {
        *slot = Node::Leaf(value);
    } else {
        if !matches!(slot, Node::Branch(_)) {
            *slot = Node::Branch(Vec::new());
        }
        if let Node::Branch(children) = slot {
            insert(children, rest, value);
        }
    }
}

/// What the model says a value is: its type, and for lists the element's type name, for
/// objects the object's name.
type Shape = Option<(batch_api::schema::Type, Option<&'static str>)>;

/// Turns `Name.0.Member=value` pairs into the JSON object of `action`'s input, with the
/// types the model gives (integers, floats, booleans); what the model does not know stays
/// a string (or an object), for the validator to refuse.
fn unflatten<'a>(
    pairs: impl Iterator<Item = &'a (String, String)>,
    action: &str,
) -> serde_json::Value {
    let mut root = Vec::new();
    for (key, value) in pairs {
        let path: Vec<&str> = key.split('.').collect();
        insert(&mut root, &path, value.clone());
    }
    let input = batch_api::action(action).and_then(|a| batch_api::object(a.input));
    object_value(root, input)
}

fn object_value(
    members: Vec<(String, Node)>,
    object: Option<&'static batch_api::schema::Object>,
) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    for (name, node) in members {
        let shape = object
            .and_then(|o| o.member(&name))
            .map(|m| (m.ty, m.member));
        map.insert(name, typed(node, shape));
    }
    serde_json::Value::Object(map)
}

fn element_shape(name: Option<&'static str>) -> Shape {
    use batch_api::schema::Type;
    match name? {
        "string" => Some((Type::String, None)),
        "int64" | "uint64" | "int" | "integer" => Some((Type::Int, None)),
        "float" | "double" => Some((Type::Float, None)),
        "bool" | "boolean" => Some((Type::Bool, None)),
        object => batch_api::object(object).map(|_| (Type::Object, Some(object))),
    }
}

fn typed(node: Node, shape: Shape) -> serde_json::Value {
    use batch_api::schema::Type;
    use serde_json::Value;
    match node {
        Node::Branch(children) => match shape {
            Some((Type::List, element)) => list_value(children, element_shape(element)),
            Some((Type::Object, name)) => object_value(children, name.and_then(batch_api::object)),
            _ if children
                .iter()
                .all(|(k, _)| !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit())) =>
            {
                list_value(children, None)
            }
            _ => object_value(children, None),
        },
        Node::Leaf(text) => match shape {
            Some((Type::Int | Type::Float, _)) => match serde_json::from_str::<Value>(&text) {
                Ok(n @ Value::Number(_)) => n,
                _ => Value::String(text),
            },
            Some((Type::Bool, _)) => match text.as_str() {
                "true" | "True" => Value::Bool(true),
                "false" | "False" => Value::Bool(false),
                _ => Value::String(text),
            },
            _ => Value::String(text),
        },
    }
}

/// List elements in index order (an index that is not a number sorts last).
fn list_value(mut children: Vec<(String, Node)>, element: Shape) -> serde_json::Value {
    children.sort_by_key(|(k, _)| k.parse::<usize>().unwrap_or(usize::MAX));
    serde_json::Value::Array(
        children
            .into_iter()
            .map(|(_, node)| typed(node, element))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn incoming<'a>(
        method: &'a str,
        query: &'a str,
        headers: &'a [(String, String)],
        body: &'a [u8],
    ) -> Incoming<'a> {
        Incoming {
            method,
            path: "/",
            query,
            headers,
            body,
            body_problem: None,
        }
    }

    #[test]
    fn common_parameters_are_read_from_headers_or_older_signature_parameters() {
        let tc3 = [
            ("X-TC-Action".to_string(), "DescribeJobs".to_string()),
            (
                "Authorization".to_string(),
                "TC3-HMAC-SHA256 Credential=AKIDx/2024-01-01/batch/tc3_request, \
                 SignedHeaders=content-type;host, Signature=00"
                    .to_string(),
            ),
        ];
        let req = incoming("POST", "", &tc3, b"{}");
        assert_eq!(common(&req, "X-TC-Action").as_deref(), Some("DescribeJobs"));
        assert_eq!(common(&req, "X-TC-Region"), None);
        assert_eq!(secret_id(&req).as_deref(), Some("AKIDx"));

        let query = "Action=DescribeTask&Region=ap-guangzhou&Timestamp=1700000000&SecretId=AKIDy&Language=zh-CN";
        let req = incoming("GET", query, &[], b"");
        assert_eq!(common(&req, "X-TC-Action").as_deref(), Some("DescribeTask"));
        assert_eq!(
            common(&req, "X-TC-Timestamp").as_deref(),
            Some("1700000000")
        );
        assert_eq!(common(&req, "X-TC-Language").as_deref(), Some("zh-CN"));
        assert_eq!(common(&req, "X-TC-Token"), None);
        assert_eq!(secret_id(&req).as_deref(), Some("AKIDy"));

        let form = [(
            "Content-Type".to_string(),
            "application/x-www-form-urlencoded".to_string(),
        )];
        let req = incoming(
            "POST",
            "",
            &form,
            b"Action=SubmitJob&Region=ap-beijing&SecretId=AKIDz",
        );
        assert_eq!(common(&req, "X-TC-Region").as_deref(), Some("ap-beijing"));
        assert_eq!(secret_id(&req).as_deref(), Some("AKIDz"));
        // Only `X-TC-` names map to parameters; a body that is not a form has none.
        assert_eq!(common(&req, "Action"), None);
        let req = incoming("POST", "", &[], b"Action=SubmitJob");
        assert_eq!(common(&req, "X-TC-Action"), None);
    }
}
