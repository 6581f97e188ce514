//! Preparing only the part of the command tree that runs.
//!
//! The tree has some sixty subcommands; building all of them (clap copies each of the 16
//! global options into every one) cost most of a call's start-up. When the words before
//! the first option-free argument of a leaf name a path of subcommands (`jobs describe`,
//! `api`), only that path is prepared ([`prepare_path`]): its help layout and, in its
//! leaf, the refused global options hidden, as [`super::hide_refused_globals`] does for the
//! whole tree. clap builds the rest of the path itself while parsing, and never the
//! siblings. Anything else (help, an unknown word, a command still missing its
//! subcommand) prepares the whole tree as before, so its messages are unchanged.

use std::ffi::OsString;

use clap::{Arg, Command};

use super::{EXAMPLES_FIRST, globals_accepted, takes_value};

/// The subcommands a command line runs, down to a leaf, and where its options are.
#[derive(Debug, PartialEq)]
pub struct Path {
    /// Their canonical names (`["jobs", "describe"]` for `jobs list --all`).
    pub names: Vec<String>,
    /// Whether any option word comes right after each command of the path, before the
    /// next subcommand: `[top, jobs]` for `-o json jobs describe` is `[true, false]` (the
    /// leaf's own are not counted: it always takes every global option).
    options_after: Vec<bool>,
}

/// The path that `args` (the program's name first) run, down to a leaf; `None` when the
/// words do not lead to a leaf, or when help is asked for anywhere.
pub fn leaf_path(command: &Command, args: &[OsString]) -> Option<Path> {
    if args.iter().any(|a| a == "-h" || a == "--help") {
        return None;
    }
    let mut names = Vec::new();
    let mut options_after = vec![false];
    let mut at = command;
    let mut i = 1;
    while at.has_subcommands() {
        let word = args.get(i)?.to_str()?;
        if word == "--" {
            return None;
        }
        if word.starts_with('-') {
            *options_after.last_mut()? = true;
            i += if takes_value(&args[i]) { 2 } else { 1 };
            continue;
        }
        let sub = at.find_subcommand(word)?;
        names.push(sub.get_name().to_string());
        options_after.push(false);
        at = sub;
        i += 1;
    }
    options_after.pop();
    (!names.is_empty()).then_some(Path {
        names,
        options_after,
    })
}

/// `command` (the top, not yet built) with the subcommands on `path` given the layout
/// [`super::examples_first`] gives them, and the global options made plain options of
/// the top (and of a command between it and the leaf that options follow), global only
/// in the leaf. clap copies a global option into every subcommand of each command it
/// builds (the top's dozen, then the path's own), and fills in the values of every global
/// it meets along the path (16 per level). Here it copies nothing, since no command with
/// subcommands has a global option, and fills in the leaf's 16 along the path, which
/// moves a value given at any level (`batchctl -o json jobs describe`, `batchctl jobs
/// describe -o json`) to the top, where they are read, as before. In the leaf the options
/// it refuses ([`globals_accepted`]) are hidden, as [`super::hide_refused_globals`] hides
/// them in the whole tree.
pub fn prepare_path(command: Command, path: &Path) -> Command {
    let accepted = globals_accepted(&path.names.join(" "));
    let globals: Vec<Arg> = command
        .get_arguments()
        .filter(|arg| arg.is_global_set())
        .map(|arg| arg.clone().global(false))
        .collect();
    let command = command.mut_args(|arg| {
        if arg.is_global_set() {
            arg.global(false)
        } else {
            arg
        }
    });
    let level = Level {
        globals: &globals,
        accepted: &accepted,
    };
    level.below(command, &path.names, &path.options_after[1..])
}

/// What each command on the path gets.
struct Level<'a> {
    globals: &'a [Arg],
    accepted: &'a [&'static str],
}

