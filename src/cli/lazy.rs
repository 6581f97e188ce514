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

/// The canonical names of the subcommands that `args` (the program's name first) run,
/// down to a leaf (`["jobs", "describe"]` for `jobs list --all`); `None` when the words do
/// not lead to a leaf, or when help is asked for anywhere.
pub fn leaf_path(command: &Command, args: &[OsString]) -> Option<Vec<String>> {
    if args.iter().any(|a| a == "-h" || a == "--help") {
        return None;
    }
    let mut path = Vec::new();
    let mut at = command;
    let mut i = 1;
    while at.has_subcommands() {
        let word = args.get(i)?.to_str()?;
        if word == "--" {
            return None;
        }
        if word.starts_with('-') {
            i += if takes_value(&args[i]) { 2 } else { 1 };
            continue;
        }
        let sub = at.find_subcommand(word)?;
        path.push(sub.get_name().to_string());
        at = sub;
        i += 1;
    }
    (!path.is_empty()).then_some(path)
}

/// `command` (the top, not yet built) with the subcommands on `path` given the layout
/// [`super::examples_first`] gives them, and a copy of each global option that is not
/// global: clap then copies nothing below the top, and fills in the values of only the
/// top's 16 globals along the path (it would otherwise copy each into every subcommand of
/// every level it builds, and fill in three times as many). In the leaf the copies of the
/// options it refuses ([`globals_accepted`]) are hidden, as [`super::hide_refused_globals`]
/// hides them in the whole tree. The top's other subcommands get bare stand-ins.
pub fn prepare_path(command: Command, path: &[String]) -> Command {
    let accepted = globals_accepted(&path.join(" "));
    let globals: Vec<Arg> = command
        .get_arguments()
        .filter(|arg| arg.is_global_set())
        .map(|arg| arg.clone().global(false))
        .collect();
    let ids: Vec<clap::Id> = globals.iter().map(|arg| arg.get_id().clone()).collect();
    let Some((first, rest)) = path.split_first() else {
        return command;
    };
    command.mut_subcommands(|sub| {
        if sub.get_name() == first.as_str() {
            prepare_level(sub, rest, &globals, &accepted)
        } else {
            stand_ins(sub, &ids)
        }
    })
}

/// `command`, on the path, with its copies of the global options; `path` the rest of it.
fn prepare_level(command: Command, path: &[String], globals: &[Arg], accepted: &[&str]) -> Command {
    let leaf = path.is_empty();
    let copies: Vec<Arg> = globals
        .iter()
        // One of its own by that id (`emulator serve --rate-limit`) wins, as it would
        // over clap's copy.
        .filter(|arg| {
            command
                .get_arguments()
                .all(|own| own.get_id() != arg.get_id())
        })
        .map(|arg| {
            let refused = leaf && !accepted.contains(&arg.get_id().as_str());
            if refused {
                arg.clone().hide(true)
            } else {
                arg.clone()
            }
        })
        .collect();
    let command = command.args(copies);
    let command = match path.split_first() {
        Some((name, rest)) => command.mut_subcommands(|sub| {
            if sub.get_name() == name.as_str() {
                prepare_level(sub, rest, globals, accepted)
            } else {
                sub
            }
        }),
        None => command,
    };
    if command.get_after_help().is_some() {
        command.help_template(EXAMPLES_FIRST)
    } else {
        command
    }
}

/// `sibling` (a subcommand beside the path, which never runs) with a bare stand-in for
/// each global option: clap copies a global option into every subcommand of the top
/// unless one of that id is already there, and a bare `Arg` costs a fraction of a full
/// copy (help texts, value parser, environment variable). The sibling is never built
/// nor shown, so its stand-ins are never seen.
fn stand_ins(sibling: Command, ids: &[clap::Id]) -> Command {
    sibling.args(ids.iter().map(|id| Arg::new(id.clone())))
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
        leaf_path(&Cli::command(), &args)
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
