//! `batchctl run --each FILE`: a table of parameters (CSV with a header, or TSV), one task
//! instance per data row, each seeing its row's columns as environment variables named by
//! the header.
//!
//! The table travels inside the job, in front of the command, as one line of POSIX shell
//! per row that only the row's own instance acts on:
//!
//! ```text
//! [ "$BATCH_TASK_INSTANCE_INDEX" = 0 ] && export sample='a b' size=3
//! [ "$BATCH_TASK_INSTANCE_INDEX" = 1 ] && export sample=c size=10
//! ./score.sh "$sample" "$size"
//! ```
//!
//! so it works on the real service with nothing but `sh`, and needs no storage of ours.
//! Above [`MAX_EMBEDDED`] bytes it is refused: a large table belongs in COS, mapped into
//! the instances with the task's `InputMappings`.

use std::io::Read;

use crate::domain::shell;
use crate::transport::error::{Error, printable};

/// The most bytes the embedded table may take in `Application.Command`.
pub const MAX_EMBEDDED: usize = 64 * 1024;

/// The most bytes read from the file (a table larger than this cannot fit once embedded).
const MAX_FILE: usize = MAX_EMBEDDED;

/// A parsed table: the header's names and the data rows, each as long as the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub names: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Reads the table at `spec` (a path, or `-` for stdin), at most [`MAX_FILE`] bytes.
pub fn read(spec: &str, stdin: &mut dyn Read) -> Result<Table, Error> {
    let mut bytes = Vec::new();
    let (name, result) = if spec == "-" {
        (
            "stdin".to_string(),
            stdin.take(MAX_FILE as u64 + 1).read_to_end(&mut bytes),
        )
    } else {
        let file = std::fs::File::open(spec).map_err(|e| {
            Error::usage(format!("--each {}: cannot read it: {e}", printable(spec)))
        })?;
        (
            printable(spec),
            file.take(MAX_FILE as u64 + 1).read_to_end(&mut bytes),
        )
    };
    result.map_err(|e| Error::usage(format!("--each {name}: cannot read it: {e}")))?;
    if bytes.len() > MAX_FILE {
        return Err(too_large(&name));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::usage(format!("--each {name}: the table is not UTF-8 text")))?;
    let tabs = spec.ends_with(".tsv") || spec.ends_with(".tab");
    parse(&name, &text, tabs)
}

fn too_large(name: &str) -> Error {
    Error::usage(format!(
        "--each {name}: the table is larger than {} KiB, the most a job can carry in its \
         command; put it in COS and map it into the instances with the task's InputMappings \
         (`--set Tasks.0.InputMappings=...` or a job file), then read the row with \
         $BATCH_TASK_INSTANCE_INDEX",
        MAX_EMBEDDED / 1024
    ))
}

/// Parses `text` (named `name` in messages): TSV when `tabs` or when the header holds a
/// tab, else CSV (RFC 4180 quoting). Every message is a usage error naming the row.
pub fn parse(name: &str, text: &str, tabs: bool) -> Result<Table, Error> {
    let fail = |message: String| Error::usage(format!("--each {name}: {message}"));
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\0') {
        return Err(fail("the table holds a NUL byte".to_string()));
    }
    let header_line = text.lines().next().unwrap_or("");
    let tabs = tabs || header_line.contains('\t');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .delimiter(if tabs { b'\t' } else { b',' })
        .quoting(!tabs)
        .from_reader(text.as_bytes());
    let names: Vec<String> = reader
        .headers()
        .map_err(|e| fail(format!("cannot read the header: {e}")))?
        .iter()
        .map(|n| n.trim().to_string())
        .collect();
    if names.iter().all(String::is_empty) {
        return Err(fail(
            "the table has no header: its first line names the columns (e.g. sample,size)"
                .to_string(),
        ));
    }
    for (i, n) in names.iter().enumerate() {
        if !shell::is_name(n) {
            return Err(fail(format!(
                "column {} of the header, '{}', is not a shell variable name (letters, digits \
                 and _, not starting with a digit)",
                i + 1,
                printable(n)
            )));
        }
        if n.starts_with("BATCH_") {
            return Err(fail(format!(
                "column '{n}': names starting with BATCH_ are the service's own variables"
            )));
        }
        if names[..i].contains(n) {
            return Err(fail(format!("column '{n}' appears twice in the header")));
        }
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| fail(format!("cannot read the table: {e}")))?;
        let line = record.position().map_or(0, |p| p.line());
        if record.len() != names.len() {
            return Err(fail(format!(
                "row {} (line {line}) has {} column{}, the header has {}",
                rows.len() + 1,
                record.len(),
                if record.len() == 1 { "" } else { "s" },
                names.len()
            )));
        }
        rows.push(record.iter().map(str::to_string).collect());
    }
    if rows.is_empty() {
        return Err(fail(
            "the table has a header but no rows: one instance runs per row".to_string(),
        ));
    }
    let table = Table { names, rows };
    if preamble(&table).len() > MAX_EMBEDDED {
        return Err(too_large(name));
    }
    Ok(table)
}

