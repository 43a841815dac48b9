//! How an online migration reads (`Options::online`): its time limits first, then its statements
//! in their planned order with the transactions spelled out (`begin;` ... `commit;`) around the
//! ones that run in one, each `CONCURRENTLY` statement alone between them, and what must wait
//! for the main work to commit (validations) in a last transaction. It is run as it is
//! (`psql -v ON_ERROR_STOP=1 -f FILE`), not in one transaction (`psql -1`), which the concurrent
//! statements refuse.

use super::Statement;
use crate::core::{Hazard, Online, Placement, Step};

/// The planned `order` with the after-commit steps moved to the end, keeping their own order.
pub(super) fn after_commit_last(steps: &[Step], order: &[usize], online: bool) -> Vec<usize> {
    if !online {
        return order.to_vec();
    }
    let later = |i: &&usize| steps[**i].placement == Placement::AfterCommit;
    let (after, before): (Vec<&usize>, Vec<&usize>) = order.iter().partition(later);
    before.into_iter().chain(after).copied().collect()
}

/// The statements an online migration adds around its steps: the settings, `begin;` and `commit;`.
pub(super) struct Blocks {
    /// The settings, written before the first statement (nothing when there is none).
    settings: Option<[String; 2]>,
    in_transaction: bool,
    /// Whether the open transaction is the last, after-commit one.
    after_commit: bool,
}

fn setting(sql: String, name: &str) -> Statement {
    Statement {
        sql,
        destructive: false,
        hazards: vec![],
        setting: Some(name.to_string()),
        placement: Placement::OutsideTransaction,
    }
}

impl Blocks {
    pub(super) fn new(online: &Online, empty: bool) -> Blocks {
        let quoted = |value: &str| value.replace('\'', "''");
        Blocks {
            settings: (!empty).then(|| {
                [
                    format!("set lock_timeout = '{}';", quoted(&online.lock_timeout)),
                    format!(
                        "set statement_timeout = '{}';",
                        quoted(&online.statement_timeout)
                    ),
                ]
            }),
            in_transaction: false,
            after_commit: false,
        }
    }

    /// What goes before a step placed at `placement`.
    pub(super) fn before(&mut self, placement: Placement, out: &mut Vec<Statement>) {
        if let Some([lock, statement]) = self.settings.take() {
            out.push(setting(lock, "lock_timeout"));
            out.push(setting(statement, "statement_timeout"));
        }
        let wants_transaction = placement != Placement::OutsideTransaction;
        let starts_last = placement == Placement::AfterCommit && !self.after_commit;
        if self.in_transaction && (!wants_transaction || starts_last) {
            out.push(setting("commit;".to_string(), "transaction"));
            self.in_transaction = false;
        }
        if wants_transaction && !self.in_transaction {
            out.push(setting("begin;".to_string(), "transaction"));
            self.in_transaction = true;
            self.after_commit = placement == Placement::AfterCommit;
        }
    }

    /// Closes the transaction left open.
    pub(super) fn finish(self, out: &mut Vec<Statement>) {
        if self.in_transaction {
            out.push(setting("commit;".to_string(), "transaction"));
        }
    }
}

/// A warning for each statement that an online migration still runs under an ACCESS EXCLUSIVE
/// lock held while it rewrites or scans a table: nothing here makes those shorter.
pub(super) fn long_locks(statements: &[Statement]) -> Vec<String> {
    statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.hazards.contains(&Hazard::AccessExclusiveLock))
        .filter(|(_, s)| {
            s.hazards.contains(&Hazard::RewritesTable) || s.hazards.contains(&Hazard::ScansTable)
        })
        .map(|(i, s)| {
            let what = if s.hazards.contains(&Hazard::RewritesTable) {
                "rewrites"
            } else {
                "scans"
            };
            format!(
                "online: statement {} {what} a table under an ACCESS EXCLUSIVE lock, which blocks \
                 its reads and writes until the transaction ends: {}",
                i + 1,
                s.sql.lines().next().unwrap_or_default()
            )
        })
        .collect()
}
