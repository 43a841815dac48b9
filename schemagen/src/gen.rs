//! The seeded source of choices, ids and names.

use rand_core::{Rng, SeedableRng};
use rand_xorshift::XorShiftRng;

/// What the target server accepts, so that one seed gives a schema every server can load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Features {
    /// `RETURN expr` function bodies (PostgreSQL 14 on).
    pub sql_standard_bodies: bool,
    /// Expressions PostgreSQL prints in a form that parses to another expression (an integer
    /// array compared with a numeric column: `(ARRAY[0, 1])::numeric[]` comes back as
    /// `ARRAY[(0)::numeric, (1)::numeric]`; a list compared with a varchar column, printed as
    /// `(ARRAY['v1'::character varying])::text[]`, which reads back otherwise once the column
    /// changes between text and varchar), so no migration can make the re-diff empty. Off
    /// unless asked for (`MIGRA_FUZZ_UNSTABLE=1`): the engine cannot fix what the server prints.
    pub unstable_prints: bool,
    /// A column whose generation expression calls a function can be made plain keeping its
    /// values (15 on): before, the column keeps depending on the function after `DROP
    /// EXPRESSION` (its type cannot change, dropping the function drops it), so the engine adds
    /// it again, its values lost. Pairs that would are not generated there.
    pub plain_former_generated: bool,
}

impl Features {
    /// What PostgreSQL `major` accepts.
    pub fn of_major(major: u32) -> Features {
        Features {
            sql_standard_bodies: major >= 14,
            unstable_prints: false,
            plain_former_generated: major >= 15,
        }
    }
}

/// The generator's state: the random stream, the next object id and name number.
#[derive(Debug, Clone)]
pub struct Gen {
    rng: XorShiftRng,
    /// A second stream, for choices added to the generator after seeds were run: drawing from
    /// it leaves the main stream, and so the shape of every seed's schemas, as it was.
    extra: XorShiftRng,
    next_id: u32,
    next_name: u32,
    /// What the server accepts.
    pub features: Features,
}

/// Name stems, some of which need quoting (mixed case, spaces, quotes, keywords).
const STEMS: &[&str] = &[
    "t",
    "item",
    "Order",
    "user",
    "select",
    "a b",
    "q\"x",
    "line_item",
    "Größe",
    "x-y",
];

/// Mixed into the seed of the extra stream (any constant apart from 0 does).
const EXTRA_STREAM: u64 = 0x9e37_79b9_7f4a_7c15;

impl Gen {
    /// A generator for `seed`.
    pub fn new(seed: u64, features: Features, first_id: u32) -> Gen {
        Gen {
            rng: XorShiftRng::seed_from_u64(seed),
            extra: XorShiftRng::seed_from_u64(seed ^ EXTRA_STREAM),
            next_id: first_id,
            next_name: first_id,
            features,
        }
    }

    /// A number in `0..n` (`n` > 0). The modulo bias is irrelevant here and keeps the stream
    /// independent of any sampler's implementation.
    pub fn below(&mut self, n: u32) -> u32 {
        (self.rng.next_u64() % u64::from(n.max(1))) as u32
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent
    }

    /// A number in `0..n` from the extra stream ([`Gen`]'s `extra`).
    pub fn extra_below(&mut self, n: u32) -> u32 {
        (self.extra.next_u64() % u64::from(n.max(1))) as u32
    }

    /// One of `items`, if any.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            None
        } else {
            let at = self.below(items.len() as u32) as usize;
            items.get(at)
        }
    }

    /// A fresh object id.
    pub fn id(&mut self) -> u32 {
        self.next_id += 1;
        self.next_id
    }

    /// A fresh name from a stem; one in three needs quoting. Names stay short of the 63-byte limit.
    pub fn name(&mut self, prefix: &str) -> String {
        self.next_name += 1;
        let n = self.next_name;
        if self.chance(30) {
            let stem = STEMS[self.below(STEMS.len() as u32) as usize];
            format!("{stem} {prefix}{n}")
        } else {
            format!("{prefix}{n}")
        }
    }
}
