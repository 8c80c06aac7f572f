//! The document model: what a printed Ibis document is made of, independent of PDF. Builders
//! (such as [`super::case_overview`]) produce a [`Document`]; the layout turns it into pages.
//! Text is plain Unicode; the layout wraps it on the font's real glyph widths.

/// A whole document: its title (shown in every page header) and its blocks in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Shown in the page header next to "Vertrouwelijk". Content, not metadata: it may name the
    /// pupil; the PDF metadata title comes from [`Metadata`].
    pub header_title: String,
    pub audience: Audience,
    /// A word stamped in a boxed band in the header of every page ("CONCEPT" on a draft OPP);
    /// it never covers body text.
    pub mark: Option<String>,
    pub metadata: Metadata,
    pub blocks: Vec<Block>,
}

/// Who reads the document: decides the type size and the running header and footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Professionals and parents: 10 pt body, a header with the title and "VERTROUWELIJK".
    Professional,
    /// Parents reading a sheet for them (the ouderblad): 11.5 pt body, the professional header.
    Parent,
    /// A sheet that must stay on one page and holds much ("Waar kunt u terecht?" with a long
    /// template): 9 pt body, the professional header. Only a fallback when 10 pt does not fit.
    OnePage,
    /// The child: large type (15 pt body, headings larger), no header, one quiet footer line.
    Child,
}

/// What goes into the PDF's Info dictionary and XMP packet. Builders must never put a pupil's
/// name here (AVG; ARCHITECTURE.md §6); tests check it with a canary name.
#[derive(Debug, Clone, PartialEq)]
pub struct Metadata {
    pub title: String,
    pub subject: String,
    pub keywords: Vec<String>,
}

/// One building block of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// The big title at the top of the first page, with an optional line under it.
    Title {
        text: String,
        subtitle: Option<String>,
    },
    /// A section heading; kept on the same page as the start of the block after it.
    Heading {
        level: HeadingLevel,
        text: String,
    },
    /// Wrapping text; `\n` starts a new line.
    Paragraph {
        text: String,
        style: TextStyle,
    },
    /// A bulleted list; each item wraps with a hanging indent.
    Bullets(Vec<String>),
    /// Label–value pairs in two aligned columns.
    KeyValues(Vec<KeyValue>),
    Table(Table),
    /// A shaded note, e.g. "Nog geen cycli vastgelegd".
    Notice(String),
    /// Someone's own words, verbatim: indented behind a coloured bar, line breaks kept.
    Quote(String),
    /// A 1–5 smiley scale: five drawn faces from sad to happy with the chosen one marked, and a
    /// caption in words ("Jij koos 4 van de 5") so nothing depends on colour.
    Scale {
        chosen: u8,
        caption: String,
    },
    /// A framed empty space with a label in its corner ("Hier mag je tekenen"); it takes the
    /// rest of the page, at least `min_height` points (else it starts on a new page).
    DrawingSpace {
        label: String,
        min_height: f32,
    },
    /// Places for signatures, always kept together on one page.
    Signatures(Vec<Signature>),
    /// Blocks kept together on one page (an agreement block: its heading, what was recorded
    /// and its signatures). Taller than a page, they flow like any other blocks.
    Keep(Vec<Block>),
    /// Vertical space in points.
    Space(f32),
    PageBreak,
}

/// Heading levels, from a main section down to a small caption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadingLevel {
    Section,
    Subsection,
    Minor,
}

/// The three faces of the embedded font family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextStyle {
    Regular,
    Bold,
    Italic,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeyValue {
    pub key: String,
    pub value: String,
}

impl KeyValue {
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        KeyValue {
            key: key.into(),
            value: value.into(),
        }
    }
}

/// A table: the header row repeats after every page break, a row is never cut in half unless
/// it is taller than a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
}

/// A column: its header text and its share of the text width (shares are normalised).
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    pub share: f32,
}

impl Column {
    pub fn new(title: impl Into<String>, share: f32) -> Self {
        Column {
            title: title.into(),
            share,
        }
    }
}

/// One signature place: who signs (role) and, when known, their name.
#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    pub role: String,
    pub name: Option<String>,
    /// Tick boxes under the role, one per option ("gaat akkoord", "gaat niet akkoord").
    pub options: Vec<String>,
}

impl Signature {
    /// A signature place without tick boxes.
    pub fn new(role: impl Into<String>, name: Option<String>) -> Self {
        Signature {
            role: role.into(),
            name,
            options: Vec::new(),
        }
    }
}
