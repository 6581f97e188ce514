//! `batchctl config show`: which credential source, profile, region and endpoint a command
//! would use, and why: the first thing to run when authentication fails. It shows the
//! SecretId masked and never a SecretKey or token. When the chain finds no credentials it
//! still prints what it knows and where it looked, then exits 6. It also lists every
//! default batchctl keeps (`config set`) with where it came from: a flag, an environment
//! variable, the config file, or none.

use std::io::Write;

use serde_json::{Value, json};

use crate::cli::Origin;
use crate::cli::config::Config;
use crate::domain::defaults::Key;
use crate::output::Format;
use crate::transport::credentials::{mask_id, tccli};
use crate::transport::error::Error;

/// What `config show` reports, in display order.
struct Report {
    credentials: Option<String>,
    kind: Option<&'static str>,
    secret_id: Option<String>,
    token: bool,
    /// Why there are no credentials (none found, or a broken source).
    problem: Option<String>,
    none_found: bool,
    profile: String,
    profile_from: &'static str,
    region: Option<String>,
    region_from: String,
    endpoint: String,
    endpoint_from: &'static str,
    looked: Vec<String>,
    warnings: Vec<String>,
    /// batchctl's config file, and whether it exists.
    config_file: Option<String>,
    config_file_exists: bool,
    /// Every default, in `Key::ALL` order.
    defaults: Vec<DefaultLine>,
}

/// One default as `config show` reports it.
struct DefaultLine {
    key: &'static str,
    value: Option<String>,
    /// `flag`, `environment`, `config file`, `tccli configure` (region only) or `none`.
    source: &'static str,
    /// The flag, the variable or the file; for none, the ways to give it.
    from: String,
}

pub fn run(config: &Config) -> Result<(), Error> {
    let (report, error) = build(config);
    let mut out = std::io::stdout().lock();
    match config.output {
        _ if config.query.is_some() => {
            if let Some(query) = &config.query {
                query.run(
                    &as_json(&report),
                    &mut out,
                    crate::output::terminal::stdout_is_terminal(),
                )?;
            }
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &as_json(&report))
                .map_err(|e| Error::Io(e.into()))?;
            writeln!(out)?;
        }
        Format::Yaml => crate::output::document::write_yaml(&as_json(&report), &mut out)?,
        Format::Table | Format::Wide | Format::Jsonl | Format::Csv => {
            write_lines(&mut out, &report)?
        }
    }
    out.flush()?;
    match error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn build(settings: &Config) -> (Report, Option<Error>) {
    let profile = settings.profile.name.clone();
    let profile_from = match settings.profile.origin {
        Origin::CommandLine => "--profile",
        Origin::Env => "BATCHCTL_PROFILE",
        Origin::Unset | Origin::ConfigFile => "the default",
    };
    let mut report = Report {
        credentials: None,
        kind: None,
        secret_id: None,
        token: false,
        problem: None,
        none_found: false,
        profile,
        profile_from,
        region: settings.transport.region.clone(),
        region_from: super::config_defaults::region_origin(settings),
        endpoint: settings.transport.endpoint.url.clone(),
        endpoint_from: match settings.origins.endpoint {
            Origin::CommandLine => "--endpoint",
            Origin::Env => "BATCHCTL_ENDPOINT",
            Origin::Unset | Origin::ConfigFile => "the default",
        },
        looked: Vec::new(),
        warnings: Vec::new(),
        config_file: settings
            .defaults
            .file()
            .path()
            .map(|p| p.display().to_string()),
        config_file_exists: settings.defaults.file().path().is_some_and(|p| p.exists()),
        defaults: Vec::new(),
    };

    if settings.emulator {
        let demo = super::demo_credentials();
        report.credentials = Some(demo.source);
        report.kind = Some("emulator");
        report.secret_id = Some(mask_id(&demo.secret_id));
        report.endpoint = "a built-in emulator on a free loopback port, started per command".into();
        report.endpoint_from = "--emulator";
        report
            .looked
            .push("--emulator: its demo credentials; the credential chain is not read".into());
        if report.region.is_none() {
            report.region_from =
                "not set by --region, TENCENTCLOUD_REGION or the config file".into();
        }
        let error = list_defaults(settings, &mut report);
        return (report, error);
    }

    let (profile_region, error) = match super::resolve_credentials_detailed(settings) {
        Ok(resolved) => {
            report.credentials = Some(resolved.source().to_string());
            report.kind = Some(resolved.kind.name());
            report.secret_id = Some(mask_id(&resolved.credentials.secret_id));
            report.token = resolved.credentials.token.is_some();
            report.looked = resolved.looked;
            report.warnings = resolved.warnings;
            (resolved.region, None)
        }
        Err(unresolved) => {
            let unresolved = *unresolved;
            report.looked = unresolved.looked;
            report.warnings = unresolved.warnings;
            let error = if unresolved.none_found {
                let message = format!("no credentials found for profile '{}'", report.profile);
                report.problem = Some(message.clone());
                report.none_found = true;
                Error::Credentials(format!("{message} (where batchctl looked is listed above)"))
            } else {
                report.problem = Some(unresolved.error.to_string());
                unresolved.error
            };
            (unresolved.region, Some(error))
        }
    };
    if report.region.is_none() {
        match profile_region {
            Some(r) => {
                report.region = Some(r.region);
                report.region_from = r.file.display().to_string();
            }
            None => {
                let configure = match settings.env.get("HOME").filter(|h| !h.is_empty()) {
                    Some(home) => tccli::configure_path(home.as_ref(), &report.profile)
                        .display()
                        .to_string(),
                    None => "a tccli configure file (HOME is not set)".to_string(),
                };
                report.region_from = format!(
                    "not set by --region, TENCENTCLOUD_REGION, the config file or {configure}"
                );
            }
        }
    }
    let defaults_error = list_defaults(settings, &mut report);
    (report, error.or(defaults_error))
}

