//! Rendering whole JSON documents (answers of any action, a command's json document) in
//! the other formats: yaml, and rows for jsonl/csv/table from an answer's list member.

use crate::error::Error;

/// `-o yaml` of any JSON document: numbers exact (serde_json here uses arbitrary_precision),
/// key order kept, strings YAML would misread (yes, no, on, off, null, ~, numbers, dates,
/// leading/trailing spaces, `: `, `#`, leading special characters, empty) quoted.
pub fn write_yaml(doc: &serde_json::Value, out: &mut dyn std::io::Write) -> Result<(), Error> {
    super::yaml::write(doc, out)?;
    out.flush()?;
    Ok(())
}
