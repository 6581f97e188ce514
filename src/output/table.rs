//! The table for people. (Stub: to be implemented.)

use std::io::{self, Write};

use serde_json::Value;

use super::{OutputOptions, Renderer, Summary};

pub struct TableRenderer<'w> {
    out: Box<dyn Write + 'w>,
    jobs: Vec<Value>,
}

impl<'w> TableRenderer<'w> {
    pub fn new(_options: &OutputOptions, out: Box<dyn Write + 'w>) -> Self {
        TableRenderer {
            out,
            jobs: Vec::new(),
        }
    }
}

impl Renderer for TableRenderer<'_> {
    fn page(&mut self, jobs: &[Value]) -> io::Result<()> {
        self.jobs.extend_from_slice(jobs);
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary) -> io::Result<()> {
        for job in &self.jobs {
            writeln!(self.out, "{}", crate::api::job_id(job))?;
        }
        self.out.flush()
    }
}

/// Task progress for people, e.g. `3/10, 2 running, 1 failed`. (Stub.)
pub fn tasks_text(_job: &Value) -> String {
    String::new()
}

/// End − create, or now − create while the job has not ended, e.g. `2m48s`. (Stub.)
pub fn duration_text(_job: &Value, _now: chrono::DateTime<chrono::Utc>) -> String {
    String::new()
}
