//! Belemmerende of bevorderende factor (step Begrijpen), in a domain of the template.

use super::{Context, Tally};
use crate::domain::stepplan::StepKey;
use crate::domain::text;
use crate::error::{FieldErrors, Rule};
use crate::template::Template;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FactorKind {
    /// Belemmerend.
    Hindering,
    /// Bevorderend.
    Helping,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FactorData {
    /// Belemmerend or bevorderend (not `kind`: that is the record's tag).
    pub factor_kind: FactorKind,
    /// A factor domain key of the template (leerling, onderwijs, thuis).
    pub domain: String,
    pub description: String,
}

impl FactorData {
    pub(super) const KIND: &'static str = "factor";

    pub(super) fn step(&self) -> StepKey {
        StepKey::Begrijpen
    }

    pub(super) fn event_date(&self) -> Option<&str> {
        None
    }

    pub(super) fn validated(self, errors: &mut FieldErrors, context: &Context<'_>) -> Self {
        if !Template::has_choice(&context.template.factor_domains, &self.domain) {
            errors.push("domain", Rule::OutOfRange);
        }
        FactorData {
            factor_kind: self.factor_kind,
            description: errors.value(text::required_line("description", &self.description, 1000)),
            domain: self.domain,
        }
    }

    pub(super) fn tally(&self, _id: &str, tally: &mut Tally) {
        match self.factor_kind {
            FactorKind::Helping => tally.facts.helping_factors += 1,
            FactorKind::Hindering => tally.facts.hindering_factors += 1,
        }
    }
}
