//! Which `--query` expressions run page by page: those whose results over a jobs
//! document are their results over each page's jobs in turn.

/// Whether `expr`, read by jaq's own parser, is `.JobSet[]` followed by a path or a pipe
/// (`.JobSet[].JobId`, `.JobSet[] | select(…) | …`, `def f: …; .JobSet[] | f`): then each
/// job alone flows into the rest, which cannot reach the document around it. Anything
/// else (`,` at the top, `as` bindings, `label`, `reduce`, `[…]`, `..`, `length`) is
/// false, and so is whatever the parser does not read as a plain term.
pub(super) fn per_job(expr: &str) -> bool {
    use jaq_core::load::lex::StrPart;
    use jaq_core::load::parse::{BinaryOp, Term};
    use jaq_core::path::{Part, Path};

    fn jobset_iterated(term: &Term<&str>) -> bool {
        let Term::Path(head, Path(parts)) = term else {
            return false;
        };
        if !matches!(**head, Term::Id) {
            return false;
        }
        match parts.as_slice() {
            [(Part::Index(key), _), (Part::Range(None, None), _), ..] => {
                matches!(key, Term::Str(None, s) if matches!(s.as_slice(), [StrPart::Str("JobSet")]))
            }
            _ => false,
        }
    }
    fn starts_per_job(term: &Term<&str>) -> bool {
        match term {
            Term::BinOp(left, BinaryOp::Pipe(None), _) => starts_per_job(left),
            Term::Def(_, body) => starts_per_job(body),
            other => jobset_iterated(other),
        }
    }
    jaq_core::load::parse(expr, |p| p.term()).is_some_and(|term| starts_per_job(&term))
}

#[cfg(test)]
mod tests {
    use super::per_job;

    #[test]
    fn only_jobset_iterated_first_runs_per_job() {
        for expr in [
            ".JobSet[]",
            ".JobSet[].JobId",
            ".JobSet[]?",
            ".JobSet?[]",
            ".\"JobSet\"[]",
            ".[\"JobSet\"][]?",
            "(.JobSet[]) | .JobId",
            ".JobSet[] | .JobId",
            ".JobSet[] | select(.JobState == \"FAILED\") | .JobId, .JobName",
            ".JobSet[].Tags[] | .Key",
            "def f: .JobId; .JobSet[] | f",
            ".JobSet[] | .a | .b | .c",
        ] {
            assert!(per_job(expr), "{expr}");
        }
        for expr in [
            ".TotalCount",
            "length",
            ".JobSet",
            ".JobSet[0]",
            ".JobSet[1:]",
            ".JobSet[0:][]",
            "[.JobSet[].JobId]",
            ".JobSet[].JobId, .TotalCount",
            ".JobSet[] as $j | .TotalCount",
            ". as $d | .JobSet[] | $d.TotalCount",
            "reduce .JobSet[] as $j (0; . + 1)",
            "label $out | .JobSet[] | ., break $out",
            "..",
            ".JobSet[] // 1",
            "first(.JobSet[])",
            ".Jobset[]",
            ".JobSet[",
        ] {
            assert!(!per_job(expr), "{expr}");
        }
    }
}
