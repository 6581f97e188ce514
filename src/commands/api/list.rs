//! `batchctl api` without an action: the actions of the model's table, with what a
//! caller needs to know about each (read or write, paging, rate limit, retry rule).

use std::io::Write;

use batch_api::{Action, Kind, Retry};
use serde_json::{Value, json};

use crate::output::document as render;
use crate::output::{Format, OutputOptions};
use crate::transport::error::Error;

/// One action as a row/document.
fn describe(a: &Action) -> Value {
    json!({
        "Action": a.name,
        "Kind": match a.kind { Kind::Read => "read", Kind::Write => "write" },
        "Pages": a.paging.is_some(),
        "RateLimit": a.rate_limit,
        "RateLimitAssumed": a.rate_limit_assumed,
        "Retry": retry_rule(a.retry),
        "Command": a.command,
        "Summary": a.summary,
    })
}

/// The retry rule in a few words.
pub fn retry_rule(retry: Retry) -> String {
    match retry {
        Retry::Read => "retried".to_string(),
        Retry::Token(member) => format!("retried with the same {member}"),
        Retry::CheckByRead => "checked by a read".to_string(),
        Retry::Unsafe => "not repeated if it may have arrived".to_string(),
    }
}

/// The list's format when `-o` is not given: a table on a terminal, as every other list
/// prints there; JSON when piped (as an action's answer always is).
pub fn default_format(stdout_is_terminal: bool) -> Format {
    if stdout_is_terminal {
        Format::Table
    } else {
        Format::Json
    }
}

/// Writes the action list in `format`.
pub fn write(format: Format, opts: &OutputOptions, out: &mut dyn Write) -> Result<(), Error> {
    let actions: Vec<Value> = batch_api::actions().iter().map(describe).collect();
    match format {
        _ if opts.query.is_some() || matches!(format, Format::Json | Format::Yaml) => {
            let text = Value::Array(actions).to_string();
            return super::output::document(&text, opts, out);
        }
        Format::Jsonl | Format::Csv => {
            let mut rows = render::ListRenderer::new(format, "Actions", opts);
            rows.page(&json!({ "Actions": actions }), out)?;
            rows.finish(out)?;
        }
        Format::Table | Format::Wide | Format::Json | Format::Yaml => {
            let rows: Vec<Value> = batch_api::actions()
                .iter()
                .map(|a| {
                    json!({
                        "ACTION": a.name,
                        "KIND": match a.kind { Kind::Read => "read", Kind::Write => "write" },
                        "PAGES": if a.paging.is_some() { "yes" } else { "-" },
                        "RATE": format!("{}/s{}", a.rate_limit, if a.rate_limit_assumed { "*" } else { "" }),
                        "SUMMARY": a.summary,
                    })
                })
                .collect();
            let mut table = render::ListRenderer::new(format, "Actions", opts);
            table.page(&json!({ "Actions": rows }), out)?;
            table.finish(out)?;
        }
    }
    out.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_a_table_on_a_terminal_and_json_in_a_pipe() {
        assert_eq!(default_format(true), Format::Table);
        assert_eq!(default_format(false), Format::Json);
    }
}
