//! The evaluation decisions of the stappenplan (DOMAIN.md §4, §5) and where each one leads:
//! afsluiten closes the casus, overleg asks for the meeting record, extra ondersteuning starts
//! the OPP clock, and a TLV is only in view once extra support was given. The template may
//! relabel the decisions; these keys are the ones the code acts on.

/// Closes the casus (with a reason and a date).
pub const CLOSE: &str = "afsluiten";
/// Another cycle of the stappenplan.
pub const NEW_CYCLE: &str = "nieuwe_cyclus";
/// Adjust the approach (formerly "bijstellen"; that word now belongs to the OPP).
pub const ADJUST_APPROACH: &str = "aanpak_aanpassen";
/// A meeting of the ondersteuningsteam or with the samenwerkingsverband.
pub const CONSULT: &str = "overleg_ot_swv";
/// Extra ondersteuning: an OPP is needed (six weeks, DOMAIN.md §7).
pub const EXTRA_SUPPORT: &str = "extra_ondersteuning";
/// Consider a toelaatbaarheidsverklaring.
pub const CONSIDER_TLV: &str = "tlv_overwegen";

/// Every decision key the code acts on; a template must offer all of them.
pub const ALL: [&str; 6] = [
    CLOSE,
    NEW_CYCLE,
    ADJUST_APPROACH,
    CONSULT,
    EXTRA_SUPPORT,
    CONSIDER_TLV,
];

/// The key stored before schema 4 for [`ADJUST_APPROACH`].
pub const LEGACY_ADJUST: &str = "bijstellen";

/// What a casus already holds that makes some decisions possible.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SupportHistory {
    /// Interventions of level `extra`, in any cycle.
    pub extra_interventions: usize,
    /// Evaluations that decided on extra ondersteuning, or the recorded decision date.
    pub extra_support_decisions: usize,
}

impl SupportHistory {
    /// Whether extra ondersteuning was given or decided on.
    pub fn has_extra_support(self) -> bool {
        self.extra_interventions > 0 || self.extra_support_decisions > 0
    }
}

/// Why a decision cannot be taken now (Dutch, for the screen), or `None` when it can.
pub fn unavailable_reason(key: &str, history: SupportHistory) -> Option<&'static str> {
    if key == CONSIDER_TLV && !history.has_extra_support() {
        return Some(
            "Een TLV komt pas in beeld als er extra ondersteuning is ingezet. Leg eerst een \
             interventie op niveau ‘extra’ vast of kies ‘Extra ondersteuning inzetten (OPP)’.",
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tlv_needs_extra_support_first() {
        let none = SupportHistory::default();
        assert!(unavailable_reason(CONSIDER_TLV, none).is_some());
        assert!(unavailable_reason(CLOSE, none).is_none());
        let intervention = SupportHistory {
            extra_interventions: 1,
            ..none
        };
        assert!(unavailable_reason(CONSIDER_TLV, intervention).is_none());
        let decided = SupportHistory {
            extra_support_decisions: 1,
            ..none
        };
        assert!(unavailable_reason(CONSIDER_TLV, decided).is_none());
    }
}
