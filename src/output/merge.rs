//! Pages of one list merged into one document (`--all` as json, yaml or `--query`, and
//! every list command's whole document), by the text received.

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::transport::error::Error;

/// The members of a `Response` object as received, in order.
struct RawMembers(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for RawMembers {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawMembers;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RawMembers, A::Error> {
                let mut members = Vec::new();
                while let Some((k, v)) = map.next_entry::<String, Box<RawValue>>()? {
                    members.push((k, v));
                }
                Ok(RawMembers(members))
            }
        }
        d.deserialize_map(Visitor)
    }
}

/// Pages of one list merged into one document, the one way batchctl does it: the
/// members in the first page's order as received (text, byte for byte), each holding
/// the last page's value (its total, its `RequestId`), and the list member holding every
/// page's elements in order.
#[derive(Debug, Default)]
pub struct Merged {
    list: String,
    members: Vec<(String, Box<RawValue>)>,
    items: Vec<Box<RawValue>>,
}

impl Merged {
    /// A merger of the list member `list`.
    pub fn new(list: &str) -> Merged {
        Merged {
            list: list.to_string(),
            ..Merged::default()
        }
    }

    /// True before the first page.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// One page: `answer`'s members as received (the last page's win), and `items` added
    /// to the list — the page's own elements when `None`.
    pub fn add(&mut self, answer: &str, items: Option<&[Box<RawValue>]>) -> Result<(), Error> {
        let broken = |e: serde_json::Error| {
            Error::Network(format!("the service's answer cannot be read: {e}"))
        };
        let RawMembers(members) = serde_json::from_str(answer).map_err(broken)?;
        match items {
            Some(items) => self.items.extend(items.iter().cloned()),
            None => {
                if let Some((_, list)) = members.iter().find(|(k, _)| *k == self.list)
                    && list.get().trim() != "null"
                {
                    let own: Vec<Box<RawValue>> =
                        serde_json::from_str(list.get()).map_err(broken)?;
                    self.items.extend(own);
                }
            }
        }
        for (k, v) in members {
            match self.members.iter_mut().find(|(name, _)| *name == k) {
                Some(slot) => slot.1 = v,
                None => self.members.push((k, v)),
            }
        }
        Ok(())
    }

    /// The merged document's text.
    pub fn text(&self) -> Result<String, Error> {
        let mut text = String::from("{");
        for (i, (k, v)) in self.members.iter().enumerate() {
            if i > 0 {
                text.push(',');
            }
            text.push_str(&serde_json::to_string(k).map_err(|e| Error::Internal(e.to_string()))?);
            text.push(':');
            if *k == self.list {
                text.push('[');
                for (j, item) in self.items.iter().enumerate() {
                    if j > 0 {
                        text.push(',');
                    }
                    text.push_str(item.get());
                }
                text.push(']');
            } else {
                text.push_str(v.get());
            }
        }
        text.push('}');
        Ok(text)
    }
}
