//! How much "Waar kunt u terecht?" says so that it stays on one page: five fits from the
//! parents' larger type with what every contact point does down to 9 pt with contact points by
//! name and details; [`render`] takes the most generous that fits.

use super::build;
use super::{Template, WhereToGoData};
use crate::error::{Error, Result};
use crate::export::model::Audience;
use crate::export::{RenderInfo, Rendered, render_pdf};

/// How much the sheet says, from the most generous to the most compact: [`render`] takes the
/// first that fits one page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// The parents' larger type, with what every contact point does.
    Roomy,
    /// The house style's 10 pt, with what every contact point does.
    Compact,
    /// 10 pt; a contact point by name and how to reach it only (the step's own text says what
    /// happens there).
    Tight,
    /// As [`Fit::Tight`], every line counting: who helps follows the step's text on its line,
    /// small headings, the samenwerkingsverband without a heading, no shaded closing box.
    Terse,
    /// As [`Fit::Terse`] in 9 pt: a long template with many contact details.
    Dense,
}

impl Fit {
    pub const ALL: [Fit; 5] = [Fit::Roomy, Fit::Compact, Fit::Tight, Fit::Terse, Fit::Dense];

    pub(super) fn with_help(self) -> bool {
        matches!(self, Fit::Roomy | Fit::Compact)
    }

    /// Whether every line counts.
    pub(super) fn terse(self) -> bool {
        matches!(self, Fit::Terse | Fit::Dense)
    }

    pub(super) fn audience(self) -> Audience {
        match self {
            Fit::Roomy => Audience::Parent,
            Fit::Compact | Fit::Tight | Fit::Terse => Audience::Professional,
            Fit::Dense => Audience::OnePage,
        }
    }
}

/// Renders the sheet on one page at the most generous [`Fit`] that fits (the tightest when
/// none does), and says which one it took.
pub fn render(
    data: &WhereToGoData,
    template: &Template,
    info: &RenderInfo,
) -> Result<(Rendered, Fit)> {
    let mut rendered = None;
    for fit in Fit::ALL {
        let attempt = render_pdf(&build(data, template, fit), info)?;
        let fits = attempt.pages <= 1;
        rendered = Some((attempt, fit));
        if fits {
            break;
        }
    }
    rendered.ok_or_else(|| Error::Internal("no fit was tried".into()))
}
