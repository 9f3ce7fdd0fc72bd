//! A map from ids to values, kept as a Vec sorted by id: the few hundred entries a learner's
//! progress holds at most are found by binary search, and iterate in id order as a `BTreeMap`'s
//! would. It replaces `BTreeMap` in the progress model and its codecs because each `BTreeMap`
//! value type costs the page's wasm several kilobytes of tree code (insert, rebalance, drop);
//! this costs a binary search and a `Vec::insert`. Pure Rust.

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// Values by id, in id order; an id holds one value (inserting it again replaces it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdMap<V>(Vec<(String, V)>);

impl<V> Default for IdMap<V> {
    fn default() -> Self {
        IdMap(Vec::new())
    }
}

impl<V> IdMap<V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(id))
    }

    pub fn get(&self, id: &str) -> Option<&V> {
        self.find(id).ok().map(|i| &self.0[i].1)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut V> {
        self.find(id).ok().map(|i| &mut self.0[i].1)
    }

    /// Keep `value` under `id`, replacing the one there.
    pub fn insert(&mut self, id: String, value: V) {
        match self.find(&id) {
            Ok(i) => self.0[i].1 = value,
            Err(i) => self.0.insert(i, (id, value)),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, v)| v)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<V> IntoIterator for IdMap<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// Written as a JSON object in id order.
impl<V: Serialize> Serialize for IdMap<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// Read from a JSON object; a key given twice keeps its last value, as a `BTreeMap` does.
impl<'de, V: Deserialize<'de>> Deserialize<'de> for IdMap<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Entries<V> {
            type Value = IdMap<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
                // Collected, then put in order once (the last of a repeated key winning):
                // inserting each in place costs quadratic time on a crafted file whose keys come
                // in reverse order.
                let mut read = Vec::new();
                while let Some(entry) = access.next_entry::<String, V>()? {
                    read.push(entry);
                }
                let keys: Vec<&str> = read.iter().map(|(k, _)| k.as_str()).collect();
                let order = key_order(&keys);
                let mut slots: Vec<Option<(String, V)>> = read.into_iter().map(Some).collect();
                let mut map: Vec<(String, V)> = Vec::with_capacity(slots.len());
                for i in order {
                    let Some((k, v)) = slots[i].take() else {
                        continue;
                    };
                    match map.last_mut() {
                        Some(last) if last.0 == k => last.1 = v,
                        _ => map.push((k, v)),
                    }
                }
                Ok(IdMap(map))
            }
        }
        deserializer.deserialize_map(Entries(PhantomData))
    }
}

/// The positions of `keys` in key order, equal keys in the order given: a bottom-up merge sort
/// of positions, not generic and written out, so the page's wasm carries a few hundred bytes
/// for it instead of the standard library's sorts (kilobytes per element type).
fn key_order(keys: &[&str]) -> Vec<usize> {
    let n = keys.len();
    let mut order: Vec<usize> = (0..n).collect();
    let mut merged = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut a, mut b) = (start, mid);
            for slot in &mut merged[start..end] {
                // Stable: on equal keys the left run (earlier in the input) goes first.
                let take_left = b >= end || (a < mid && keys[order[a]] <= keys[order[b]]);
                *slot = if take_left { order[a] } else { order[b] };
                if take_left {
                    a += 1
                } else {
                    b += 1
                }
            }
            start = end;
        }
        std::mem::swap(&mut order, &mut merged);
        width *= 2;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_stay_in_order_and_once_each_and_the_last_value_wins() {
        let mut m = IdMap::new();
        for (k, v) in [("sql", 1), ("http", 2), ("dns", 3), ("http", 4)] {
            m.insert(k.to_string(), v);
        }
        assert_eq!(m.keys().collect::<Vec<_>>(), ["dns", "http", "sql"]);
        assert_eq!(m.get("http"), Some(&4));
        assert_eq!(m.get("git"), None);
        assert_eq!(m.keys().count(), 3);
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"dns":3,"http":4,"sql":1}"#);
        let back: IdMap<i32> =
            serde_json::from_str(r#"{"sql":1,"dns":3,"http":2,"http":4}"#).unwrap();
        assert_eq!(back, m);
        assert!(serde_json::from_str::<IdMap<i32>>("[1]").is_err());
        // 30,000 keys in reverse order read in one sort, not one shift per key.
        let many: Vec<String> = (0..30_000)
            .rev()
            .map(|i| format!(r#""k{i:05}":{i}"#))
            .collect();
        let big: IdMap<i32> = serde_json::from_str(&format!("{{{}}}", many.join(","))).unwrap();
        assert_eq!(big.keys().next().map(String::as_str), Some("k00000"));
        assert_eq!(big.get("k29999"), Some(&29_999));
        assert_eq!(big.keys().count(), 30_000);
        assert!(big.keys().zip(big.keys().skip(1)).all(|(a, b)| a < b));
        assert_eq!(
            key_order(&["b", "a", "b", "a", "c"]),
            [1, 3, 0, 2, 4],
            "stable"
        );
    }
}
