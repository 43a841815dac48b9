//! Keeping only some schemas of a catalog: migra's `--schema` and `--exclude-schema`.

use crate::model::Catalog;

/// Which schemas a diff or a fetch looks at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SchemaFilter {
    /// Only this schema, when set.
    pub only: Option<String>,
    /// Never these schemas.
    pub exclude: Vec<String>,
}

impl SchemaFilter {
    /// Whether the filter keeps every schema.
    pub fn is_empty(&self) -> bool {
        self.only.is_none() && self.exclude.is_empty()
    }

    /// Whether objects in `schema` are kept.
    pub fn keeps(&self, schema: &str) -> bool {
        if let Some(only) = &self.only {
            if only != schema {
                return false;
            }
        }
        !self.exclude.iter().any(|e| e == schema)
    }
}

impl Catalog {
    /// Drops every object that lives in a schema the filter rejects. Extensions are kept or dropped
    /// by the schema they are installed in; event triggers and default privileges without a schema
    /// are kept only when no `only` schema is set, as they belong to no schema.
    pub fn retain_schemas(&mut self, filter: &SchemaFilter) {
        if filter.is_empty() {
            return;
        }
        let keep = |s: &str| filter.keeps(s);
        let schemaless_kept = filter.only.is_none();
        macro_rules! retain {
            ($(($list:ident, $ty:ident, [$($kind:ident),*], $shape:ident [$($field:ident),+], $schema:ident [$($schema_field:ident)?], $diffed:ident, $create:ident, $drop:ident, [$($doc:literal),*])),+) => {
                $( retain!(@$schema $list $($schema_field)?); )+
            };
            (@field $list:ident $field:ident) => {
                self.$list.retain(|x| keep(&x.$field))
            };
            (@optional $list:ident $field:ident) => {
                self.$list.retain(|x| match &x.$field {
                    Some(s) => keep(s),
                    None => schemaless_kept,
                })
            };
            (@none $list:ident) => {
                self.$list.retain(|_| schemaless_kept)
            };
        }
        crate::model::declarations::for_each_list!(retain);
        self.unmodeled.retain(|o| match &o.schema {
            Some(s) => keep(s),
            None => schemaless_kept,
        });
        self.dependencies.retain(|d| {
            [&d.dependent.schema, &d.referenced.schema]
                .iter()
                .all(|s| s.as_deref().is_none_or(keep))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_and_exclude() {
        let f = SchemaFilter {
            only: Some("a".into()),
            exclude: vec![],
        };
        assert!(f.keeps("a"));
        assert!(!f.keeps("b"));
        let f = SchemaFilter {
            only: None,
            exclude: vec!["b".into()],
        };
        assert!(f.keeps("a"));
        assert!(!f.keeps("b"));
    }
}
