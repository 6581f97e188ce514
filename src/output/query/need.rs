//! What of its input a `--query` expression can reach, read from jaq's parse of it: the
//! rest of the input may be left out without changing what the query prints.

use jaq_json::Val;

/// What of a value an expression can reach: all of it, or some members (by name) and/or
/// every element (`.[]`), each with what of it is reached in turn.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Need {
    all: bool,
    keys: Vec<(String, Need)>,
    each: Option<Box<Need>>,
}

/// One step of a path from the input: `.name` or `.[]`.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Each,
}

impl Need {
    /// All of it.
    fn all() -> Need {
        Need {
            all: true,
            ..Need::default()
        }
    }

    /// What is reached of the member `key`, when anything is.
    pub(crate) fn member(&self, key: &str) -> Option<&Need> {
        static ALL: Need = Need {
            all: true,
            keys: Vec::new(),
            each: None,
        };
        if self.all {
            return Some(&ALL);
        }
        self.keys.iter().find(|(k, _)| k == key).map(|(_, n)| n)
    }

    /// What is reached of each element of an array, when a whole array is reached
    /// (`None`), or only its elements (`Some`): what to keep of each element.
    pub(crate) fn element(&self) -> Option<&Need> {
        match &self.each {
            Some(each) if !self.all && self.keys.is_empty() => Some(each),
            _ => None,
        }
    }

    /// Marks the value at `path` as reached whole.
    fn reach(&mut self, path: &[Step]) {
        if self.all {
            return;
        }
        match path.split_first() {
            None => {
                *self = Need::all();
            }
            Some((Step::Key(key), rest)) => {
                let at = match self.keys.iter().position(|(k, _)| k == key) {
                    Some(at) => at,
                    None => {
                        self.keys.push((key.clone(), Need::default()));
                        self.keys.len() - 1
                    }
                };
                self.keys[at].1.reach(rest);
            }
            Some((Step::Each, rest)) => self.each.get_or_insert_default().reach(rest),
        }
    }

    /// `value` without what is not reached. A value whose kind the steps do not fit
    /// (`.name` of an array, say) is kept whole: an error shows it as it is.
    pub(crate) fn prune(&self, value: Val) -> Val {
        if self.all {
            return value;
        }
        match value {
            Val::Obj(map) if self.each.is_none() => Val::obj(
                map.iter()
                    .filter_map(|(k, v)| {
                        let Val::TStr(name) = k else { return None };
                        let need = self
                            .keys
                            .iter()
                            .find(|(key, _)| key.as_bytes() == &***name)?;
                        Some((k.clone(), need.1.prune(v.clone())))
                    })
                    .collect(),
            ),
            Val::Obj(map) if self.keys.is_empty() => {
                let each = self.each.as_deref().unwrap_or(self);
                Val::obj(
                    map.iter()
                        .map(|(k, v)| (k.clone(), each.prune(v.clone())))
                        .collect(),
                )
            }
            Val::Arr(items) if self.keys.is_empty() => match &self.each {
                Some(each) => items.iter().map(|v| each.prune(v.clone())).collect(),
                None => Val::Arr(items),
            },
            other => other,
        }
    }
}

/// What of its input `expr` can reach, read by jaq's parser; all of it when unsure.
pub(super) fn need(expr: &str) -> Need {
    let Some(term) = jaq_core::load::parse(expr, |p| p.term()) else {
        return Need::all();
    };
    let mut need = Need::default();
    let mut shadowed = false;
    let out = reached(&term, &Some(Vec::new()), &mut need, &mut shadowed);
    if let Some(path) = out {
        need.reach(&path);
    }
    need
}

