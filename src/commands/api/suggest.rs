//! Did-you-mean for action and member names: the closest candidate by edit distance,
//! ignoring case, when it is close enough to be a likely typo. (The batch-api crate's
//! validator has its own for the members it checks; this one serves the command line
//! before a body exists.)

/// The candidate closest to `word`, if within a third of its length (at least 2 edits).
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let word = word.to_ascii_lowercase();
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .iter()
        .map(|c| (distance(&word, &c.to_ascii_lowercase()), *c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Edit distance counting a swap of two neighbours as one edit (optimal string
/// alignment), the commonest typo.
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_and_case_find_the_name_and_nonsense_finds_nothing() {
        let names = ["DescribeJob", "DescribeJobs", "SubmitJob", "TerminateJob"];
        assert_eq!(closest("describejobs", &names), Some("DescribeJobs"));
        assert_eq!(closest("SubmtJob", &names), Some("SubmitJob"));
        assert_eq!(closest("DescribeJbo", &names), Some("DescribeJob"));
        assert_eq!(closest("DescribeJbos", &names), Some("DescribeJobs"));
        assert_eq!(closest("Frobnicate", &names), None);
    }
}
