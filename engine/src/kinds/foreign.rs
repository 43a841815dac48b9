//! Foreign data: wrappers, servers and user mappings. Options change in place (`OPTIONS (ADD |
//! SET | DROP ...)`), as do a wrapper's handler and validator and a server's version; a server
//! that changes wrapper or type is dropped and created again, with its user mappings.
//!
//! A user mapping's secret options (a password) are usually not in the catalog at all
//! (`ForeignOption::value` absent, docs/safety.md): such a value compares equal to any other and
//! is never written. A mapping created without it gets a warning naming the option.
//!
//! How these kinds are compared, created, dropped and altered; the catalog types are in `model`.

use crate::core::foreign_options::{alter_options, create_options, options_eq};
use crate::core::sql::{qualified, quote_ident, quote_literal};
use crate::core::{Action, Context, Hazard, Identify, Matching, ObjectId, Phase, Step, StepAction};
use crate::model::*;

fn function_id(f: &ForeignFunction) -> ObjectId {
    ObjectId::of(
        ObjectKind::Function,
        IdentityFields {
            schema: &f.schema,
            name: &f.name,
            args: &f.identity_arguments,
            ..IdentityFields::default()
        },
    )
}

fn function_name(f: &ForeignFunction) -> String {
    qualified(&f.schema, &f.name)
}

fn alter(object: ObjectId, phase: Phase, sql: String) -> Step {
    Step::new(phase, object, StepAction::Attach, Action::Alter, sql)
}

impl ForeignDataWrapper {
    fn create_step(&self, change: Action) -> Step {
        let mut sql = format!("create foreign data wrapper {}", self.key());
        let mut step_requires = vec![];
        if let Some(h) = &self.handler {
            sql.push_str(&format!(" handler {}", function_name(h)));
            step_requires.push(function_id(h));
        }
        if let Some(v) = &self.validator {
            sql.push_str(&format!(" validator {}", function_name(v)));
            step_requires.push(function_id(v));
        }
        sql.push_str(&create_options(&self.options));
        sql.push(';');
        let mut step = Step::new(
            Phase::CreateForeignDataWrappers,
            self.id(),
            StepAction::Create,
            change,
            sql,
        );
        for id in step_requires {
            step = step.requires(id);
        }
        step
    }

    fn drop_step(&self, change: Action) -> Step {
        Step::new(
            Phase::DropForeignDataWrappers,
            self.id(),
            StepAction::Drop,
            change,
            format!("drop foreign data wrapper if exists {};", self.key()),
        )
        .hazard(Hazard::DropsObject)
    }

    fn alter_steps(&self, after: &ForeignDataWrapper, out: &mut Vec<Step>) {
        let ForeignDataWrapper {
            name: _,
            owner: _,
            handler,
            validator,
            options,
            comment: _,
        } = self;
        let mut clauses = String::new();
        let mut requires = vec![];
        if *handler != after.handler {
            match &after.handler {
                Some(h) => {
                    clauses.push_str(&format!(" handler {}", function_name(h)));
                    requires.push(function_id(h));
                }
                None => clauses.push_str(" no handler"),
            }
        }
        if *validator != after.validator {
            match &after.validator {
                Some(v) => {
                    clauses.push_str(&format!(" validator {}", function_name(v)));
                    requires.push(function_id(v));
                }
                None => clauses.push_str(" no validator"),
            }
        }
        clauses.extend(alter_options(options, &after.options));
        if clauses.is_empty() {
            return;
        }
        let mut step = alter(
            after.id(),
            Phase::CreateForeignDataWrappers,
            format!("alter foreign data wrapper {}{clauses};", after.key()),
        );
        for id in requires {
            step = step.requires(id);
        }
        out.push(step);
    }
}

impl ForeignServer {
    /// Whether `after` can be reached by `ALTER SERVER` (not a new wrapper or type).
    fn alterable_to(&self, after: &ForeignServer) -> bool {
        let ForeignServer {
            name: _,
            owner: _,
            wrapper,
            server_type,
            version: _,
            options: _,
            comment: _,
        } = self;
        *wrapper == after.wrapper && *server_type == after.server_type
    }

