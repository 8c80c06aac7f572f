//! Reading PDFs back with the tools a reviewer would use: poppler-utils (pdftotext, pdffonts,
//! pdfinfo) and qpdf, both installed by `make setup`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A PDF file on disk (kept alive with its temp folder).
pub struct Pdf {
    _dir: Option<tempfile::TempDir>,
    pub path: PathBuf,
}

/// One word's box from `pdftotext -bbox`, in points from the top-left corner.
#[derive(Debug)]
pub struct WordBox {
    pub word: String,
    pub x_min: f32,
    pub x_max: f32,
    pub y_min: f32,
    pub y_max: f32,
}

fn run(program: &str, args: &[&str]) -> std::process::Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} is not installed (make setup): {e}"))
}

fn stdout_of(program: &str, args: &[&str]) -> String {
    let output = run(program, args);
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("tool output is UTF-8")
}

impl Pdf {
    /// Writes `bytes` to a temp file (and to `$IBIS_KEEP_PDF/<name>.pdf` when set).
    pub fn write(name: &str, bytes: &[u8]) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(format!("{name}.pdf"));
        std::fs::write(&path, bytes).expect("write pdf");
        if let Some(keep) = std::env::var_os("IBIS_KEEP_PDF") {
            std::fs::create_dir_all(&keep).expect("keep folder");
            std::fs::write(Path::new(&keep).join(format!("{name}.pdf")), bytes).expect("keep");
        }
        Pdf {
            _dir: Some(dir),
            path,
        }
    }

    pub fn open(path: &Path) -> Self {
        Pdf {
            _dir: None,
            path: path.to_path_buf(),
        }
    }

    fn path_str(&self) -> &str {
        self.path.to_str().expect("utf-8 temp path")
    }

    /// The whole text in reading order (pdftotext, UTF-8).
    pub fn text(&self) -> String {
        stdout_of("pdftotext", &["-enc", "UTF-8", self.path_str(), "-"])
    }

    /// The text in content-stream order with every line as drawn (pdftotext -raw): unlike the
    /// default mode, it does not re-join words hyphenated at a line end.
    pub fn raw_text(&self) -> String {
        stdout_of(
            "pdftotext",
            &["-raw", "-enc", "UTF-8", self.path_str(), "-"],
        )
    }

    pub fn pages(&self) -> usize {
        let info = self.info();
        info.lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .and_then(|n| n.trim().parse().ok())
            .expect("pdfinfo reports pages")
    }

    /// pdfinfo's Info dictionary fields followed by the XMP packet.
    pub fn info(&self) -> String {
        let fields = stdout_of("pdfinfo", &["-enc", "UTF-8", self.path_str()]);
        let xmp = stdout_of("pdfinfo", &["-enc", "UTF-8", "-meta", self.path_str()]);
        format!("{fields}\n{xmp}")
    }

    /// (font name, embedded?) for every font pdffonts lists.
    pub fn fonts(&self) -> Vec<(String, bool)> {
        let out = stdout_of("pdffonts", &[self.path_str()]);
        out.lines()
            .skip(2)
            .filter(|l| !l.trim().is_empty())
            .map(|line| {
                let columns: Vec<&str> = line.split_whitespace().collect();
                // name type [type…] encoding emb sub uni object ID: emb is 5th from the end.
                let embedded = columns.len() >= 5 && columns[columns.len() - 5] == "yes";
                (columns[0].to_owned(), embedded)
            })
            .collect()
    }

    pub fn qpdf_check(&self) {
        let output = run("qpdf", &["--check", self.path_str()]);
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success() && text.contains("No syntax or stream encoding errors"),
            "qpdf --check: {text}{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }

    /// The file with every stream decompressed and no object streams (qpdf --qdf).
    pub fn decompressed(&self) -> Vec<u8> {
        let out = self.path.with_extension("qdf.pdf");
        let out_str = out.to_str().expect("utf-8 path");
        let status = run(
            "qpdf",
            &[
                "--qdf",
                "--object-streams=disable",
                self.path_str(),
                out_str,
            ],
        );
        assert!(status.status.success(), "qpdf --qdf failed");
        std::fs::read(&out).expect("read qdf")
    }

    /// Word boxes of all pages (pdftotext -bbox).
    pub fn word_boxes(&self) -> Vec<WordBox> {
        let html = stdout_of(
            "pdftotext",
            &["-bbox", "-enc", "UTF-8", self.path_str(), "-"],
        );
        html.lines()
            .filter(|l| l.trim_start().starts_with("<word "))
            .map(|line| {
                let attr = |name: &str| -> f32 {
                    let key = format!("{name}=\"");
                    let start = line.find(&key).expect("attribute") + key.len();
                    let end = start + line[start..].find('"').expect("closing quote");
                    line[start..end].parse().expect("number")
                };
                let word = line
                    .split('>')
                    .nth(1)
                    .and_then(|rest| rest.split('<').next())
                    .unwrap_or_default()
                    .to_owned();
                WordBox {
                    word,
                    x_min: attr("xMin"),
                    x_max: attr("xMax"),
                    y_min: attr("yMin"),
                    y_max: attr("yMax"),
                }
            })
            .collect()
    }
}

/// Text of one page (1-based).
pub fn page_text(pdf: &Pdf, page: usize) -> String {
    let n = page.to_string();
    stdout_of(
        "pdftotext",
        &["-enc", "UTF-8", "-f", &n, "-l", &n, pdf.path_str(), "-"],
    )
}
