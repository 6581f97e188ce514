//! `json` (one pretty document) and `jsonl` (one compact JobView per line, streamed).
//! JobViews are written as received: every field, in the service's key order, nulls kept.

use std::io::{self, Write};

use super::jsontext::{write_compact, write_pretty};
use super::{Renderer, Summary};
use crate::transport::envelope::Job;

/// `{"TotalCount": N, "JobSet": [...], "RequestId": "..."}`, pretty-printed at the end
/// (TotalCount comes first and is known only then). Holds the JobViews' text, nothing more.
pub struct JsonRenderer<'w> {
    out: Box<dyn Write + 'w>,
    jobs: Vec<Job>,
}

impl<'w> JsonRenderer<'w> {
    pub fn new(out: Box<dyn Write + 'w>) -> Self {
        JsonRenderer {
            out,
            jobs: Vec::new(),
        }
    }
}

impl Renderer for JsonRenderer<'_> {
    fn page(&mut self, jobs: &[Job]) -> io::Result<()> {
        self.jobs.extend_from_slice(jobs);
        Ok(())
    }

    fn finish(&mut self, summary: &Summary) -> io::Result<()> {
        let out = &mut self.out;
        write!(
            out,
            "{{\n  \"TotalCount\": {},\n  \"JobSet\": [",
            summary.total_count
        )?;
        for (i, job) in self.jobs.iter().enumerate() {
            out.write_all(if i == 0 { b"\n    " } else { b",\n    " })?;
            write_pretty(out, job.raw(), 2)?;
        }
        if !self.jobs.is_empty() {
            out.write_all(b"\n  ")?;
        }
        let request_id = serde_json::to_string(&summary.request_id).map_err(io::Error::from)?;
        write!(out, "],\n  \"RequestId\": {request_id}\n}}\n")?;
        out.flush()
    }
}

/// One compact JobView per line, written as each page arrives.
pub struct JsonlRenderer<'w> {
    out: Box<dyn Write + 'w>,
}

impl<'w> JsonlRenderer<'w> {
    pub fn new(out: Box<dyn Write + 'w>) -> Self {
        JsonlRenderer { out }
    }
}

impl Renderer for JsonlRenderer<'_> {
    fn page(&mut self, jobs: &[Job]) -> io::Result<()> {
        for job in jobs {
            write_compact(&mut self.out, job.raw())?;
            self.out.write_all(b"\n")?;
        }
        // A page is a unit a reader may act on (`| while read`): hand it over now.
        self.out.flush()
    }

    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::output::testing::Shared;

    const JOB: &str = r#"{"Zeta":1,"JobId":"job-3n2weaqt","EndTime":null,"Unknown":{"b":2,"a":1}}"#;

    #[test]
    fn json_keeps_key_order_unknown_fields_and_nulls() {
        let buf = Shared::default();
        let job = Job::from_raw(serde_json::from_str(JOB).unwrap()).unwrap();
        let mut r = JsonRenderer::new(Box::new(buf.clone()));
        r.page(&[job]).unwrap();
        r.finish(&Summary {
            total_count: 7,
            request_id: "req-1".into(),
        })
        .unwrap();
        let text = String::from_utf8(buf.0.borrow().clone()).unwrap();
        let zeta = text.find("\"Zeta\"").unwrap();
        let id = text.find("\"JobId\"").unwrap();
        assert!(zeta < id, "key order changed:\n{text}");
        assert!(text.contains("\"EndTime\": null"), "{text}");
        assert!(text.find("\"b\"").unwrap() < text.find("\"a\"").unwrap());
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(doc["TotalCount"], 7);
        assert_eq!(doc["RequestId"], "req-1");
        assert_eq!(doc["JobSet"].as_array().unwrap().len(), 1);
    }

    #[test]
    fn jsonl_writes_each_job_compact_as_received() {
        let buf = Shared::default();
        let job = Job::from_raw(serde_json::from_str(JOB).unwrap()).unwrap();
        let mut r = JsonlRenderer::new(Box::new(buf.clone()));
        r.page(&[job.clone(), job]).unwrap();
        assert_eq!(
            String::from_utf8(buf.0.borrow().clone()).unwrap(),
            format!("{JOB}\n{JOB}\n"),
            "written before finish, byte for byte"
        );
    }
}
