//! One validated configuration built once from the global options and the environment
//! (ripgrep's pattern: low-level arguments → one high-level configuration); the rest of
//! the program trusts it and never re-reads options or the environment.

use std::collections::BTreeMap;
use std::io::IsTerminal;

use clap::ValueEnum;

use crate::cli::{GlobalArgs, Origin, Origins};
use crate::domain::defaults::{self, ConfigFile, Defaults, Key, Rules};
use crate::output::Format;
use crate::transport::envelope;
use crate::transport::error::Error;
use crate::transport::settings::Settings;
pub use crate::transport::settings::{Endpoint, RateLimit, check_region};

/// Set to `1`, the client's waits (backoff, pacing) pass on a virtual clock instead of
/// real time: the tests of retries use it so that they take no real time. Undocumented on
/// purpose; `--debug` still shows every wait.
pub const VIRTUAL_TIME_ENV: &str = "BATCHCTL_VIRTUAL_TIME";

/// The environment variables the configuration and the credential chain read, captured
/// once when the configuration is built. Its `Debug` shows names only: values may be
/// secrets.
#[derive(Clone, Default)]
pub struct Environment(BTreeMap<String, String>);

impl std::fmt::Debug for Environment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.0.keys()).finish()
    }
}

/// Which variables are captured: credentials, region, HOME, batchctl's own.
fn is_captured(name: &str) -> bool {
    name.starts_with("TENCENTCLOUD_")
        || name.starts_with("BATCHCTL_")
        || matches!(name, "HOME" | "NO_COLOR" | "XDG_CONFIG_HOME")
}

impl Environment {
    /// The captured variables of this process (those that are valid UTF-8).
    pub fn capture() -> Environment {
        Environment(
            std::env::vars_os()
                .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
                .filter(|(k, _)| is_captured(k))
                .collect(),
        )
    }

    /// The value of `name`, if set (empty values are returned as set).
    pub fn get(&self, name: &str) -> Option<String> {
        self.0.get(name).cloned()
    }

    /// The value of `name` when set and not blank.
    pub fn present(&self, name: &str) -> Option<String> {
        self.get(name).filter(|v| !v.trim().is_empty())
    }
}

/// The credential profile to use and where its name came from.
#[derive(Debug, Clone)]
pub struct ProfileChoice {
    pub name: String,
    pub origin: Origin,
}

/// The one validated configuration of an invocation, built from the options and the
/// environment in [`Config::from_args`]; commands take what they need from here and never
/// look at raw options or the environment again.
#[derive(Debug, Clone)]
pub struct Config {
    /// What the transport needs: endpoint, region, language, timeout, attempts, pacing.
    pub transport: Settings,
    pub debug: bool,
    pub dry_run: bool,
    pub quiet: bool,
    /// `-o`, as given or defaulted (see `output_given`).
    pub output: Format,
    /// True when `-o` or `BATCHCTL_OUTPUT` chose the format (`api` defaults to json).
    pub output_given: bool,
    /// Colour on stdout: a terminal, no `--no-color`, no `NO_COLOR`.
    pub color: bool,
    /// Colour may be used on stderr (progress) when it is a terminal.
    pub color_stderr: bool,
    pub emulator: bool,
    /// `--emulator=local`: the in-process emulator runs commands on this machine.
    pub emulator_local: bool,
    pub profile: ProfileChoice,
    pub use_cvm_role: bool,
    /// The CVM metadata service's base URL (`BATCHCTL_METADATA_ENDPOINT` or the default).
    pub metadata_base: String,
    /// Where `--region` and `--endpoint` came from (for `config show`).
    pub origins: Origins,
    pub env: Environment,
    /// `--query`, compiled when the options were parsed.
    pub query: Option<crate::output::query::Query>,
    /// The profile's defaults (`config set`), with the environment's, ready to resolve
    /// against a command's flags: flag > environment > config file.
    pub defaults: Defaults,
}

/// The names `-o` takes, as the config file's `output` key takes them.
pub fn format_names() -> Vec<String> {
    Format::value_variants()
        .iter()
        .filter_map(|f| f.to_possible_value())
        .map(|v| v.get_name().to_string())
        .collect()
}

