//! What every kind can say about itself for the generators that cut across kinds: comments and
//! privileges. Each kind answers in its own terms; `comment.rs` and `diff/privileges.rs` never
//! look inside a kind.

use super::{Identify, ObjectId};
use crate::model::{Catalog, Listed};

use crate::model::Privilege;

pub(crate) trait CatalogObject: Listed {
    /// How COMMENT ON names it: `table "s"."t"`, `constraint "c" on "s"."t"`.
    fn comment_target(&self) -> String;
    fn comment(&self) -> Option<&str>;
    /// The object as its catalog entry, for showing what changed (a change's `before` and `after`).
    fn describe(&self) -> Description;
    /// How GRANT names it (`table "s"."v"` for a view too), for kinds that carry privileges.
    fn grant_target(&self) -> Option<String> {
        None
    }
    fn privileges(&self) -> &[Privilege] {
        &[]
    }
    /// What PostgreSQL grants on a new object of this kind, besides its owner's own privileges.
    fn default_privileges(&self) -> Vec<Privilege> {
        vec![]
    }
    /// For kinds with an owner: how `ALTER ... OWNER TO` names the object (`table "s"."t"`)
    /// and the owning role (empty when unknown), for `--with-owners`.
    fn owner(&self) -> Option<(String, &str)> {
        None
    }
}

/// Whether the FROM catalog's server predates the `MAINTAIN` privilege (PostgreSQL 17), so that
/// a migration applied to it cannot grant it, though a target read from a newer server holds it
/// wherever `GRANT ALL` was given. An `EMPTY` side (`server_version_num` 0) is taken to have it.
pub(crate) fn lacks_maintain(from: &Catalog) -> bool {
    (1..170_000).contains(&from.server_version_num)
}

/// The warning for a `MAINTAIN` grant left out because the FROM server has no such privilege.
pub(crate) fn maintain_warning(from: &Catalog, grant: &str) -> String {
    format!(
        "not granted, the FROM catalog's server (PostgreSQL {}) has no MAINTAIN privilege: {grant}",
        from.server_version_num / 10_000
    )
}

pub(crate) fn public(privilege: &str) -> Vec<Privilege> {
    vec![Privilege {
        grantee: "PUBLIC".into(),
        privilege: privilege.into(),
        grantable: false,
    }]
}

/// Every object of a catalog that can carry a comment or privileges: those of the lists the
/// table of kinds declares as `object` (`model/declarations.rs`).
pub(crate) fn objects(c: &Catalog) -> Vec<&dyn CatalogObject> {
    let mut out: Vec<&dyn CatalogObject> = vec![];
    macro_rules! objects_of {
        ($(($list:ident, $ty:ident, [$($kind:ident),*], $shape:ident [$($field:ident),+], $schema:ident [$($schema_field:ident)?], $diffed:ident, $create:ident, $drop:ident, [$($doc:literal),*])),+) => {
            $( objects_of!(@$diffed $list); )+
        };
        (@object $list:ident) => {
            out.extend(c.$list.iter().map(|x| x as &dyn CatalogObject))
        };
        (@$other:ident $list:ident) => {};
    }
    crate::model::declarations::for_each_list!(objects_of);
    out
}

/// Implements [`CatalogObject`] for a kind from its `id()` and `key()` methods: the word COMMENT
/// ON uses, and, for kinds with privileges, the word GRANT uses and PUBLIC's default privilege;
/// for kinds with an `owner` field, the word ALTER ... OWNER TO uses.
macro_rules! catalog_object {
    ($t:ty, comment: $word:expr $(, owner: $owner:expr)?) => {
        impl crate::core::object::CatalogObject for $t {
            fn comment_target(&self) -> String {
                format!("{} {}", $word, self.key())
            }
            fn comment(&self) -> Option<&str> {
                self.comment.as_deref()
            }
            fn describe(&self) -> crate::core::object::Description {
                crate::core::object::describe(self)
            }
            $(
                fn owner(&self) -> Option<(String, &str)> {
                    Some((format!("{} {}", $owner, self.key()), &self.owner))
                }
            )?
        }
    };
    ($t:ty, comment: $word:expr, grant: $grant:expr, public: $public:expr $(, owner: $owner:expr)?) => {
        impl crate::core::object::CatalogObject for $t {
            fn comment_target(&self) -> String {
                format!("{} {}", $word, self.key())
            }
            fn comment(&self) -> Option<&str> {
                self.comment.as_deref()
            }
            fn describe(&self) -> crate::core::object::Description {
                crate::core::object::describe(self)
            }
            fn grant_target(&self) -> Option<String> {
                Some(format!("{} {}", $grant, self.key()))
            }
            fn privileges(&self) -> &[crate::model::Privilege] {
                &self.privileges
            }
            fn default_privileges(&self) -> Vec<crate::model::Privilege> {
                let public: Option<&str> = $public;
                public.map(crate::core::object::public).unwrap_or_default()
            }
            $(
                fn owner(&self) -> Option<(String, &str)> {
                    Some((format!("{} {}", $owner, self.key()), &self.owner))
                }
            )?
        }
    };
}
pub(crate) use catalog_object;

/// An object's catalog entry as a JSON object.
pub(crate) type Description = serde_json::Map<String, serde_json::Value>;

/// `object`'s catalog entry, as its catalog file holds it. (Every catalog item is a struct,
/// which serializes as an object; anything else would describe as an empty one.)
pub(crate) fn describe<T: serde::Serialize>(object: &T) -> Description {
    match serde_json::to_value(object) {
        Ok(serde_json::Value::Object(entry)) => entry,
        _ => Description::new(),
    }
}

impl Identify for dyn CatalogObject + '_ {
    fn id(&self) -> ObjectId {
        super::identity::id_of(self)
    }

    fn key(&self) -> String {
        super::identity::key_of_listed(self)
    }
}