    fn create_step(&self, change: Action) -> Step {
        let mut sql = format!("create server {}", self.key());
        if let Some(t) = &self.server_type {
            sql.push_str(&format!(" type {}", quote_literal(t)));
        }
        if let Some(v) = &self.version {
            sql.push_str(&format!(" version {}", quote_literal(v)));
        }
        sql.push_str(&format!(
            " foreign data wrapper {}",
            quote_ident(&self.wrapper)
        ));
        sql.push_str(&create_options(&self.options));
        sql.push(';');
        Step::new(
            Phase::CreateForeignServers,
            self.id(),
            StepAction::Create,
            change,
            sql,
        )
        .requires(ObjectId::of(
            ObjectKind::ForeignDataWrapper,
            IdentityFields {
                name: &self.wrapper,
                ..IdentityFields::default()
            },
        ))
    }

    fn drop_step(&self, change: Action) -> Step {
        Step::new(
            Phase::DropForeignServers,
            self.id(),
            StepAction::Drop,
            change,
            format!("drop server if exists {};", self.key()),
        )
        .hazard(Hazard::DropsObject)
    }

    fn alter_steps(&self, after: &ForeignServer, out: &mut Vec<Step>) {
        let mut clauses = String::new();
        if self.version != after.version {
            match &after.version {
                Some(v) => clauses.push_str(&format!(" version {}", quote_literal(v))),
                None => clauses.push_str(" version null"),
            }
        }
        clauses.extend(alter_options(&self.options, &after.options));
        if !clauses.is_empty() {
            out.push(alter(
                after.id(),
                Phase::CreateForeignServers,
                format!("alter server {}{clauses};", after.key()),
            ));
        }
    }
}

impl UserMapping {
    fn create_step(&self, change: Action, warnings: &mut Vec<String>) -> Step {
        let options = self.options.as_deref().unwrap_or_default();
        for o in options.iter().filter(|o| o.value.is_none()) {
            warnings.push(format!(
                "user mapping {} is created without its option \"{}\": the catalog does not \
                 hold its value (a secret, read only with --with-secrets); set it with alter \
                 user mapping {} options (add \"{}\" '...')",
                self.key(),
                o.name,
                self.key(),
                o.name
            ));
        }
        if self.options.is_none() {
            warnings.push(format!(
                "user mapping {} is created without options: the role that read the catalog may \
                 not see them",
                self.key()
            ));
        }
        Step::new(
            Phase::CreateUserMappings,
            self.id(),
            StepAction::Create,
            change,
            format!(
                "create user mapping {}{};",
                self.key(),
                create_options(options)
            ),
        )
        .requires(ObjectId::of(
            ObjectKind::ForeignServer,
            IdentityFields {
                name: &self.server,
                ..IdentityFields::default()
            },
        ))
    }

    fn drop_step(&self, change: Action) -> Step {
        Step::new(
            Phase::DropUserMappings,
            self.id(),
            StepAction::Drop,
            change,
            format!("drop user mapping if exists {};", self.key()),
        )
        .hazard(Hazard::DropsObject)
    }

    /// Same options, an unknown value (or unknown options) matching anything.
    fn options_eq(&self, other: &UserMapping) -> bool {
        let UserMapping {
            role: _,
            server: _,
            options,
        } = self;
        match (options, &other.options) {
            (Some(a), Some(b)) => options_eq(a, b),
            _ => true,
        }
    }
}

/// The servers dropped and created again (a new wrapper or type): what uses them (user mappings)
/// is recreated with them.
/// The names of the servers [`replaced`] drops and creates again: their foreign tables are too
/// (kinds/table).
pub(crate) fn replaced_servers(matched: &Matching) -> Vec<Text> {
    let d = matched
        .foreign_servers
        .differences(|a, b| a.alterable_to(b));
    d.modified.iter().map(|(_, _, x)| x.name.clone()).collect()
}

pub(crate) fn replaced(matched: &Matching) -> Vec<ObjectId> {
    let d = matched
        .foreign_servers
        .differences(|a, b| a.alterable_to(b));
    d.modified.iter().map(|(_, _, x)| x.id()).collect()
}