/// Walks `term` whose input is the value at `input` (a path from the expression's input,
/// or `None` for a value made along the way), marking in `need` what it reaches whole;
/// answers the path of its output when it is a plain path from the input. Whatever is not
/// understood here reaches its input whole.
fn reached(
    term: &jaq_core::load::parse::Term<&str>,
    input: &Option<Vec<Step>>,
    need: &mut Need,
    shadowed: &mut bool,
) -> Option<Vec<Step>> {
    use jaq_core::load::lex::StrPart;
    use jaq_core::load::parse::{BinaryOp, Term};
    use jaq_core::path::Part;

    fn whole(need: &mut Need, path: Option<Vec<Step>>) -> Option<Vec<Step>> {
        if let Some(path) = path {
            need.reach(&path);
        }
        None
    }
    let sub = |t: &Term<&str>, need: &mut Need, shadowed: &mut bool| {
        let out = reached(t, input, need, shadowed);
        whole(need, out)
    };
    match term {
        Term::Id => input.clone(),
        Term::Num(_) | Term::Var(_) | Term::Break(_) | Term::Arr(None) => None,
        Term::Str(_, parts) => {
            for part in parts {
                if let StrPart::Term(t) = part {
                    sub(t, need, shadowed);
                }
            }
            None
        }
        Term::Arr(Some(t)) | Term::Neg(t) | Term::Label(_, t) => sub(t, need, shadowed),
        Term::Obj(entries) => {
            for (k, v) in entries {
                sub(k, need, shadowed);
                match v {
                    Some(v) => sub(v, need, shadowed),
                    // `{a}`, `{$x}`: taken as reaching the input whole.
                    None => whole(need, input.clone()),
                };
            }
            None
        }
        Term::BinOp(l, BinaryOp::Pipe(None), r) => {
            let mid = reached(l, input, need, shadowed);
            reached(r, &mid, need, shadowed)
        }
        Term::BinOp(
            l,
            BinaryOp::Comma
            | BinaryOp::Alt
            | BinaryOp::Or
            | BinaryOp::And
            | BinaryOp::Math(_)
            | BinaryOp::Cmp(_),
            r,
        ) => {
            sub(l, need, shadowed);
            sub(r, need, shadowed)
        }
        Term::TryCatch(body, catch) => {
            sub(body, need, shadowed);
            if let Some(catch) = catch {
                // Its input is the error, made along the way.
                let out = reached(catch, &None, need, shadowed);
                whole(need, out);
            }
            None
        }
        Term::IfThenElse(branches, otherwise) => {
            for (cond, then) in branches {
                sub(cond, need, shadowed);
                sub(then, need, shadowed);
            }
            match otherwise {
                Some(e) => sub(e, need, shadowed),
                None => whole(need, input.clone()),
            }
        }
        Term::Def(_, body) => {
            // A definition may give `select` another meaning.
            *shadowed = true;
            reached(body, input, need, shadowed)
        }
        Term::Call(name, args) if *name == "select" && args.len() == 1 && !*shadowed => {
            sub(&args[0], need, shadowed);
            input.clone()
        }
        Term::Path(head, path) => {
            let mut at = reached(head, input, need, shadowed);
            for (part, _) in &path.0 {
                match part {
                    Part::Index(Term::Str(None, key))
                        if matches!(key.as_slice(), [StrPart::Str(_)]) =>
                    {
                        let [StrPart::Str(key)] = key.as_slice() else {
                            unreachable!()
                        };
                        if let Some(p) = &mut at {
                            p.push(Step::Key(key.to_string()));
                        }
                    }
                    Part::Range(None, None) => {
                        if let Some(p) = &mut at {
                            p.push(Step::Each);
                        }
                    }
                    Part::Index(i) => {
                        sub(i, need, shadowed);
                        at = whole(need, at);
                    }
                    Part::Range(from, to) => {
                        for bound in [from, to].into_iter().flatten() {
                            sub(bound, need, shadowed);
                        }
                        at = whole(need, at);
                    }
                }
            }
            at
        }
        // `..`, `reduce`, `foreach`, `as` bindings, assignments, calls: the input whole.
        _ => whole(need, input.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::need;

    #[test]
    fn the_reach_is_what_the_paths_name() {
        let q = need("[.JobSet[].JobId] | length");
        let each = q.member("JobSet").unwrap().element().unwrap();
        assert!(each.member("JobId").is_some() && each.member("JobState").is_none());
        assert!(need(".TotalCount").member("JobSet").is_none());
        assert!(need("length").member("JobSet").unwrap().element().is_none());
    }
}
