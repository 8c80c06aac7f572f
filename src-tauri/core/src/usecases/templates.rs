//! Which template applies: the vault's active template for new casussen and pupil-level
//! records, and the template (id and version) a casus was made with for that casus.
//! Until templates can be imported (issue 11) both are the shipped `landelijk`.

use crate::error::Result;
use crate::store::Store;
use crate::template::Template;

/// The template new casussen and the pupil-level records (hoorrecht, OPP, TLV, geschillen)
/// use now.
pub fn active(_store: &Store) -> Result<Template> {
    Template::landelijk()
}

/// The template a casus was made with.
pub fn resolve(_store: &Store, _id: &str, _version: i32) -> Result<Template> {
    Template::landelijk()
}
