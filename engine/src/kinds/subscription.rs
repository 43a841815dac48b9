//! Subscriptions: created without connecting to the publisher (`connect = false`, so that a
//! migration never needs the publisher, nor creates a replication slot or copies data), which
//! the migration says in a warning: the slot, enabling and the first refresh are the user's.
//! Options, the publication list and the connection change in place; a connection whose
//! secrets the catalog does not hold (docs/safety.md) is written without them, with a warning
//! naming what to set.
//!
//! How this kind is compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::sql::{quote_ident, quote_literal};
use crate::core::{Action, Context, Hazard, Identify, Phase, Step, StepAction};
use crate::model::*;

/// One option of `CREATE SUBSCRIPTION ... WITH` or `ALTER SUBSCRIPTION ... SET`: its name and
/// its value as SQL (`'off'`, `true`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct SubscriptionOption {
    name: &'static str,
    value: String,
}

impl std::fmt::Display for SubscriptionOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} = {}", self.name, self.value)
    }
}

/// `name = value, ...`.
fn options_sql(options: &[SubscriptionOption]) -> String {
    let texts: Vec<String> = options.iter().map(ToString::to_string).collect();
    texts.join(", ")
}

/// A text option of a subscription: its name and how to read it.
type TextOption = (&'static str, fn(&Subscription) -> Option<&Text>);
/// A boolean option of a subscription: its name and how to read it.
type FlagOption = (&'static str, fn(&Subscription) -> Option<bool>);

/// The options `after` sets that `before` (none: a creation) does not, in `CREATE
/// SUBSCRIPTION`'s order, out of `texts` and `flags`. An option unknown on either side
/// (absent: a major without it, a role that may not read it) is never written.
fn changed_options(
    before: Option<&Subscription>,
    after: &Subscription,
    texts: &[TextOption],
    flags: &[FlagOption],
) -> Vec<SubscriptionOption> {
    fn changed<T: PartialEq>(before: Option<T>, after: Option<T>, creation: bool) -> Option<T> {
        after.filter(|new| creation || before.is_some_and(|old| old != *new))
    }
    let creation = before.is_none();
    let texts = texts.iter().filter_map(|&(name, get)| {
        changed(before.and_then(get), get(after), creation).map(|new| SubscriptionOption {
            name,
            value: quote_literal(new),
        })
    });
    let flags = flags.iter().filter_map(|&(name, get)| {
        changed(before.and_then(get), get(after), creation).map(|new| SubscriptionOption {
            name,
            value: new.to_string(),
        })
    });
    texts.chain(flags).collect()
}

/// The options set in one `ALTER SUBSCRIPTION ... SET` with the others (see
/// [`slot_bound_options`]).
fn options(before: Option<&Subscription>, after: &Subscription) -> Vec<SubscriptionOption> {
    changed_options(
        before,
        after,
        &[
            ("synchronous_commit", |s| s.synchronous_commit.as_ref()),
            ("streaming", |s| s.streaming.as_ref()),
            ("origin", |s| s.origin.as_ref()),
        ],
        &[
            ("binary", |s| s.binary),
            ("disable_on_error", |s| s.disable_on_error),
            ("password_required", |s| s.password_required),
            ("run_as_owner", |s| s.run_as_owner),
        ],
    )
}

/// The options that `ALTER SUBSCRIPTION ... SET` refuses inside a transaction block.
fn slot_bound_options(
    before: Option<&Subscription>,
    after: &Subscription,
) -> Vec<SubscriptionOption> {
    changed_options(
        before,
        after,
        &[],
        &[("two_phase", |s| s.two_phase), ("failover", |s| s.failover)],
    )
}

/// The options a major introduced (`CREATE SUBSCRIPTION`'s and `ALTER SUBSCRIPTION ... SET`'s),
/// with the value that behaves as a server without it does.
const INTRODUCED: [(&str, u32, &str); 8] = [
    ("binary", 14, "false"),
    ("streaming", 14, "'off'"),
    ("two_phase", 15, "false"),
    ("disable_on_error", 15, "false"),
    ("origin", 16, "'any'"),
    ("password_required", 16, "true"),
    ("run_as_owner", 16, "false"),
    ("failover", 17, "false"),
];

/// The default of `option` on PostgreSQL `major` where it differs from [`INTRODUCED`]'s value:
/// 18 streams in parallel unless told otherwise.
fn default_on(option: &str, major: u32) -> Option<&'static str> {
    (option == "streaming" && major >= 18).then_some("'parallel'")
}

/// `options` as the server the migration runs on (FROM's, of major `major`; 0 when unknown)
/// takes them: one it does not know is left out, silently when its value is what that server
/// does anyway or the default of TARGET's server (major `target`: nobody chose it), else with a
/// warning.
fn for_server(
    options: Vec<SubscriptionOption>,
    (major, target): (u32, u32),
    subscription: &str,
    warnings: &mut Vec<String>,
) -> Vec<SubscriptionOption> {
    if major == 0 {
        return options;
    }
    options
        .into_iter()
        .filter(|option| {
            let (name, value) = (option.name, option.value.as_str());
            let unknown = INTRODUCED
                .iter()
                .find(|(n, _, _)| *n == name)
                .filter(|(_, since, _)| major < *since);
            let parallel_before_16 = name == "streaming" && value == "'parallel'" && major < 16;
            let target_default = default_on(name, target).is_some_and(|d| d == value);
            match unknown {
                Some((_, _, same)) if value == *same || target_default => false,
                Some((_, since, _)) => {
                    warnings.push(format!(
                        "subscription {subscription}: {option} is left out: PostgreSQL {major} \
                         has no such option (it is {since}+)"
                    ));
                    false
                }
                None if parallel_before_16 && !target_default => {
                    warnings.push(format!(
                        "subscription {subscription}: {option} is left out: PostgreSQL {major} \
                         streams with on or off (parallel is 16+)"
                    ));
                    false
                }
                None => !parallel_before_16,
            }
        })
        .collect()
}

/// `slot_name = 'x'` or `slot_name = NONE`.
fn slot_option(s: &Subscription) -> SubscriptionOption {
    SubscriptionOption {
        name: "slot_name",
        value: match &s.slot_name {
            Some(slot) => quote_literal(slot),
            None => "NONE".to_string(),
        },
    }
}

impl Subscription {
    fn name_sql(&self) -> String {
        quote_ident(&self.name)
    }

    fn publications_sql(&self) -> String {
        let names: Vec<String> = self.publications.iter().map(|p| quote_ident(p)).collect();
        names.join(", ")
    }

    /// The warning for a connection written without the secrets the catalog does not hold.
    fn secrets_warning(&self, connection: &str) -> Option<String> {
        (!self.connection_secrets.is_empty()).then(|| {
            let names: Vec<String> = self
                .connection_secrets
                .iter()
                .map(|n| format!("\"{n}\""))
                .collect();
            format!(
                "subscription {} gets a connection without its {} (secrets, read only with \
                 --with-secrets); set it with alter subscription {} connection {} plus the \
                 secret",
                self.name_sql(),
                names.join(", "),
                self.name_sql(),
                quote_literal(connection)
            )
        })
    }

    /// `CREATE SUBSCRIPTION ... WITH (connect = false, ...)`; `None` (with a warning) when the
    /// catalog does not hold the connection.
    fn create_step(
        &self,
        change: Action,
        majors: (u32, u32),
        warnings: &mut Vec<String>,
    ) -> Option<Step> {
        let Some(connection) = &self.connection else {
            warnings.push(format!(
                "subscription {} is not created: the role that read the catalog may not read its \
                 connection (pg_subscription.subconninfo is revoked from PUBLIC)",
                self.name_sql()
            ));
            return None;
        };
        let connect = SubscriptionOption {
            name: "connect",
            value: "false".into(),
        };
        let mut with = vec![connect, slot_option(self)];
        let mut set = options(None, self);
        set.extend(slot_bound_options(None, self));
        with.extend(for_server(set, majors, &self.name_sql(), warnings));
        warnings.extend(self.secrets_warning(connection));
        warnings.push(format!(
            "subscription {} is created without connecting to its publisher (connect = false): \
             create its replication slot on the publisher{}, then alter subscription {} enable \
             and alter subscription {} refresh publication",
            self.name_sql(),
            match &self.slot_name {
                Some(slot) => format!(" ({})", quote_literal(slot)),
                None => " and set its slot_name".to_string(),
            },
            self.name_sql(),
            self.name_sql(),
        ));
        Some(Step::new(
            Phase::CreateSubscriptions,
            self.id(),
            StepAction::Create,
            change,
            format!(
                "create subscription {} connection {} publication {} with ({});",
                self.name_sql(),
                quote_literal(connection),
                self.publications_sql(),
                options_sql(&with)
            ),
        ))
    }

    fn drop_step(&self, change: Action, warnings: &mut Vec<String>) -> Step {
        if self.slot_name.is_some() {
            warnings.push(format!(
                "drop subscription {} connects to the publisher to drop its replication slot, and \
                 cannot run inside a transaction block; if the publisher is gone, first alter \
                 subscription {} disable and alter subscription {} set (slot_name = NONE)",
                self.name_sql(),
                self.name_sql(),
                self.name_sql()
            ));
        }
        Step::new(
            Phase::DropSubscriptions,
            self.id(),
            StepAction::Drop,
            change,
            format!("drop subscription if exists {};", self.name_sql()),
        )
        .hazard(Hazard::DropsObject)
    }

    fn alter_steps(
        &self,
        after: &Subscription,
        majors: (u32, u32),
        out: &mut Vec<Step>,
        warnings: &mut Vec<String>,
    ) {
        let name = after.name_sql();
        let mut alter = |phase: Phase, sql: String| {
            out.push(Step::new(
                phase,
                after.id(),
                StepAction::Alter,
                Action::Alter,
                sql,
            ));
        };
        // Disabled first, so that what follows may change what an enabled one refuses.
        if self.enabled && !after.enabled {
            alter(
                Phase::DropSubscriptions,
                format!("alter subscription {name} disable;"),
            );
        }
        if let (Some(old), Some(new)) = (&self.connection, &after.connection) {
            if old != new {
                warnings.extend(after.secrets_warning(new));
                alter(
                    Phase::CreateSubscriptions,
                    format!(
                        "alter subscription {name} connection {};",
                        quote_literal(new)
                    ),
                );
            }
        }
        if self.publications != after.publications {
            warnings.push(format!(
                "subscription {name} gets new publications without a refresh (refresh = false): \
                 alter subscription {name} refresh publication once it is connected"
            ));
            alter(
                Phase::CreateSubscriptions,
                format!(
                    "alter subscription {name} set publication {} with (refresh = false);",
                    after.publications_sql()
                ),
            );
        }
        let mut set = for_server(options(Some(self), after), majors, &name, warnings);
        if self.slot_name != after.slot_name {
            set.insert(0, slot_option(after));
        }
        if !set.is_empty() {
            alter(
                Phase::CreateSubscriptions,
                format!("alter subscription {name} set ({});", options_sql(&set)),
            );
        }
        let bound = for_server(
            slot_bound_options(Some(self), after),
            majors,
            &name,
            warnings,
        );
        if !bound.is_empty() {
            warnings.push(format!(
                "alter subscription {name} set ({}) cannot run inside a transaction block \
                 (PostgreSQL 17+ for failover, 18+ for two_phase)",
                options_sql(&bound)
            ));
            alter(
                Phase::CreateSubscriptions,
                format!("alter subscription {name} set ({});", options_sql(&bound)),
            );
        }
        if !self.enabled && after.enabled {
            alter(
                Phase::CreateSubscriptions,
                format!("alter subscription {name} enable;"),
            );
        }
    }
}

/// Everything its own statements migrate; an unknown connection matches any.
fn definition_eq(a: &Subscription, b: &Subscription) -> bool {
    let Subscription {
        name: _,
        owner: _,
        connection,
        connection_secrets: _,
        publications,
        slot_name,
        enabled,
        synchronous_commit,
        binary,
        streaming,
        two_phase,
        disable_on_error,
        origin,
        password_required,
        run_as_owner,
        failover,
        comment: _,
    } = a;
    (connection.is_none() || b.connection.is_none() || *connection == b.connection)
        && *publications == b.publications
        && *slot_name == b.slot_name
        && *enabled == b.enabled
        && (synchronous_commit.is_none()
            || b.synchronous_commit.is_none()
            || *synchronous_commit == b.synchronous_commit)
        && known_eq(binary, &b.binary)
        && known_eq(streaming, &b.streaming)
        && known_eq(two_phase, &b.two_phase)
        && known_eq(disable_on_error, &b.disable_on_error)
        && known_eq(origin, &b.origin)
        && known_eq(password_required, &b.password_required)
        && known_eq(run_as_owner, &b.run_as_owner)
        && known_eq(failover, &b.failover)
}

/// Equal, or unknown on one side: an option a major lacks is absent from its catalog (a
/// catalog of PostgreSQL 13 has no `binary`), and stands for whatever the other side has.
fn known_eq<T: PartialEq>(a: &Option<T>, b: &Option<T>) -> bool {
    a.is_none() || b.is_none() || a == b
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>, warnings: &mut Vec<String>) {
    let d = cx.matched.subscriptions.differences(definition_eq);
    let majors = (
        cx.from.server_version_num / 10_000,
        cx.to.server_version_num / 10_000,
    );
    for (_, s) in &d.removed {
        out.push(s.drop_step(Action::Drop, warnings));
    }
    for (_, s) in &d.added {
        out.extend(s.create_step(Action::Create, majors, warnings));
    }
    for (_, before, after) in &d.modified {
        before.alter_steps(after, majors, out, warnings);
    }
}

crate::core::object::catalog_object!(Subscription, comment: "subscription", owner: "subscription");

#[cfg(test)]
mod tests {
    use super::*;

    fn subscription(connection: Option<&str>, secrets: &[&str]) -> Subscription {
        Subscription {
            name: "sub".into(),
            owner: "o".into(),
            connection: connection.map(Text::from),
            connection_secrets: secrets.iter().map(|s| Text::from(*s)).collect(),
            publications: vec!["p".into()],
            slot_name: Some("sub".into()),
            enabled: false,
            synchronous_commit: Some("off".into()),
            binary: Some(false),
            streaming: None,
            two_phase: None,
            disable_on_error: None,
            origin: None,
            password_required: None,
            run_as_owner: None,
            failover: None,
            comment: None,
        }
    }

    #[test]
    fn created_without_connecting_and_without_secrets_with_warnings() {
        let s = subscription(Some("host=h user=u"), &["password"]);
        let mut warnings = vec![];
        let step = s
            .create_step(Action::Create, (0, 0), &mut warnings)
            .unwrap();
        assert_eq!(
            step.sql,
            "create subscription \"sub\" connection 'host=h user=u' publication \"p\" with \
             (connect = false, slot_name = 'sub', synchronous_commit = 'off', binary = false);"
        );
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].contains("\"password\""), "{warnings:?}");
        assert!(warnings[1].contains("connect = false"), "{warnings:?}");
    }

    #[test]
    fn options_an_older_server_lacks_are_left_out_and_warned_of_unless_they_change_nothing() {
        let s = Subscription {
            streaming: Some("parallel".into()),
            origin: Some("any".into()),
            failover: Some(true),
            ..subscription(Some("host=h"), &[])
        };
        let mut warnings = vec![];
        let step = s
            .create_step(Action::Create, (13, 17), &mut warnings)
            .unwrap();
        assert_eq!(
            step.sql,
            "create subscription \"sub\" connection 'host=h' publication \"p\" with \
             (connect = false, slot_name = 'sub', synchronous_commit = 'off');"
        );
        let left_out: Vec<&String> = warnings.iter().filter(|w| w.contains("left out")).collect();
        assert_eq!(
            left_out.len(),
            2,
            "binary = false and origin = 'any' change nothing: {warnings:?}"
        );
        assert!(left_out[0].contains("streaming = 'parallel'") && left_out[0].contains("14+"));
        assert!(left_out[1].contains("failover = true") && left_out[1].contains("17+"));
        let mut warnings = vec![];
        let step = s
            .create_step(Action::Create, (15, 17), &mut warnings)
            .unwrap();
        assert!(step.sql.contains("binary = false") && !step.sql.contains("streaming"));
        assert!(
            warnings.iter().any(|w| w.contains("parallel is 16+")),
            "{warnings:?}"
        );
        // Read from PostgreSQL 18, where it is the default: nobody chose it.
        let mut warnings = vec![];
        let step = s
            .create_step(Action::Create, (15, 18), &mut warnings)
            .unwrap();
        assert!(!step.sql.contains("streaming"));
        assert!(
            !warnings.iter().any(|w| w.contains("streaming")),
            "{warnings:?}"
        );
    }

    #[test]
    fn an_unknown_connection_matches_any_and_is_never_created() {
        let hidden = subscription(None, &[]);
        let known = subscription(Some("host=h"), &[]);
        assert!(definition_eq(&hidden, &known) && definition_eq(&known, &hidden));
        let mut warnings = vec![];
        assert!(hidden
            .create_step(Action::Create, (0, 0), &mut warnings)
            .is_none());
        assert_eq!(warnings.len(), 1, "{warnings:?}");
    }
}
