//! Functions and procedures of every language (`pg_proc` prokind `f`, `p`, `w`), and aggregates (`a`).

use crate::model::Text;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::common::{is_false, Privilege};

/// A function, procedure or window function of any language, but for those PostgreSQL made
/// itself (multirange constructors) and extensions' members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Function {
    /// The schema the routine is in (`pg_namespace.nspname` of `pronamespace`).
    pub schema: Text,
    /// The routine's name (`pg_proc.proname`); overloads share it.
    pub name: Text,
    /// The arguments that tell overloads apart, as `pg_get_function_identity_arguments` prints
    /// them: modes, names and types, without defaults, and without a function's `OUT`
    /// arguments, e.g. `a integer, VARIADIC b text[]`; empty for none. With `schema` and `name`
    /// it is the routine's identity, what `DROP FUNCTION` and `COMMENT ON FUNCTION` take. For
    /// procedures the `IN ` that 14+ prints before each argument is stripped, so every major
    /// agrees.
    pub identity_arguments: Text,
    /// The whole argument list as `pg_get_function_arguments` prints it, what `CREATE FUNCTION`
    /// takes: unlike `identity_arguments`, it includes `OUT` arguments and `DEFAULT`
    /// expressions, e.g. `a integer, b text DEFAULT 'x'::text, OUT c integer`. Procedures: `IN `
    /// stripped too.
    pub arguments: Text,
    /// The result type as `pg_get_function_result` prints it, e.g. `integer`, `SETOF text` or
    /// `TABLE(a integer, b text)`; absent for procedures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Text>,
    /// Whether the routine is a function, a procedure or a window function (`prokind`).
    pub kind: FunctionKind,
    /// The language's name (`pg_language.lanname` of `prolang`), e.g. `sql`, `plpgsql` or `c`.
    pub language: Text,
    /// `immutable`, `stable` or `volatile` (`provolatile`).
    pub volatility: Text,
    /// `STRICT`, also `RETURNS NULL ON NULL INPUT` (`proisstrict`); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub strict: bool,
    /// `SECURITY DEFINER` (`prosecdef`); absent means false (`SECURITY INVOKER`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub security_definer: bool,
    /// `LEAKPROOF` (`proleakproof`); absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub leakproof: bool,
    /// `safe`, `restricted` or `unsafe`: the `PARALLEL` setting (`proparallel`).
    pub parallel: Text,
    /// The function returns a set, `RETURNS SETOF ...` or `RETURNS TABLE (...)` (`proretset`);
    /// absent means false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub returns_set: bool,
    /// The routine's `SET` clauses (`proconfig`), each `name=value`, e.g.
    /// `search_path=public`; sorted. Empty when it has none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub config: Vec<Text>,
    /// The full `CREATE OR REPLACE FUNCTION` (or `PROCEDURE`) statement from
    /// `pg_get_functiondef`, attributes and body included.
    pub definition: Text,
    /// The owning role's name (`pg_get_userbyid(proowner)`).
    pub owner: Text,
    /// The routine's comment (`COMMENT ON FUNCTION`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Privileges granted on the routine, from `aclexplode` of `proacl` (of
    /// `acldefault('f', owner)` when it is null, so a routine never granted nor revoked lists
    /// `EXECUTE` to `PUBLIC`), without the entries whose grantee is the owner; sorted by grantee
    /// and privilege.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}

/// The kind of routine, from `pg_proc.prokind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FunctionKind {
    /// A plain function, `CREATE FUNCTION` (prokind `f`).
    Function,
    /// A procedure, `CREATE PROCEDURE` (prokind `p`), called with `CALL`; it has no result.
    Procedure,
    /// A window function, `CREATE FUNCTION ... WINDOW` (prokind `w`).
    Window,
}

/// An aggregate (`pg_proc` prokind `a` with its `pg_aggregate` row), but for extensions' members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Aggregate {
    /// The schema the aggregate is in (`pg_namespace.nspname` of `pronamespace`).
    pub schema: Text,
    /// The aggregate's name (`pg_proc.proname`); overloads share it.
    pub name: Text,
    /// The arguments that tell overloads apart, as `pg_get_function_identity_arguments` prints
    /// them, e.g. `integer`, or `p double precision ORDER BY v anyelement` for an ordered-set
    /// aggregate; empty for an aggregate over no arguments (SQL writes it `*`). With `schema`
    /// and `name` it is the aggregate's identity.
    pub identity_arguments: Text,
    /// The argument types alone, as `oidvectortypes(proargtypes)` prints them, e.g. `double
    /// precision, anyelement`: what `GRANT ... ON FUNCTION` takes, which has no `ORDER BY` form.
    pub argument_types: Text,
    /// The state transition function (`SFUNC`; `aggtransfn::regproc`), schema-qualified only when
    /// not visible on the session's `search_path`.
    pub transition_function: Text,
    /// The state value's data type (`STYPE`), as `format_type(aggtranstype)` prints it.
    pub state_type: Text,
    /// The final function (`FINALFUNC`; `aggfinalfn::regproc`); absent when the aggregate has
    /// none and returns the state itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_function: Option<Text>,
    /// The combine function used for parallel aggregation (`COMBINEFUNC`;
    /// `aggcombinefn::regproc`); absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub combine_function: Option<Text>,
    /// The state's initial value (`INITCOND`; `agginitval`), in the state type's text form;
    /// absent when the state starts null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_condition: Option<Text>,
    /// `normal`, `ordered_set` or `hypothetical` (`aggkind` `n`, `o`, `h`).
    pub aggregate_kind: Text,
    /// The whole `create aggregate` statement, without its semicolon, written by the catalog
    /// query from `pg_aggregate` (PostgreSQL has no `pg_get_aggregatedef`): the name, the
    /// arguments as `pg_get_function_arguments` prints them (`*` for none), then one option a
    /// line, those at their defaults left out: `sfunc`, `stype`, `sspace`, `finalfunc`,
    /// `finalfunc_extra`, `finalfunc_modify`, `combinefunc`, `serialfunc`, `deserialfunc`,
    /// `initcond`, the moving-aggregate options (`msfunc`, `minvfunc`, `mstype`, `msspace`,
    /// `mfinalfunc`, `mfinalfunc_extra`, `mfinalfunc_modify`, `minitcond`), `sortop`,
    /// `parallel`, `hypothetical`. Functions and types are named as `regproc` and `format_type`
    /// print them (schema-qualified when not visible on the `search_path`).
    pub definition: Text,
    /// The owning role's name (`pg_get_userbyid(proowner)`).
    pub owner: Text,
    /// The aggregate's comment (`COMMENT ON AGGREGATE`), from `pg_description`; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<Text>,
    /// Privileges granted on the aggregate, from `aclexplode` of `proacl` (of
    /// `acldefault('f', owner)` when it is null, so `EXECUTE` to `PUBLIC` by default), without
    /// the entries whose grantee is the owner; sorted by grantee and privilege.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub privileges: Vec<Privilege>,
}
