//! The distinct states met by the exploration, stored flat: every state
//! has the same width (one value per slot), so they sit end to end in one
//! vector, found again through an open-addressing table of ids. No box per
//! state and no second copy as a hash key: on large scenarios the boxes
//! and the page faults of their first touch were a fifth of `check`.

use std::hash::{Hash, Hasher};
use std::ops::Index;

use rustc_hash::FxHasher;

/// States by id (the order they were first met), and ids by state.
pub struct States {
    /// Values per state.
    width: usize,
    /// State `id` is `values[id * width..(id + 1) * width]`.
    values: Vec<i32>,
    /// Number of states (needed apart when `width` is 0).
    len: u32,
    /// Open addressing, linear probing: `id + 1` per slot, 0 when empty.
    /// Its length is a power of two, kept at least twice `len`.
    slots: Vec<u32>,
}

/// Slots of an empty table (a power of two).
const FIRST_SLOTS: usize = 64;

impl States {
    /// An empty store of states of `width` values, with room for about
    /// `capacity` states before it grows.
    pub fn new(width: usize, capacity: usize) -> States {
        let slots = (capacity.saturating_mul(2))
            .next_power_of_two()
            .max(FIRST_SLOTS);
        States {
            width,
            values: Vec::with_capacity(capacity.saturating_mul(width)),
            len: 0,
            slots: vec![0; slots],
        }
    }

    /// Number of distinct states.
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// True before the first state.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// State `id`.
    pub fn get(&self, id: u32) -> &[i32] {
        let start = id as usize * self.width;
        &self.values[start..start + self.width]
    }

    /// The id of `state`, given to it now if it is new.
    pub fn intern(&mut self, state: &[i32]) -> u32 {
        debug_assert_eq!(state.len(), self.width);
        let mut slot = self.home(state);
        loop {
            match self.slots[slot] {
                0 => break,
                taken if same(self.get(taken - 1), state) => return taken - 1,
                _ => slot = (slot + 1) & (self.slots.len() - 1),
            }
        }
        let id = self.len;
        self.values.extend_from_slice(state);
        self.len += 1;
        self.slots[slot] = id + 1;
        if self.len() * 2 > self.slots.len() {
            self.grow();
        }
        id
    }

    /// The slot where `state`'s search starts: Fibonacci hashing keeps the
    /// top bits of the product, which a power-of-two table needs mixed.
    fn home(&self, state: &[i32]) -> usize {
        let mut hasher = FxHasher::default();
        state.hash(&mut hasher);
        let bits = self.slots.len().trailing_zeros();
        let mixed = hasher.finish().wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mixed >> (64 - bits)) as usize
    }

    /// Doubles the table and places every state again.
    fn grow(&mut self) {
        self.slots = vec![0; self.slots.len() * 2];
        let mask = self.slots.len() - 1;
        for id in 0..self.len {
            let mut slot = self.home(self.get(id));
            while self.slots[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            self.slots[slot] = id + 1;
        }
    }
}

impl Index<usize> for States {
    type Output = [i32];

    fn index(&self, id: usize) -> &[i32] {
        let start = id * self.width;
        &self.values[start..start + self.width]
    }
}

/// Two states alike, compared value by value: `==` on slices calls
/// `memcmp`, slow for the few values compared millions of times here.
pub(super) fn same(a: &[i32], b: &[i32]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ids are given in order, found again after the table grows, and
    /// states of no value (a scenario without variables) work too.
    #[test]
    fn interning_gives_one_id_per_distinct_state() {
        let mut states = States::new(2, 1);
        for round in 0..2 {
            for v in 0..1000 {
                assert_eq!(states.intern(&[v, -v]), v as u32, "round {round}");
            }
        }
        assert_eq!(states.len(), 1000);
        assert_eq!(&states[999], &[999, -999]);
        assert_eq!(states.get(7), &[7, -7]);
        let mut none = States::new(0, 4);
        assert!(none.is_empty());
        assert_eq!(none.intern(&[]), 0);
        assert_eq!(none.intern(&[]), 0);
        assert_eq!(none.len(), 1);
    }
}