/// Fills in every default with where it came from; a bad environment variable is shown
/// on its line and returned (exit 2). Region and output are the configuration's own (a
/// region may also come from the tccli profile); a zone outside the region is warned of.
fn list_defaults(settings: &Config, report: &mut Report) -> Option<Error> {
    let mut first_error = None;
    for key in Key::ALL {
        let line = match key {
            Key::Region => DefaultLine {
                key: key.name(),
                value: report.region.clone(),
                source: match (settings.origins.region, &report.region) {
                    (Origin::CommandLine, _) => "flag",
                    (Origin::Env, _) => "environment",
                    (Origin::ConfigFile, _) => "config file",
                    (Origin::Unset, Some(_)) => "tccli configure",
                    (Origin::Unset, None) => "none",
                },
                from: match &report.region {
                    Some(_) => report.region_from.clone(),
                    None => ways(key),
                },
            },
            Key::Output => {
                let (source, from) = match settings.origins.output {
                    Origin::CommandLine => ("flag", key.flag().to_string()),
                    Origin::Env => ("environment", key.env_var().to_string()),
                    Origin::ConfigFile => (
                        "config file",
                        super::config_defaults::config_file_origin(settings),
                    ),
                    Origin::Unset => ("none", ways(key)),
                };
                let value = (source != "none").then(|| output_name(settings.output));
                DefaultLine {
                    key: key.name(),
                    value,
                    source,
                    from,
                }
            }
            _ => match settings.defaults.resolve(key, None) {
                Ok(resolved) => DefaultLine {
                    key: key.name(),
                    source: resolved.source.kind(),
                    from: match resolved.value {
                        Some(_) => resolved.source.to_string(),
                        None => ways(key),
                    },
                    value: resolved.value,
                },
                Err(e) => {
                    let line = DefaultLine {
                        key: key.name(),
                        value: None,
                        source: "environment",
                        from: format!("error: {e}"),
                    };
                    first_error.get_or_insert(e);
                    line
                }
            },
        };
        report.defaults.push(line);
    }
    let value = |name: &str| {
        report
            .defaults
            .iter()
            .find(|d| d.key == name)
            .and_then(|d| d.value.clone())
    };
    if let (Some(zone), Some(region)) = (value("zone"), value("region"))
        && !batch_api::regions::zone_in_region(&zone, &region)
    {
        report.warnings.push(format!(
            "the zone '{}' is not in the region '{}': commands that use it will refuse it",
            printable(&zone),
            printable(&region)
        ));
    }
    first_error
}

/// How to give a default that is not set.
fn ways(key: Key) -> String {
    format!(
        "not set; give {}, {} or `batchctl config set {key}`",
        key.flag(),
        key.env_var()
    )
}

/// The name `-o` takes for `format`.
fn output_name(format: Format) -> String {
    use clap::ValueEnum;
    format
        .to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default()
}

fn as_json(r: &Report) -> Value {
    json!({
        "credentials": r.credentials,
        "credential_kind": r.kind,
        "secret_id": r.secret_id,
        "token": r.token,
        "error": r.problem,
        "profile": r.profile,
        "profile_from": r.profile_from,
        "region": r.region,
        "region_from": r.region_from,
        "endpoint": r.endpoint,
        "endpoint_from": r.endpoint_from,
        "looked": r.looked,
        "warnings": r.warnings,
        "config_file": r.config_file,
        "config_file_exists": r.config_file_exists,
        "defaults": r.defaults.iter().map(|d| (d.key.to_string(), json!({
            "value": d.value,
            "source": d.source,
            "from": d.from,
        }))).collect::<serde_json::Map<String, Value>>(),
    })
}