/// The lines that give each instance its row, to put before the command.
pub fn preamble(table: &Table) -> String {
    let mut text = String::new();
    for (i, row) in table.rows.iter().enumerate() {
        text.push_str(&format!(
            "[ \"$BATCH_TASK_INSTANCE_INDEX\" = {i} ] && export"
        ));
        for (name, value) in table.names.iter().zip(row) {
            text.push(' ');
            text.push_str(name);
            text.push('=');
            text.push_str(&shell::quote(value));
        }
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usage(result: Result<Table, Error>) -> String {
        match result {
            Err(Error::Usage(m)) => m,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn csv_and_tsv_give_the_same_rows() {
        let csv = parse("p.csv", "sample,size\n\"a b\",3\nit's,10\n", false).unwrap();
        let tsv = parse("p.tsv", "sample\tsize\na b\t3\nit's\t10\n", false).unwrap();
        assert_eq!(csv, tsv);
        assert_eq!(csv.names, ["sample", "size"]);
        assert_eq!(csv.rows[1], ["it's", "10"]);
        assert_eq!(
            preamble(&csv),
            "[ \"$BATCH_TASK_INSTANCE_INDEX\" = 0 ] && export sample='a b' size=3\n\
             [ \"$BATCH_TASK_INSTANCE_INDEX\" = 1 ] && export sample='it'\\''s' size=10\n"
        );
    }

    #[test]
    fn a_bom_and_crlf_line_ends_are_taken() {
        let t = parse("p.csv", "\u{feff}a,b\r\n1,2\r\n", false).unwrap();
        assert_eq!(t.names, ["a", "b"]);
        assert_eq!(t.rows, [["1", "2"]]);
    }

    #[test]
    fn bad_tables_are_usage_errors_naming_what_is_wrong() {
        let m = usage(parse("p.csv", "a,b\n1,2\n3\n", false));
        assert!(m.contains("row 2") && m.contains("line 3"), "{m}");
        let m = usage(parse("p.csv", "a,my-col\n1,2\n", false));
        assert!(m.contains("'my-col'") && m.contains("shell"), "{m}");
        let m = usage(parse("p.csv", "a,b\n", false));
        assert!(m.contains("no rows"), "{m}");
        let m = usage(parse("p.csv", "", false));
        assert!(m.contains("no header"), "{m}");
        let m = usage(parse("p.csv", "a,a\n1,2\n", false));
        assert!(m.contains("twice"), "{m}");
        let m = usage(parse("p.csv", "BATCH_X\n1\n", false));
        assert!(m.contains("BATCH_"), "{m}");
        let m = usage(parse("p.csv", "a\nx\0y\n", false));
        assert!(m.contains("NUL"), "{m}");
    }

    #[test]
    fn a_table_over_the_limit_says_how_to_pass_a_large_one() {
        let mut text = "a\n".to_string();
        while text.len() < MAX_EMBEDDED {
            text.push_str("some-value-of-a-row\n");
        }
        let m = usage(parse("big.csv", &text, false));
        assert!(m.contains("64 KiB") && m.contains("InputMappings"), "{m}");
        let m = usage(read("-", &mut text.as_bytes()));
        assert!(m.contains("64 KiB"), "{m}");
    }

    /// A real `sh` gives each index its own row.
    #[test]
    fn sh_exports_each_instance_its_own_row() {
        let t = parse("p.csv", "name,n\n\"a b\",1\nit's,2\n$x,3\n", false).unwrap();
        for (i, want) in ["a b 1", "it's 2", "$x 3"].iter().enumerate() {
            let script = format!("{}echo \"$name $n\"", preamble(&t));
            let Ok(out) = std::process::Command::new("sh")
                .args(["-c", &script])
                .env("BATCH_TASK_INSTANCE_INDEX", i.to_string())
                .output()
            else {
                return;
            };
            assert_eq!(String::from_utf8_lossy(&out.stdout).trim_end(), *want);
        }
    }
}
