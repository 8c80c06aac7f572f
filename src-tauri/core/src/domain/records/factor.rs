//! Belemmerende of bevorderende factor (step Begrijpen), in a domain of the template.

use super::{Context, RecordKind, Tally};
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

impl RecordKind for FactorData {
    const KIND: &'static str = "factor";
    const LABEL: &'static str = "Factor";

    fn step(&self) -> StepKey {
        StepKey::Begrijpen
    }

    fn event_date(&self) -> Option<&str> {
        None
    }

    fn validated(self, errors: &mut FieldErrors, context: &Context<'_>) -> Self {
        if !Template::has_choice(&context.template.factor_domains, &self.domain) {
            errors.push("domain", Rule::OutOfRange);
        }
        FactorData {
            factor_kind: self.factor_kind,
            description: errors.value(text::required_line("description", &self.description, 1000)),
            domain: self.domain,
        }
    }

    fn tally(&self, _id: &str, tally: &mut Tally) {
        match self.factor_kind {
            FactorKind::Helping => tally.facts.helping_factors += 1,
            FactorKind::Hindering => tally.facts.hindering_factors += 1,
        }
    }

    fn headline(&self, _template: &Template) -> String {
        self.description.clone()
    }
}
