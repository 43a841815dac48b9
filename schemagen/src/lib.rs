//! Random schema pairs for the round-trip properties of issue 15: from a seed, a schema A with a
//! dense web of dependencies (tables, keys, foreign keys to primary keys, unique constraints and
//! unique indexes, indexes on expressions and partial, views on views and matviews, functions of
//! the three body styles used by defaults, checks, generated columns, index expressions and
//! policies, enums, domains, composite types, sequences, partitioned tables, inheritance,
//! triggers, comments and grants, names that need quoting) and a list of mutations turning it
//! into B. The same seed and features give the same SQL, byte for byte, on every platform.
//!
//! - [`model`]: the objects and their dependency keys; [`exprs`]: the expressions;
//!   [`generate`]: new objects; [`mutate`]: the changes; [`render`]: SQL and rows.
//! - [`Pair::from_seed`] makes a pair; [`shrink`] makes a failing one small.
//!
//! ```
//! use migra_schemagen::{Features, Pair};
//! let pair = Pair::from_seed(7, Features::of_major(15));
//! assert_eq!(pair.a_sql(), Pair::from_seed(7, Features::of_major(15)).a_sql());
//! assert!(!pair.b_sql().is_empty());
//! ```

mod dependents;
pub mod exprs;
mod gen;
pub mod generate;
pub mod model;
pub mod mutate;
pub mod render;

pub use gen::{Features, Gen};
pub use model::Model;
pub use mutate::Mutation;

/// A schema and the mutations that make the other one of the pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// Schema A.
    pub base: Model,
    /// What turns A into B, in order.
    pub mutations: Vec<Mutation>,
}

impl Pair {
    /// The pair of `seed`: a schema and one to six mutations.
    pub fn from_seed(seed: u64, features: Features) -> Pair {
        let mut g = Gen::new(seed, features, 0);
        let base = generate::schema(&mut g);
        let mut mutations = vec![];
        let mut b = base.clone();
        let wanted = 1 + g.below(6);
        let mut tries = 0;
        while mutations.len() < wanted as usize && tries < 40 {
            tries += 1;
            if let Some(steps) = mutate::mutation(&mut g, &b) {
                let before = b.clone();
                for step in &steps {
                    mutate::apply(&mut b, step);
                }
                if b != before
                    && (features.plain_former_generated || !plain_former_generated(&base, &b))
                {
                    mutations.extend(steps);
                } else {
                    b = before;
                }
            }
        }
        Pair { base, mutations }
    }

    /// Schema B.
    pub fn b(&self) -> Model {
        mutate::replay(&self.base, &self.mutations)
    }

    /// Schema A as SQL.
    pub fn a_sql(&self) -> String {
        render::sql(&self.base)
    }

    /// Schema B as SQL.
    pub fn b_sql(&self) -> String {
        render::sql(&self.b())
    }

    /// The number of parts shrinking can take away: objects of A plus mutations.
    pub fn size(&self) -> usize {
        self.base.objects.len() + self.mutations.len()
    }
}

/// Makes a failing pair smaller while `fails` says it still fails: takes away mutations, then
/// objects of A (with what depends on them), first many at a time, then one at a time, until
/// nothing more can go (a delta-debugging descent; each call of `fails` costs a server round).
pub fn shrink(pair: &Pair, mut fails: impl FnMut(&Pair) -> bool) -> Pair {
    let mut best = pair.clone();
    loop {
        let mut progress = false;
        // Mutations.
        let mut chunk = best.mutations.len().div_ceil(2).max(1);
        while chunk >= 1 && !best.mutations.is_empty() {
            let mut at = 0;
            while at < best.mutations.len() {
                let mut candidate = best.clone();
                let end = (at + chunk).min(candidate.mutations.len());
                candidate.mutations.drain(at..end);
                if candidate.b() != candidate.base && fails(&candidate) {
                    best = candidate;
                    progress = true;
                } else {
                    at += chunk;
                }
            }
            if chunk == 1 {
                break;
            }
            chunk /= 2;
        }
        // Objects of A.
        let mut chunk = best.base.objects.len().div_ceil(2).max(1);
        while chunk >= 1 && !best.base.objects.is_empty() {
            let mut at = 0;
            while at < best.base.objects.len() {
                let mut candidate = best.clone();
                let end = (at + chunk).min(candidate.base.objects.len());
                let ids: Vec<u32> = candidate.base.objects[at..end]
                    .iter()
                    .map(|o| o.id)
                    .collect();
                for id in ids {
                    candidate.base.remove(id);
                }
                if candidate.size() < best.size()
                    && candidate.b() != candidate.base
                    && fails(&candidate)
                {
                    best = candidate;
                    progress = true;
                } else {
                    at += chunk;
                }
            }
            if chunk == 1 {
                break;
            }
            chunk /= 2;
        }
        if !progress {
            return best;
        }
    }
}

/// Whether a column generated by a function call on one side is plain on the other
/// ([`Features::plain_former_generated`]).
fn plain_former_generated(a: &Model, b: &Model) -> bool {
    let calls = |c: &model::Column| c.generated.as_ref().is_some_and(|g| g.sql.contains('('));
    a.objects
        .iter()
        .filter_map(|o| Some((o.id, o.table()?)))
        .any(|(id, ta)| {
            let Some(tb) = b.get(id).and_then(|o| o.table()) else {
                return false;
            };
            ta.columns.iter().any(|ca| {
                tb.columns.iter().any(|cb| {
                    cb.name == ca.name
                        && ((calls(ca) && cb.generated.is_none())
                            || (calls(cb) && ca.generated.is_none()))
                })
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seed_gives_the_same_pair_every_time() {
        for seed in 0..50 {
            let one = Pair::from_seed(seed, Features::of_major(15));
            let two = Pair::from_seed(seed, Features::of_major(15));
            assert_eq!(one, two);
            assert_eq!(one.a_sql(), two.a_sql());
            assert_eq!(one.b_sql(), two.b_sql());
        }
    }

    #[test]
    fn pairs_differ_and_keep_their_dependencies() {
        let mut differ = 0;
        for seed in 0..200 {
            let pair = Pair::from_seed(seed, Features::of_major(13));
            let b = pair.b();
            if b != pair.base {
                differ += 1;
            }
            for m in [&pair.base, &b] {
                let keys = m.keys();
                for o in &m.objects {
                    for d in o.deps() {
                        assert!(keys.contains(&d), "seed {seed}: {d} missing for {o:?}");
                    }
                }
            }
            assert!(
                !pair.a_sql().contains("IMMUTABLE RETURN"),
                "seed {seed}: no SQL-standard bodies on 13"
            );
        }
        assert!(differ > 150, "only {differ} of 200 pairs differ");
    }

    #[test]
    fn shrinking_keeps_what_the_failure_needs() {
        let pair = Pair::from_seed(3, Features::of_major(15));
        let wanted = pair
            .base
            .objects
            .iter()
            .find(|o| o.table().is_some())
            .map(|o| o.id);
        let small = shrink(&pair, |p| {
            wanted.is_some_and(|id| p.base.get(id).is_some()) && p.b() != p.base
        });
        assert!(small.size() <= pair.size());
        if let Some(id) = wanted {
            assert!(small.base.get(id).is_some());
        }
    }
}
