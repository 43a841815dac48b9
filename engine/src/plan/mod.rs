//! Ordering, done once for every kind: a stable topological sort of the statements.
//!
//! Each kind's generator emits [`Step`]s in migra's order within a [`Phase`]; the planner adds the
//! edges that correctness needs and, among the statements free to go next, takes the one earliest
//! in (phase, pass, generation order). Passes copy migra's dependency loop: a statement freed by
//! one emitted after it in generation order waits for the next sweep over its phase. Where migra's
//! order is valid the output is migra's order; where it is not, the edges win.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

mod graph;
mod key_index;

pub(crate) use graph::{Graph, ObjectSet};

use crate::core::{FastMap, Hazard, ObjectId, Phase, Step, StepAction};
use crate::model::ObjectKind;

/// Orders the steps. Returns the order (indexes into `steps`) and, if the edges formed a cycle, a
/// warning naming an object on it (the cycle is then broken in phase order).
pub(crate) fn order(
    steps: &[Step],
    deps_from: &Graph,
    deps_to: &Graph,
) -> (Vec<usize>, Vec<String>) {
    let mut by_object: FastMap<&ObjectId, Vec<usize>> = FastMap::default();
    for (i, step) in steps.iter().enumerate() {
        by_object.entry(&step.object).or_default().push(i);
    }
    let rank = |i: usize| (steps[i].phase, i);

    let mut successors: Vec<Vec<usize>> = vec![vec![]; steps.len()];
    let mut add = |before: usize, after: usize| {
        if before != after {
            successors[before].push(after);
        }
    };

    // The steps that make up one object keep the order their generator chose; what only attaches
    // to an object (privileges, comments, OWNED BY) follows the object's creation.
    for indexes in by_object.values() {
        let mut structural: Vec<usize> = indexes
            .iter()
            .copied()
            .filter(|&i| steps[i].action != StepAction::Attach)
            .collect();
        structural.sort_by_key(|&i| rank(i));
        for pair in structural.windows(2) {
            add(pair[0], pair[1]);
        }
        for &attach in indexes
            .iter()
            .filter(|&&i| steps[i].action == StepAction::Attach)
        {
            for &create in indexes
                .iter()
                .filter(|&&i| steps[i].action == StepAction::Create)
            {
                add(create, attach);
            }
        }
    }

    let shaping = |i: usize| matches!(steps[i].action, StepAction::Create | StepAction::Alter);
    let none: Vec<usize> = vec![];
    let steps_of = |id: &ObjectId| by_object.get(id).unwrap_or(&none);
    // Edges are many and steps few: the graphs are asked only about the objects with steps.
    let objects: Vec<(&ObjectId, &Vec<usize>)> = by_object.iter().map(|(id, s)| (*id, s)).collect();
    let (with_steps, positions) = ObjectSet::of(objects.iter().map(|(id, _)| *id));
    let mut steps_at: Vec<&Vec<usize>> = vec![&none; objects.len()];
    for (position, (_, indexes)) in positions.iter().zip(&objects) {
        if let Some(position) = position {
            steps_at[*position as usize] = indexes;
        }
    }

    // What an object needs in the target must be in its final shape before the object is created or reshaped.
    // A partition or inheritance child needs its parent to exist, not its final columns: those
    // reach the child when they are added to the parent.
    for (dependent, referenced, edge) in deps_to.edges_within(&with_steps) {
        let parent_link =
            edge.dependent.kind == ObjectKind::Table && edge.referenced.kind == ObjectKind::Table;
        // A released column edge orders the table's creation, not its ALTERs (graph.rs).
        let released = deps_to.is_released(edge);
        for &after in steps_at[dependent as usize]
            .iter()
            .filter(|&&i| shaping(i) && !(released && steps[i].action == StepAction::Alter))
        {
            for &before in steps_at[referenced as usize].iter().filter(|&&i| {
                if parent_link {
                    steps[i].action == StepAction::Create
                } else {
                    shaping(i)
                        || (steps[i].adds_column.is_some()
                            && steps[i].adds_column == edge.referenced.column)
                }
            }) {
                add(before, after);
            }
        }
    }
    for (after, step) in steps.iter().enumerate() {
        for required in step.requires.iter().filter(|r| **r != step.object) {
            for &before in steps_of(required).iter().filter(|&&i| shaping(i)) {
                add(before, after);
            }
        }
    }
    for (after, step) in steps.iter().enumerate() {
        for gone in &step.dropped_first {
            for &before in steps_of(gone)
                .iter()
                .filter(|&&i| steps[i].action == StepAction::Drop)
            {
                add(before, after);
            }
        }
    }
    for (before, step) in steps.iter().enumerate() {
        for object in &step.ahead_of_drop {
            for &after in steps_of(object).iter().filter(|&&i| {
                steps[i].action == StepAction::Drop
                    || (steps[i].action == StepAction::Alter
                        && steps[i].hazards.contains(&Hazard::DropsData))
            }) {
                add(before, after);
            }
        }
    }
    // What depended on an object in the source is dropped before the object is dropped or altered,
    // and altered (perhaps so as to stop depending on it) before the object is dropped.
    for (dependent, referenced, edge) in deps_from.edges_within(&with_steps) {
        let released = deps_from.is_released(edge);
        let (dependent, referenced) = (dependent as usize, referenced as usize);
        for &before in steps_at[dependent]
            .iter()
            .filter(|&&i| steps[i].action == StepAction::Drop)
        {
            for &after in steps_at[referenced]
                .iter()
                .filter(|&&i| matches!(steps[i].action, StepAction::Drop | StepAction::Alter))
            {
                add(before, after);
            }
        }
        for &before in steps_at[dependent]
            .iter()
            .filter(|&&i| steps[i].action == StepAction::Alter && !released)
        {
            for &after in steps_at[referenced]
                .iter()
                .filter(|&&i| steps[i].action == StepAction::Drop)
            {
                add(before, after);
            }
        }
    }

    let mut indegree = vec![0usize; steps.len()];
    for list in &mut successors {
        list.sort_unstable();
        list.dedup();
        for &s in list.iter() {
            indegree[s] += 1;
        }
    }
    let mut ready: BinaryHeap<Reverse<(Phase, usize, usize)>> = BinaryHeap::new();
    for (i, &d) in indegree.iter().enumerate() {
        if d == 0 {
            ready.push(Reverse((steps[i].phase, 0, i)));
        }
    }
    // The last step emitted in each phase, with its pass.
    let mut last_in_phase: BTreeMap<Phase, (usize, usize)> = BTreeMap::new();
    let mut done = vec![false; steps.len()];
    let mut out = Vec::with_capacity(steps.len());
    let mut warnings = vec![];
    while out.len() < steps.len() {
        let (next, pass) = match ready.pop() {
            Some(Reverse((_, pass, i))) => (i, pass),
            None => {
                // A cycle: take the earliest remaining step and say so.
                let i = (0..steps.len())
                    .filter(|&i| !done[i])
                    .min_by_key(|&i| rank(i))
                    .unwrap_or(0);
                warnings.push(format!(
                    "dependency cycle involving {} {}: ordered by phase there",
                    steps[i].object.kind.as_str(),
                    steps[i].object.key
                ));
                indegree[i] = 0;
                (i, last_in_phase.get(&steps[i].phase).map_or(0, |&(_, p)| p))
            }
        };
        if done[next] {
            continue;
        }
        done[next] = true;
        out.push(next);
        last_in_phase.insert(steps[next].phase, (next, pass));
        for &s in &successors[next] {
            if done[s] {
                continue;
            }
            indegree[s] = indegree[s].saturating_sub(1);
            if indegree[s] == 0 {
                let pass = match last_in_phase.get(&steps[s].phase) {
                    Some(&(last, pass)) if s < last => pass + 1,
                    Some(&(_, pass)) => pass,
                    None => 0,
                };
                ready.push(Reverse((steps[s].phase, pass, s)));
            }
        }
    }
    (out, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Action;
    use crate::model::{Dependency, ObjectRef};

    fn view(name: &str) -> ObjectRef {
        ObjectRef {
            kind: ObjectKind::View,
            schema: Some("s".into()),
            table: None,
            name: name.into(),
            args: None,
            column: None,
        }
    }

    /// A graph of views in schema `s`, `(dependent, referenced)` by name.
    fn graph(edges: &[(&str, &str)]) -> Graph<'static> {
        let dependencies: Vec<Dependency> = edges
            .iter()
            .map(|(dependent, referenced)| Dependency {
                dependent: view(dependent),
                referenced: view(referenced),
            })
            .collect();
        Graph::of(Vec::leak(dependencies))
    }

    fn step(phase: Phase, name: &str, action: StepAction) -> Step {
        Step::new(
            phase,
            ObjectId::qualified(ObjectKind::View, "s", name),
            action,
            Action::Create,
            name.to_string(),
        )
    }

    #[test]
    fn phase_order_when_nothing_constrains() {
        let steps = vec![
            step(Phase::CreateSelectables, "b", StepAction::Create),
            step(Phase::CreateSchemas, "a", StepAction::Create),
        ];
        let (order, warnings) = order(&steps, &Graph::default(), &Graph::default());
        assert_eq!(order, vec![1, 0]);
        assert!(warnings.is_empty());
    }

    #[test]
    fn dependencies_override_generation_order() {
        // "a" is generated first but depends on "b".
        let steps = vec![
            step(Phase::CreateSelectables, "a", StepAction::Create),
            step(Phase::CreateSelectables, "b", StepAction::Create),
        ];
        let to = graph(&[("a", "b")]);
        let (order, _) = order(&steps, &Graph::default(), &to);
        assert_eq!(order, vec![1, 0]);
    }

    #[test]
    fn dependents_are_dropped_first() {
        let steps = vec![
            step(Phase::DropSelectables, "base", StepAction::Drop),
            step(Phase::DropSelectables, "top", StepAction::Drop),
        ];
        let from = graph(&[("top", "base")]);
        let (order, _) = order(&steps, &from, &Graph::default());
        assert_eq!(order, vec![1, 0]);
    }

    #[test]
    fn freed_steps_wait_for_the_next_pass_like_migra() {
        // Pass 1 drops a, skips b (c still depends on it), drops c and d; b goes in pass 2.
        let steps = vec![
            step(Phase::DropSelectables, "a", StepAction::Drop),
            step(Phase::DropSelectables, "b", StepAction::Drop),
            step(Phase::DropSelectables, "c", StepAction::Drop),
            step(Phase::DropSelectables, "d", StepAction::Drop),
        ];
        // c depends on b: c must be dropped first.
        let from = graph(&[("c", "b")]);
        let (order, _) = order(&steps, &from, &Graph::default());
        assert_eq!(order, vec![0, 2, 3, 1]);
    }

    #[test]
    fn cycles_are_broken_with_a_warning() {
        let steps = vec![
            step(Phase::CreateSelectables, "a", StepAction::Create),
            step(Phase::CreateSelectables, "b", StepAction::Create),
        ];
        let to = graph(&[("a", "b"), ("b", "a")]);
        let (order, warnings) = order(&steps, &Graph::default(), &to);
        assert_eq!(order.len(), 2);
        assert_eq!(warnings.len(), 1);
    }
}