impl Config {
    /// Validates the global options and reads the environment, once.
    pub fn from_args(args: &GlobalArgs, env: Environment) -> Result<Config, Error> {
        let profile = args
            .profile
            .clone()
            .unwrap_or_else(|| "default".to_string());
        let lookup = |name: &str| env.get(name);
        let rules = Rules {
            formats: format_names(),
        };
        let file = ConfigFile::load(defaults::config_path(&lookup), &rules)?;
        let defaults = Defaults::new(&profile, file, &lookup, rules);
        let mut origins = args.origins;
        // Region and output: the flag or variable (clap read both), else the profile's.
        let mut region = args.region.as_ref().map(|r| r.trim().to_string());
        if region.is_none()
            && let Some(stored) = defaults.resolve(Key::Region, None)?.value
        {
            region = Some(stored);
            origins.region = Origin::ConfigFile;
        }
        let mut output = args.output;
        if origins.output == Origin::Unset
            && let Some(stored) = defaults.resolve(Key::Output, None)?.value
        {
            output = Format::from_str(&stored, true).map_err(|_| {
                Error::Internal(format!("the stored output format '{stored}' was checked"))
            })?;
            origins.output = Origin::ConfigFile;
        }
        if let Some(region) = &args.region {
            check_region(region.trim()).map_err(|why| {
                Error::usage(format!(
                    "invalid --region (or TENCENTCLOUD_REGION) '{}': {why}",
                    crate::transport::error::printable(region)
                ))
            })?;
        }
        let endpoint = Endpoint::parse(
            args.endpoint
                .as_deref()
                .unwrap_or(envelope::DEFAULT_ENDPOINT),
        )?;
        let color_on = |tty: bool| args.color.decide(args.no_color, &lookup, tty);
        let rate_limit = match args.rate_limit {
            None => RateLimit::PerAction,
            Some(0.0) => RateLimit::Off,
            Some(r) => RateLimit::Fixed(r),
        };
        Ok(Config {
            transport: Settings {
                endpoint,
                region,
                language: args.language.as_header(),
                timeout: args.timeout,
                max_attempts: args.max_attempts,
                rate_limit,
                dry_run: args.dry_run,
                virtual_time: env.present(VIRTUAL_TIME_ENV).is_some_and(|v| v == "1"),
            },
            debug: args.debug,
            dry_run: args.dry_run,
            quiet: args.quiet,
            output,
            output_given: origins.output != Origin::Unset,
            query: args.query.clone(),
            color: color_on(std::io::stdout().is_terminal()),
            color_stderr: color_on(std::io::stderr().is_terminal()),
            emulator: args.emulator.is_some(),
            emulator_local: args.emulator == Some(crate::cli::Exec::Local),
            profile: ProfileChoice {
                name: profile,
                origin: args.origins.profile,
            },
            use_cvm_role: args.use_cvm_role,
            metadata_base: env
                .present("BATCHCTL_METADATA_ENDPOINT")
                .unwrap_or_else(|| crate::transport::credentials::cvm::DEFAULT_BASE.to_string()),
            origins,
            env,
            defaults,
        })
    }

    /// The output format of a command whose default is `default` when `-o` is not given.
    pub fn output_or(&self, default: Format) -> Format {
        if self.output_given {
            self.output
        } else {
            default
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(args: &[&str], env: &[(&str, &str)]) -> Config {
        let cli = crate::cli::Cli::parse_from_args(
            ["batchctl"].iter().chain(args).chain(&["jobs", "describe"]),
        )
        .unwrap();
        let env = Environment(
            env.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        );
        Config::from_args(&cli.global, env).unwrap()
    }

    #[test]
    fn rate_limit_is_per_action_unless_given() {
        assert_eq!(config(&[], &[]).transport.rate_limit, RateLimit::PerAction);
        assert_eq!(config(&[], &[]).transport.rate_limit.for_action(7.0), 7.0);
        let fixed = config(&["--rate-limit", "5"], &[]).transport.rate_limit;
        assert_eq!(
            (fixed, fixed.for_action(30.0)),
            (RateLimit::Fixed(5.0), 5.0)
        );
        let off = config(&["--rate-limit", "0"], &[]).transport.rate_limit;
        assert_eq!((off, off.for_action(2.0)), (RateLimit::Off, 0.0));
    }

    #[test]
    fn the_configuration_knows_what_was_given_and_reads_the_environment_once() {
        let c = config(
            &[],
            &[
                ("NO_COLOR", "1"),
                ("BATCHCTL_METADATA_ENDPOINT", "http://m/"),
            ],
        );
        assert!(!c.output_given && c.output_or(Format::Json) == Format::Json);
        assert!(!c.color && !c.color_stderr);
        assert_eq!(c.metadata_base, "http://m/");
        assert_eq!(c.profile.name, "default");
        let c = config(
            &["-o", "csv", "--profile", "prod"],
            &[("TENCENTCLOUD_SECRET_KEY", "s3cret")],
        );
        assert_eq!(
            (c.output_given, c.output_or(Format::Json)),
            (true, Format::Csv)
        );
        assert_eq!(c.profile.origin, Origin::CommandLine);
        assert!(
            !format!("{c:?}").contains("s3cret"),
            "Debug never shows a value"
        );
    }

    #[test]
    fn bare_host_means_https() {
        let e = Endpoint::parse("batch.ap-guangzhou.tencentcloudapi.com").unwrap();
        assert_eq!(e.url, "https://batch.ap-guangzhou.tencentcloudapi.com/");
        assert_eq!(e.host, "batch.ap-guangzhou.tencentcloudapi.com");
    }

    #[test]
    fn the_port_is_part_of_the_signed_host() {
        let e = Endpoint::parse("http://127.0.0.1:9300").unwrap();
        assert_eq!(
            (e.url.as_str(), e.host.as_str()),
            ("http://127.0.0.1:9300/", "127.0.0.1:9300")
        );
        let e = Endpoint::parse("https://batch.tencentcloudapi.com:443/").unwrap();
        assert_eq!(e.host, "batch.tencentcloudapi.com");
        let e = Endpoint::parse("http://[::1]:8080").unwrap();
        assert_eq!(e.host, "[::1]:8080");
    }

    #[test]
    fn bad_endpoints_are_usage_errors() {
        for bad in [
            "ftp://x",
            "http://",
            "http://h:99999",
            "http://h/path",
            "h:abc",
            "http://a:b:80",
            "http://a\nb",
            "http://h\u{1b}x:80",
        ] {
            let err = Endpoint::parse(bad).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad}");
            assert!(
                err.to_string()
                    .contains(&crate::transport::error::printable(bad)),
                "{err}"
            );
        }
    }
}