/// Aligned `key: value` lines; a list continues under its first value.
fn write_lines(out: &mut dyn Write, r: &Report) -> std::io::Result<()> {
    let mut lines: Vec<(&str, Vec<String>)> = Vec::new();
    match (&r.credentials, &r.problem) {
        (Some(source), _) => {
            lines.push(("credentials", vec![source.clone()]));
            if let Some(id) = &r.secret_id {
                lines.push(("secret_id", vec![id.clone()]));
            }
            let token = if r.token { "yes (not shown)" } else { "no" };
            lines.push(("token", vec![token.to_string()]));
        }
        (None, Some(_)) if r.none_found => {
            lines.push(("credentials", vec!["none found".to_string()]));
        }
        (None, Some(problem)) => {
            lines.push(("credentials", vec![format!("error: {problem}")]));
        }
        (None, None) => lines.push(("credentials", vec!["none found".to_string()])),
    }
    lines.push((
        "profile",
        vec![format!("{} ({})", r.profile, r.profile_from)],
    ));
    let region = match &r.region {
        Some(region) => format!("{region} (from {})", r.region_from),
        None => format!("none ({}); no X-TC-Region header is sent", r.region_from),
    };
    lines.push(("region", vec![region]));
    lines.push((
        "endpoint",
        vec![format!("{} ({})", r.endpoint, r.endpoint_from)],
    ));
    let file = match (&r.config_file, r.config_file_exists) {
        (Some(path), true) => path.clone(),
        (Some(path), false) => format!("{path} (not there: nothing kept yet)"),
        (None, _) => "none (neither XDG_CONFIG_HOME nor HOME is set)".to_string(),
    };
    lines.push(("config_file", vec![file]));
    if !r.defaults.is_empty() {
        let width = r.defaults.iter().map(|d| d.key.len()).max().unwrap_or(0) + 1;
        let defaults = r
            .defaults
            .iter()
            .map(|d| match &d.value {
                Some(v) => format!("{:width$}{v} (from {})", d.key, d.from),
                None => format!("{:width$}{}", d.key, d.from),
            })
            .collect();
        lines.push(("defaults", defaults));
    }
    lines.push(("looked", r.looked.clone()));
    if !r.warnings.is_empty() {
        lines.push(("warnings", r.warnings.clone()));
    }
    let width = lines.iter().map(|(k, _)| k.len()).max().unwrap_or(0) + 2;
    for (key, values) in lines {
        let mut values = values.iter().flat_map(|v| v.lines());
        let first = values.next().unwrap_or("");
        // Values come from files and the environment: shown escaped.
        let line = format!("{:width$}{}", format!("{key}:"), printable(first));
        writeln!(out, "{}", line.trim_end())?;
        for more in values {
            writeln!(out, "{:width$}{}", "", printable(more))?;
        }
    }
    Ok(())
}

use crate::transport::error::printable;

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        Report {
            credentials: Some("tccli profile 'default' (/h/.tccli/default.credential)".into()),
            kind: Some("tccli-profile"),
            secret_id: Some(mask_id("AKIDEXAMPLE00001234")),
            token: true,
            problem: None,
            none_found: false,
            profile: "default".into(),
            profile_from: "the default",
            region: Some("ap-guangzhou".into()),
            region_from: "/h/.tccli/default.configure".into(),
            endpoint: "https://batch.tencentcloudapi.com/".into(),
            endpoint_from: "the default",
            looked: vec![
                "env: not set".into(),
                "/h/.tccli/default.credential: used".into(),
            ],
            warnings: Vec::new(),
            config_file: Some("/h/.config/batchctl/config.toml".into()),
            config_file_exists: true,
            defaults: vec![
                DefaultLine {
                    key: "zone",
                    value: Some("ap-guangzhou-3".into()),
                    source: "config file",
                    from: "/h/.config/batchctl/config.toml [default]".into(),
                },
                DefaultLine {
                    key: "instance-type",
                    value: None,
                    source: "none",
                    from: ways(Key::InstanceType),
                },
            ],
        }
    }

    #[test]
    fn lines_are_aligned_key_value_pairs() {
        let mut out = Vec::new();
        write_lines(&mut out, &report()).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "credentials: tccli profile 'default' (/h/.tccli/default.credential)\n\
             secret_id:   AKID****1234\n\
             token:       yes (not shown)\n\
             profile:     default (the default)\n\
             region:      ap-guangzhou (from /h/.tccli/default.configure)\n\
             endpoint:    https://batch.tencentcloudapi.com/ (the default)\n\
             config_file: /h/.config/batchctl/config.toml\n\
             defaults:    zone          ap-guangzhou-3 (from /h/.config/batchctl/config.toml [default])\n\
             \x20            instance-type not set; give --instance-type, BATCHCTL_INSTANCE_TYPE or `batchctl config set instance-type`\n\
             looked:      env: not set\n\
             \x20            /h/.tccli/default.credential: used\n"
        );
    }

    #[test]
    fn json_is_one_object_with_stable_keys() {
        let v = as_json(&report());
        assert_eq!(v["secret_id"], "AKID****1234");
        assert_eq!(v["token"], true);
        assert_eq!(v["credential_kind"], "tccli-profile");
        assert_eq!(v["error"], Value::Null);
        assert_eq!(v["looked"].as_array().unwrap().len(), 2);
        assert_eq!(v["defaults"]["zone"]["value"], "ap-guangzhou-3");
        assert_eq!(v["defaults"]["zone"]["source"], "config file");
        assert_eq!(v["defaults"]["instance-type"]["source"], "none");
    }
}