pub(crate) fn diff(cx: &Context, out: &mut Vec<Step>, warnings: &mut Vec<String>) {
    let wrappers = cx.matched.foreign_data_wrappers.differences(|a, b| {
        let ForeignDataWrapper {
            name: _,
            owner: _,
            handler,
            validator,
            options,
            comment: _,
        } = a;
        *handler == b.handler && *validator == b.validator && options_eq(options, &b.options)
    });
    for (_, w) in &wrappers.removed {
        out.push(w.drop_step(Action::Drop));
    }
    for (_, w) in &wrappers.added {
        out.push(w.create_step(Action::Create));
    }
    for (_, before, after) in &wrappers.modified {
        before.alter_steps(after, out);
    }

    let servers = cx.matched.foreign_servers.differences(|a, b| {
        a.alterable_to(b)
            && a.version == b.version
            && options_eq(&a.options, &b.options)
            && !cx.must_recreate_unchanged(&b.name, || b.id())
    });
    for (_, s) in &servers.removed {
        out.push(s.drop_step(Action::Drop));
    }
    for (_, s) in &servers.added {
        out.push(s.create_step(Action::Create));
    }
    for (_, before, after) in &servers.modified {
        if before.alterable_to(after) && !cx.must_recreate(&after.id()) {
            before.alter_steps(after, out);
        } else {
            // Both in the drop's phase: the creation must follow the drop.
            out.push(before.drop_step(Action::Replace));
            let mut create = after.create_step(Action::Replace);
            create.phase = Phase::DropForeignServers;
            out.push(create);
        }
    }

    let mappings = cx
        .matched
        .user_mappings
        .differences(|a, b| a.options_eq(b) && !cx.must_recreate_unchanged(&b.role, || b.id()));
    for (_, m) in &mappings.removed {
        out.push(m.drop_step(Action::Drop));
    }
    for (_, m) in &mappings.added {
        out.push(m.create_step(Action::Create, warnings));
    }
    for (key, before, after) in &mappings.modified {
        if cx.must_recreate(&after.id()) {
            out.push(before.drop_step(Action::Replace));
            let mut create = after.create_step(Action::Replace, warnings);
            create.phase = Phase::DropUserMappings;
            out.push(create);
            continue;
        }
        let (Some(b), Some(a)) = (&before.options, &after.options) else {
            continue;
        };
        if let Some(clauses) = alter_options(b, a) {
            out.push(alter(
                after.id(),
                Phase::CreateUserMappings,
                format!("alter user mapping {key}{clauses};"),
            ));
        }
    }
}

crate::core::object::catalog_object!(ForeignDataWrapper, comment: "foreign data wrapper", owner: "foreign data wrapper");
crate::core::object::catalog_object!(ForeignServer, comment: "server", owner: "server");

#[cfg(test)]
mod tests {
    use super::*;

    fn option(name: &str, value: Option<&str>) -> ForeignOption {
        ForeignOption {
            name: name.into(),
            value: value.map(Text::from),
        }
    }

    #[test]
    fn an_unknown_value_matches_any_and_is_never_written() {
        let before = [option("user", Some("u")), option("password", None)];
        let after = [option("user", Some("u")), option("password", Some("p"))];
        assert!(options_eq(&before, &after));
        assert_eq!(alter_options(&before, &after), None);
        assert_eq!(alter_options(&after, &before), None);
        let renamed = [option("user", Some("v")), option("password", None)];
        assert_eq!(
            alter_options(&after, &renamed).as_deref(),
            Some(" options (set \"user\" 'v')")
        );
        // Gone from the target: dropped, which needs no value.
        assert_eq!(
            alter_options(&before, &[option("user", Some("u"))]).as_deref(),
            Some(" options (drop \"password\")")
        );
        assert_eq!(create_options(&before), " options (\"user\" 'u')");
    }

    #[test]
    fn options_a_role_may_not_see_are_never_altered() {
        let mapping = |options: Option<Vec<ForeignOption>>| UserMapping {
            role: "app".into(),
            server: "s".into(),
            options,
        };
        let hidden = mapping(None);
        let known = mapping(Some(vec![option("user", Some("u"))]));
        assert!(hidden.options_eq(&known) && known.options_eq(&hidden));
        let mut warnings = vec![];
        let step = hidden.create_step(Action::Create, &mut warnings);
        assert_eq!(step.sql, "create user mapping for \"app\" server \"s\";");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        let public = UserMapping {
            role: "public".into(),
            ..known
        };
        assert_eq!(public.key(), "for public server \"s\"");
    }
}
