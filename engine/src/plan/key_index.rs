//! An exact index of byte-string keys, for the sets of objects a diff asks the dependency
//! edges about. Every edge end is looked up, tens of thousands per catalog, so the map holds
//! only hashes, and the keys it confirms against lie together in one small buffer that stays
//! in cache, rather than somewhere in the catalog.

use crate::core::hash_bytes as hash;
use crate::core::FastMap;

const NONE: u32 = u32::MAX;

#[derive(Debug, Default)]
pub(crate) struct KeyIndex {
    /// The newest key with each hash; older keys with the same hash are chained through `next`.
    newest: FastMap<u64, u32>,
    next: Vec<u32>,
    /// Where each key ends in `bytes` (it starts where the one before it ends).
    ends: Vec<u32>,
    bytes: Vec<u8>,
}

impl KeyIndex {
    fn key(&self, index: u32) -> &[u8] {
        let i = index as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.bytes[start..self.ends[i] as usize]
    }

    fn find_hashed(&self, hash: u64, key: &[u8]) -> Option<u32> {
        let mut index = *self.newest.get(&hash)?;
        while index != NONE {
            if self.key(index) == key {
                return Some(index);
            }
            index = self.next[index as usize];
        }
        None
    }

    /// The index of `key`, if it was inserted.
    pub fn find(&self, key: &[u8]) -> Option<u32> {
        self.find_hashed(hash(key), key)
    }

    /// The index of `key`, inserting it (as the next index) if it is new.
    pub fn insert(&mut self, key: &[u8]) -> u32 {
        let hash = hash(key);
        if let Some(index) = self.find_hashed(hash, key) {
            return index;
        }
        let index = self.ends.len() as u32;
        let older = self.newest.insert(hash, index).unwrap_or(NONE);
        self.next.push(older);
        self.bytes.extend_from_slice(key);
        self.ends.push(self.bytes.len() as u32);
        index
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_exactly_even_when_hashes_collide() {
        let mut index = KeyIndex::default();
        assert_eq!(index.insert(b"a"), 0);
        assert_eq!(index.insert(b"bb"), 1);
        assert_eq!(index.insert(b"a"), 0);
        assert_eq!(index.find(b"bb"), Some(1));
        assert_eq!(index.find(b"b"), None);
        // Two keys under one hash: both stay findable through the chain.
        let shared = hash(b"a");
        let third = index.ends.len() as u32;
        index
            .next
            .push(index.newest.insert(shared, third).unwrap_or(NONE));
        index.bytes.extend_from_slice(b"c");
        index.ends.push(index.bytes.len() as u32);
        assert_eq!(index.find_hashed(shared, b"c"), Some(2));
        assert_eq!(index.find_hashed(shared, b"a"), Some(0));
        assert_eq!(index.find_hashed(shared, b"d"), None);
        assert_eq!(index.ends.len(), 3);
    }
}
