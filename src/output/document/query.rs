//! `--query` over the jobs' document: [`Checked`], which refuses a job's text where the
//! document read whole would have, and [`whole_query`], the document rebuilt around the
//! jobs kept of it for a query that cannot run page by page.

use std::io::{self, Write};

use super::Summary;
use crate::output::query::Query;
use crate::transport::error::Error;

/// `{"TotalCount", "JobSet", "RequestId"}` (the json renderer's document) as jaq reads it,
/// with `jobs` (already cut to what the query reaches) as its JobSet, and the query's
/// results on it.
pub(super) fn whole_query(
    query: &Query,
    jobs: Vec<jaq_json::Val>,
    summary: &Summary,
    out: &mut dyn Write,
    terminal: bool,
) -> Result<(), Error> {
    use jaq_json::Val;
    let request_id = serde_json::to_string(&summary.request_id).map_err(io::Error::from)?;
    let frame = format!(
        "{{\"TotalCount\":{},\"JobSet\":[],\"RequestId\":{request_id}}}",
        summary.total_count
    );
    let frame = query
        .need()
        .prune(crate::output::query::read(frame.as_bytes())?);
    let mut jobs = Some(jobs);
    let doc = match frame {
        Val::Obj(members) => Val::obj(
            members
                .iter()
                .map(|(k, v)| match k {
                    Val::TStr(name) if &***name == b"JobSet" => (
                        k.clone(),
                        jobs.take().unwrap_or_default().into_iter().collect(),
                    ),
                    _ => (k.clone(), v.clone()),
                })
                .collect(),
        ),
        other => other,
    };
    query.eval_value(doc, out, terminal)?;
    out.flush()?;
    Ok(())
}

/// A JSON document read as serde_json reads it into a [`serde_json::Value`], with the same refusals
/// (a lone surrogate escape, say), but kept nowhere.
pub(super) struct Checked;

impl<'de> serde::Deserialize<'de> for Checked {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Checked, D::Error> {
        d.deserialize_any(CheckedVisitor)
    }
}

struct CheckedVisitor;

impl<'de> serde::de::Visitor<'de> for CheckedVisitor {
    type Value = Checked;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_str<E>(self, _: &str) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_unit<E>(self) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Checked, A::Error> {
        while seq.next_element::<Checked>()?.is_some() {}
        Ok(Checked)
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Checked, A::Error> {
        while map.next_entry::<Checked, Checked>()?.is_some() {}
        Ok(Checked)
    }
}

#[cfg(test)]
mod checked_tests {
    use super::Checked;

    /// `--query` over the jobs' document refuses exactly the text a document refused.
    #[test]
    fn checked_refuses_what_a_document_refuses() {
        let texts: [&[u8]; 8] = [
            br#"{"a": "\ud800"}"#,
            br#"{"a": 1} x"#,
            br#"{"a": [1, 2,]}"#,
            br#"{"a": 123456789012345678901234567890.5e-3, "b": null, "c": [true, "\u00e9"]}"#,
            br#"{"a": 1, "a": 2}"#,
            br#"{"\udc00": 1}"#,
            b"{\"a\": \"\xff\"}",
            br#"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"#,
        ];
        for text in texts {
            let as_document = serde_json::from_slice::<serde_json::Value>(text).is_ok();
            let checked = serde_json::from_slice::<Checked>(text).is_ok();
            assert_eq!(checked, as_document, "{}", String::from_utf8_lossy(text));
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::super::DocumentRenderer;
    use crate::output::json::JsonRenderer;
    use crate::output::query::Query;
    use crate::output::testing::Shared;
    use crate::output::{Renderer, Summary};
    use crate::transport::envelope::Job;

    fn jobs(texts: &[&str]) -> Vec<Job> {
        texts
            .iter()
            .map(|t| Job::from_raw(serde_json::from_str(t).unwrap()).unwrap())
            .collect()
    }

    /// Pages through the renderer; also the reference: the query on the whole json
    /// document, read whole.
    fn both(expr: &str) -> ((String, Option<String>), (String, Option<String>)) {
        let pages = [
            jobs(&[
                r#"{"JobId":"job-a","JobState":"FAILED","Priority":12345678901234567890123,"Tags":[{"Key":"k","Value":"v"}],"Placement":{"Zone":"z1"},"Ratio":1.10}"#,
                r#"{"JobId":"job-b","JobState":"SUCCEED","Tags":null,"Placement":{"Zone":"z2"},"Name":"x"}"#,
            ]),
            jobs(&[r#"{"Zeta":[1,2],"JobId":"job-c","JobState":"RUNNING","Placement":"odd"}"#]),
        ];
        let summary = Summary {
            total_count: 3,
            request_id: "req-9".into(),
        };
        let query = Query::compile(expr).unwrap();
        let rendered = Shared::default();
        let mut r = DocumentRenderer::new(Some(query.clone()), false, Box::new(rendered.clone()));
        let reference = Shared::default();
        let mut json = JsonRenderer::new(Box::new(reference.clone()));
        for page in &pages {
            r.page(page).unwrap();
            json.page(page).unwrap();
        }
        let error = r.finish(&summary).err().map(|e| e.to_string());
        json.finish(&summary).unwrap();
        let doc: Value = serde_json::from_slice(&reference.0.borrow()).unwrap();
        let mut out = Vec::new();
        let reference_error = query
            .run(&doc, &mut out, false)
            .err()
            .map(|e| e.to_string());
        let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
        (
            (text(rendered.0.borrow().clone()), error),
            (text(out), reference_error),
        )
    }

    /// The whole document's query keeps only what the expression can reach of each job,
    /// and prints what it printed on the document read whole, errors included.
    #[test]
    fn what_the_query_cannot_reach_is_left_out_without_changing_a_byte() {
        for expr in [
            ".TotalCount",
            ".RequestId",
            "length",
            "keys",
            ".",
            "[.JobSet[].JobId]",
            "[.JobSet[].JobId] | length",
            "[.JobSet[] | select(.JobState == \"FAILED\") | .JobId]",
            "[.JobSet[].Placement.Zone]",
            "[.JobSet[].Tags[]?.Key]",
            "[.JobSet[].Tags[].Key]",
            "[.JobSet[].Priority, .JobSet[].Ratio]",
            ".JobSet | length",
            ".JobSet[1]",
            "[.JobSet[] | keys]",
            "[.JobSet[] | {JobId}]",
            "[.JobSet[] | {id: .JobId, z: .Placement.Zone}]",
            "[.JobSet[] | .Placement.Zone]",
            "[.JobSet[] | .Zeta[0]]",
            ". as $d | $d.JobSet[0].JobId",
            "reduce .JobSet[] as $j (0; . + 1)",
            "[.JobSet[].JobId | ascii_downcase] | join(\",\")",
            "[.JobSet[] | if .JobState == \"RUNNING\" then .JobId else empty end]",
            "[.JobSet[] | try .Placement.Zone catch .]",
            "[paths] | length",
            "[..] | length",
            "def select(f): .; [.JobSet[] | select(false) | .JobId]",
            ".JobSet[].JobId, .TotalCount",
            "[.JobSet[].JobId], error(\"x\")",
            ".JobSet.JobId",
            ".TotalCount[0]",
            "[.JobSet[] | .Name | length]",
            "{(.JobSet[0].JobId): 1}",
            "\"\\(.JobSet[2])\"",
            "[.JobSet[] | .JobId + .JobState]",
        ] {
            let (rendered, reference) = both(expr);
            assert_eq!(rendered, reference, "{expr}");
        }
    }
}
