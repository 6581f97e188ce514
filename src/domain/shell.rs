//! POSIX shell words: how `batchctl run -- COMMAND ARG...` becomes one `Application.Command`
//! string that a task instance's `sh` splits back into exactly those words.

/// `word` as one POSIX shell word: as is when it holds only characters no shell treats
/// specially, else in single quotes (a `'` inside written `'\''`). The empty word is `''`.
pub fn quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"@%+=:,./-_".contains(&b));
    if plain {
        return word.to_string();
    }
    format!("'{}'", word.replace('\'', "'\\''"))
}

/// `words` joined by spaces, each [`quote`]d: `["echo", "a b"]` → `echo 'a b'`.
pub fn join<S: AsRef<str>>(words: &[S]) -> String {
    words
        .iter()
        .map(|w| quote(w.as_ref()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// True for a name a POSIX shell takes as a variable: a letter or `_`, then letters,
/// digits and `_`.
pub fn is_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_words_stay_and_others_are_single_quoted() {
        assert_eq!(join(&["echo", "hello"]), "echo hello");
        assert_eq!(
            join(&["python3", "-c", "print(1)"]),
            "python3 -c 'print(1)'"
        );
        assert_eq!(join(&["echo", "a b", ""]), "echo 'a b' ''");
        assert_eq!(quote("it's"), "'it'\\''s'");
        assert_eq!(quote("$HOME"), "'$HOME'");
        assert_eq!(quote("a;b"), "'a;b'");
        assert_eq!(quote("--x=1,2"), "--x=1,2");
        assert_eq!(quote("é"), "'é'");
    }

    #[test]
    fn shell_names() {
        for ok in ["a", "_", "NAME_2", "x1"] {
            assert!(is_name(ok), "{ok}");
        }
        for bad in ["", "1a", "a-b", "a b", "é", "a.b"] {
            assert!(!is_name(bad), "{bad}");
        }
    }

    /// The shell itself reads the words back, when there is one to ask.
    #[test]
    fn sh_splits_the_joined_command_back_into_the_words() {
        let words = [
            "printf",
            "%s|",
            "a b",
            "it's",
            "$HOME",
            "`x`",
            "\"q\"",
            "",
            "*",
            "tab\there",
            "new\nline",
        ];
        let script = format!("{}; printf '\\n'", join(&words));
        let Ok(out) = std::process::Command::new("sh")
            .args(["-c", &script])
            .output()
        else {
            return;
        };
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            text.trim_end_matches('\n'),
            format!("{}|", words[2..].join("|"))
        );
    }
}