impl Level<'_> {
    /// `command` with its subcommand named first in `names` prepared; `options_after[k]`
    /// says whether options follow `names[k]` (absent for the leaf).
    fn below(&self, command: Command, names: &[String], options_after: &[bool]) -> Command {
        let Some((name, rest)) = names.split_first() else {
            return command;
        };
        command.mut_subcommands(|sub| {
            if sub.get_name() == name.as_str() {
                self.prepare(sub, rest, options_after)
            } else {
                sub
            }
        })
    }

    /// `command`, on the path, with its copies of the global options (`rest` the path
    /// below it). A command between the top and the leaf gets them only when options
    /// follow it (`jobs -o json describe`): otherwise it never parses one, and the values
    /// it would hold (defaults, environment) are the leaf's.
    fn prepare(&self, command: Command, rest: &[String], options_after: &[bool]) -> Command {
        let leaf = rest.is_empty();
        let (here, below) = options_after.split_first().unwrap_or((&true, &[]));
        let mut copies = Vec::new();
        let mut own = Vec::new();
        for arg in self.globals.iter().filter(|_| leaf || *here) {
            let id = arg.get_id();
            if command.get_arguments().any(|a| a.get_id() == id) {
                // One of its own by that id (`emulator serve --rate-limit`) stands in for
                // the copy, global in the leaf so that a value given before it fills it in.
                own.push(id.clone());
            } else {
                let refused = leaf && !self.accepted.contains(&id.as_str());
                copies.push(arg.clone().global(leaf).hide(refused || arg.is_hide_set()));
            }
        }
        let command = if leaf {
            own.into_iter()
                .fold(command, |c, id| c.mut_arg(id, |a| a.global(true)))
        } else {
            command
        };
        let command = self.below(command.args(copies), rest, below);
        if command.get_after_help().is_some() {
            command.help_template(EXAMPLES_FIRST)
        } else {
            command
        }
    }
}

/// Whether `args` are exactly `batchctl --version` (or `-V`): then the version is printed
/// without building any of the tree, as clap prints it (`batchctl VERSION`).
pub fn version_only(args: &[OsString]) -> bool {
    matches!(args, [_, flag] if flag == "--version" || flag == "-V")
}

/// What `batchctl --version` prints.
pub fn version_text() -> String {
    format!("batchctl {}\n", super::VERSION)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::Cli;

    fn path(words: &[&str]) -> Option<Vec<String>> {
        let args: Vec<OsString> = std::iter::once("batchctl")
            .chain(words.iter().copied())
            .map(OsString::from)
            .collect();
        leaf_path(&Cli::command(), &args).map(|p| p.names)
    }

    #[test]
    fn the_path_is_read_past_global_options_and_through_aliases() {
        let want = Some(vec!["jobs".to_string(), "describe".to_string()]);
        assert_eq!(path(&["-o", "json", "jobs", "list", "--all"]), want);
        assert_eq!(
            path(&["--region", "ap-guangzhou", "jobs", "describe"]),
            want
        );
        assert_eq!(
            path(&["api", "DescribeJob", "--JobId", "job-1"]),
            Some(vec!["api".into()])
        );
    }

    #[test]
    fn help_unknown_words_and_unfinished_paths_prepare_the_whole_tree() {
        assert_eq!(path(&["jobs", "describe", "--help"]), None);
        assert_eq!(path(&["help", "jobs"]), None);
        assert_eq!(path(&["jobs"]), None);
        assert_eq!(path(&["jbos", "describe"]), None);
        assert_eq!(path(&["-o", "json"]), None);
    }

    #[test]
    fn a_global_option_given_at_any_level_of_the_path_is_read() {
        use crate::cli::{Command as Sub, EmulatorCommand, Format};
        let parse = |words: &[&str]| {
            Cli::parse_from_args(std::iter::once("batchctl").chain(words.iter().copied())).unwrap()
        };
        for words in [
            &["-o", "json", "jobs", "describe"][..],
            &["jobs", "-o", "json", "describe"],
            &["jobs", "describe", "-o", "json"],
        ] {
            assert_eq!(parse(words).global.output, Format::Json, "{words:?}");
        }
        // `emulator serve` has a --rate-limit of its own: one given before it still fills it.
        for words in [
            &["--rate-limit", "5", "emulator", "serve"][..],
            &["emulator", "serve", "--rate-limit", "5"],
        ] {
            match parse(words).command {
                Sub::Emulator(EmulatorCommand::Serve(serve)) => {
                    assert_eq!(serve.rate_limit, 5.0, "{words:?}")
                }
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn version_alone_prints_what_clap_prints() {
        let only = |words: &[&str]| {
            let args: Vec<OsString> = words.iter().map(OsString::from).collect();
            version_only(&args)
        };
        assert!(only(&["batchctl", "--version"]) && only(&["batchctl", "-V"]));
        assert!(!only(&["batchctl", "jobs", "--version"]));
        let clap_text = Cli::command().render_version().to_string();
        assert_eq!(version_text(), clap_text);
    }
}
