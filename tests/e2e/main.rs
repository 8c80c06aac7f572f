//! The real app end to end: the built `ibis` binary in a real WebKitGTK window under Xvfb,
//! driven through WebKitWebDriver. Its data folder is a temp folder (`IBIS_DATA_DIR`), so the
//! user's real vault is never touched.
//!
//! The PDF export runs too: WebDriver cannot drive the native GTK save dialog, so the test sets
//! `IBIS_E2E_SAVE_DIR` (the app's documented test seam) and the app saves there under the
//! proposed file name; the test then reads the PDF back with pdftotext.
//!
//! The seams (`IBIS_E2E_*`) exist only in an app built with the cargo feature `e2e-seams`:
//! `make e2e` builds `ibis` with it before running this suite; a plain build ignores them.
//!
//! Needs a display and WebKitWebDriver, so it is `#[ignore]`d in a plain `cargo test`;
//! `make e2e` (part of `make test`) runs it under `xvfb-run` with `--ignored`.
// A test binary: a failed expectation is a failing test, so unwrap/expect are allowed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod escalation;
mod hearing;
mod opp;
mod stepplan;
mod tlv;

use fantoccini::{Client, ClientBuilder, Locator};
use ibis_tests::{binary, snapshot};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub(crate) const PASSPHRASE: &str = "e2e-wachtwoord-lang";
const FIRST: &str = "Zoë";
const LAST: &str = "Testleerling-Ëlif";

/// WebKitWebDriver for one session; killed when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start(data_dir: &Path, extra_env: &[(&str, &str)]) -> Driver {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new("WebKitWebDriver")
            .arg(format!("--port={port}"))
            .env("TAURI_WEBVIEW_AUTOMATION", "true")
            .env("IBIS_DATA_DIR", data_dir)
            .env_remove("IBIS_DEMO")
            .env_remove("IBIS_E2E_AUTO_LOCK_SECONDS")
            .envs(extra_env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect(
                "WebKitWebDriver starts (apt package webkit2gtk-driver; `make setup` installs it)",
            );
        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "WebKitWebDriver did not listen on port {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver { child, port }
    }

    async fn session(&self) -> Client {
        let app = binary("ibis");
        let mut caps = serde_json::Map::new();
        caps.insert(
            "webkitgtk:browserOptions".into(),
            serde_json::json!({ "binary": app.to_string_lossy(), "args": [] }),
        );
        ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("a WebDriver session on the Ibis window")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if let Err(err) = self.child.kill() {
            eprintln!("WebKitWebDriver already gone: {err}");
        }
        if let Err(err) = self.child.wait() {
            eprintln!("WebKitWebDriver wait: {err}");
        }
    }
}

pub(crate) async fn wait_for(client: &Client, css: &str) -> fantoccini::elements::Element {
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css} did not appear: {e}"))
}

pub(crate) async fn type_into(client: &Client, css: &str, text: &str) {
    let field = wait_for(client, css).await;
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

pub(crate) async fn click(client: &Client, css: &str) {
    wait_for(client, css).await.click().await.unwrap();
}

/// Saves a screenshot of the whole page, scrolled so `css` is at the top of a tall window, as
/// `<IBIS_E2E_SHOTS>/<name>.png` when that variable names a folder, so a person can look at the
/// real window's screens after a run; does nothing otherwise.
pub(crate) async fn shot(client: &Client, name: &str, css: &str) {
    let Some(dir) = std::env::var_os("IBIS_E2E_SHOTS") else {
        return;
    };
    let (width, height) = client.get_window_size().await.expect("window size");
    client
        .set_window_size(1280, 2400)
        .await
        .expect("a tall window");
    client
        .execute(
            "document.querySelector(arguments[0]).scrollIntoView(true);",
            vec![serde_json::Value::from(css)],
        )
        .await
        .expect("scrolled");
    let png = client.screenshot().await.expect("a screenshot");
    std::fs::write(Path::new(&dir).join(format!("{name}.png")), png).expect("the shot is written");
    client
        .set_window_size(
            u32::try_from(width).unwrap_or(1280),
            u32::try_from(height).unwrap_or(800),
        )
        .await
        .expect("the window size back");
}

/// Waits until the element's text contains `needle`.
pub(crate) async fn wait_for_text(client: &Client, css: &str, needle: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(element) = client.find(Locator::Css(css)).await
            && let Ok(text) = element.text().await
            && text.contains(needle)
        {
            return text;
        }
        assert!(
            Instant::now() < deadline,
            "{css} never contained {needle:?}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn journey(client: &Client, data_dir: &Path) {
    create_vault(client).await;
    add_pupil(client, FIRST, LAST).await;
    lock_wrong_then_right(client, data_dir).await;
}

/// First run: create the vault and pass the recovery-key screen.
pub(crate) async fn create_vault(client: &Client) {
    type_into(client, "#new-passphrase", PASSPHRASE).await;
    type_into(client, "#new-passphrase-repeat", PASSPHRASE).await;
    click(client, "#create-vault").await;
    let key = wait_for(client, "#recovery-key")
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(key.trim().len(), 39, "recovery key shown: {key:?}");
    let continue_button = wait_for(client, "#recovery-continue").await;
    assert!(
        continue_button.attr("disabled").await.unwrap().is_some(),
        "continue needs the checkbox"
    );
    click(client, "#recovery-saved").await;
    click(client, "#recovery-continue").await;
}

/// Adds a pupil and waits for the pupil page.
pub(crate) async fn add_pupil(client: &Client, first: &str, last: &str) {
    click(client, "#add-pupil").await;
    type_into(client, "#pupil-firstName", first).await;
    type_into(client, "#pupil-lastName", last).await;
    type_into(client, "#pupil-birthDate", "14-05-2016").await;
    type_into(client, "#pupil-grade", "5").await;
    type_into(client, "#pupil-school", "OBS De Regenboog").await;
    click(client, "#pupil-save").await;
    wait_for_text(client, "main h1", last).await;
}

async fn lock_wrong_then_right(client: &Client, data_dir: &Path) {
    // Lock; a wrong passphrase shows the Dutch error and changes no byte of the vault.
    click(client, "#lock-button").await;
    wait_for(client, "#unlock-passphrase").await;
    let vault_dir = data_dir.join("vault");
    let before = snapshot(&vault_dir);
    type_into(client, "#unlock-passphrase", "dit-is-fout-fout").await;
    click(client, "#unlock-submit").await;
    wait_for_text(client, "#unlock-error", "Onjuist wachtwoord").await;
    assert_eq!(
        before,
        snapshot(&vault_dir),
        "a wrong passphrase changed the vault files"
    );

    // Unlock with the right one: the pupil is there.
    type_into(client, "#unlock-passphrase", PASSPHRASE).await;
    click(client, "#unlock-submit").await;
    wait_for(client, "#lock-button").await;
    click(client, "#nav-pupils").await;
    wait_for_text(client, "[data-testid=\"pupil-row\"]", LAST).await;
    type_into(client, "#pupil-search", "elif").await;
    wait_for_text(client, "[data-testid=\"pupil-row\"]", FIRST).await;
}

/// Runs `journey` against a fresh app on a temp data folder (two minutes at most).
fn with_app<F>(extra_env: &[(&str, &str)], journey: F)
where
    F: for<'a> FnOnce(
        &'a Driver,
        &'a Path,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + 'a>>,
{
    let data_dir = tempfile::tempdir().unwrap();
    let driver = Driver::start(data_dir.path(), extra_env);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let outcome =
            tokio::time::timeout(Duration::from_secs(180), journey(&driver, data_dir.path())).await;
        outcome.expect("the journey finished within three minutes");
    });
    // The vault is real and encrypted.
    let db = std::fs::read(data_dir.path().join("vault/ibis.db")).unwrap();
    assert!(!db.starts_with(b"SQLite format 3"));
}

#[test]
#[ignore = "needs a display and WebKitWebDriver: run `make e2e` (part of `make test`)"]
fn create_vault_add_pupil_lock_wrong_passphrase_unlock() {
    with_app(&[], |driver, data_dir| {
        Box::pin(async move {
            let client = driver.session().await;
            journey(&client, data_dir).await;
            close(client).await;
        })
    });
}

#[test]
#[ignore = "needs a display and WebKitWebDriver: run `make e2e` (part of `make test`)"]
fn one_full_stappenplan_cycle_then_a_new_cycle_and_a_pdf() {
    let save_dir = tempfile::tempdir().unwrap();
    let save = save_dir.path().to_string_lossy().into_owned();
    with_app(&[("IBIS_E2E_SAVE_DIR", &save)], |driver, _data_dir| {
        Box::pin(async move {
            let client = driver.session().await;
            stepplan::full_cycle(&client).await;
            close(client).await;
        })
    });
    // Table cells wrap: compare with whitespace folded.
    let text = exported_text(save_dir.path(), "casusoverzicht-MC-")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for expected in stepplan::IN_THE_PDF {
        assert!(
            text.contains(expected),
            "{expected} missing from the PDF:\n{text}"
        );
    }
}

/// The one PDF whose name starts with `prefix`, read back with pdftotext. Every file in the
/// folder must be a finished PDF (no temporary left behind).
fn exported_text(save_dir: &Path, prefix: &str) -> String {
    let files: Vec<_> = std::fs::read_dir(save_dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    let names: Vec<String> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| n.ends_with(".pdf")),
        "no temporary left: {names:?}"
    );
    let ours: Vec<_> = files
        .iter()
        .zip(&names)
        .filter(|(_, name)| name.starts_with(prefix))
        .collect();
    assert_eq!(
        ours.len(),
        1,
        "exactly one {prefix}… file, named with initials only: {names:?}"
    );
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(ours[0].0)
        .arg("-")
        .output()
        .expect("pdftotext (make setup installs poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
#[ignore = "needs a display and WebKitWebDriver: run `make e2e` (part of `make test`)"]
fn a_hearing_in_gespreksmodus_reaches_both_pdfs_verbatim() {
    let save_dir = tempfile::tempdir().unwrap();
    let save = save_dir.path().to_string_lossy().into_owned();
    with_app(&[("IBIS_E2E_SAVE_DIR", &save)], |driver, _data_dir| {
        Box::pin(async move {
            let client = driver.session().await;
            hearing::hold_a_hearing_and_export(&client).await;
            close(client).await;
        })
    });
    let child = exported_text(save_dir.path(), "wat-jij-hebt-verteld-SH-");
    let overview = exported_text(save_dir.path(), "casusoverzicht-SH-");
    for (document, text) in [
        ("Wat jij hebt verteld", &child),
        ("casusoverzicht", &overview),
    ] {
        for line in hearing::WORDS {
            assert!(
                text.lines().any(|l| l.contains(line)),
                "{line:?} is not a line of the {document}:\n{text}"
            );
        }
    }
    assert!(child.contains("Voor Sara"), "{child}");
    assert!(!child.contains(hearing::LAST), "first name only:\n{child}");
    assert!(overview.contains("Visie leerling"), "{overview}");
}

#[test]
#[ignore = "needs a display and WebKitWebDriver: run `make e2e` (part of `make test`)"]
fn from_the_decision_for_extra_support_to_a_printed_opp() {
    let save_dir = tempfile::tempdir().unwrap();
    let save = save_dir.path().to_string_lossy().into_owned();
    with_app(&[("IBIS_E2E_SAVE_DIR", &save)], |driver, _data_dir| {
        Box::pin(async move {
            let client = driver.session().await;
            opp::from_decision_to_printed_opp(&client).await;
            close(client).await;
        })
    });
    // Table cells and signature blocks wrap: compare with whitespace folded.
    let text = exported_text(save_dir.path(), "opp-NP-versie-1-")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "Ontwikkelingsperspectiefplan (OPP)",
        "OPP versie 1 · vastgesteld op",
        opp::NEED,
        opp::HINDERING,
        opp::HELPING,
        opp::SUPPORT,
        opp::REASONING,
        opp::PUPIL_WORDS,
        "vmbo kaderberoepsgerichte leerweg",
        "Technisch lezen",
        "Perspectiefdeel — besproken met ouders (OOGO)",
        "Handelingsdeel — ouders gaan akkoord / gaan niet akkoord",
        opp::MOTHER,
        "Vastgelegde instemming Ingestemd",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from the printed OPP:\n{text}"
        );
    }
    assert!(
        !text.contains("CONCEPT"),
        "a vastgestelde version is no concept:\n{text}"
    );
}

#[test]
#[ignore = "needs a display and WebKitWebDriver: run `make e2e` (part of `make test`)"]
fn typed_text_survives_auto_lock_and_restart() {
    with_app(
        &[("IBIS_E2E_AUTO_LOCK_SECONDS", "3")],
        |driver, _data_dir| {
            Box::pin(async move {
                let client = driver.session().await;
                stepplan::draft_survives_auto_lock(&client).await;
                close(client).await;
                // A new app process on the same vault.
                let client = driver.session().await;
                stepplan::draft_survives_restart(&client).await;
                close(client).await;
            })
        },
    );
}

#[test]
#[ignore = "needs a display and WebKitWebDriver: run `make e2e` (part of `make test`)"]
fn veiligheid_goes_to_the_meldcode_behind_the_passphrase_and_a_dispute_shows_its_ladder() {
    with_app(&[], |driver, _data_dir| {
        Box::pin(async move {
            let client = driver.session().await;
            escalation::safety_to_meldcode_then_a_dispute(&client).await;
            close(client).await;
        })
    });
}

#[test]
#[ignore = "needs a display and WebKitWebDriver: run `make e2e` (part of `make test`)"]
fn a_tlv_aanvraag_with_two_deskundigen_refused_number_then_granted_until_31_july() {
    with_app(&[], |driver, _data_dir| {
        Box::pin(async move {
            let client = driver.session().await;
            tlv::aanvraag_to_granted(&client).await;
            close(client).await;
        })
    });
}

#[test]
#[ignore = "needs a display and WebKitWebDriver: run `make e2e` (part of `make test`)"]
fn a_tlv_dossier_with_an_attached_pdf_has_contents_stamps_and_no_plaintext_left() {
    let save_dir = tempfile::tempdir().unwrap();
    let source_dir = tempfile::tempdir().unwrap();
    let source = source_dir.path().join("onderzoek.pdf");
    std::fs::write(&source, tlv::one_page_pdf(tlv::CANARY)).unwrap();
    let save = save_dir.path().to_string_lossy().into_owned();
    let attach = source.to_string_lossy().into_owned();
    let started = std::time::SystemTime::now();
    with_app(
        &[
            ("IBIS_E2E_SAVE_DIR", &save),
            ("IBIS_E2E_ATTACH_FILE", &attach),
        ],
        |driver, data_dir| {
            Box::pin(async move {
                let client = driver.session().await;
                tlv::aanvraag_to_granted(&client).await;
                tlv::attach_and_export(&client).await;
                close(client).await;
                // The vault folder (database, attachment file, view folder) holds no plaintext.
                assert_no_canary(&walk(data_dir), started);
            })
        },
    );
    tlv::check_dossier(save_dir.path());
    // Nor does any file written to the temp folder meanwhile (the source and the export aside).
    let new_in_temp: Vec<_> = walk(&std::env::temp_dir())
        .into_iter()
        .filter(|f| !f.starts_with(save_dir.path()) && !f.starts_with(source_dir.path()))
        .collect();
    assert_no_canary(&new_in_temp, started);
}

/// No file in `files` changed since `since` contains the canary word.
fn assert_no_canary(files: &[std::path::PathBuf], since: std::time::SystemTime) {
    for file in files {
        let Ok(meta) = std::fs::metadata(file) else {
            continue;
        };
        if meta.modified().is_ok_and(|m| m >= since) && meta.len() < 256 * 1024 * 1024 {
            let bytes = std::fs::read(file).unwrap_or_default();
            assert!(
                !bytes
                    .windows(tlv::CANARY.len())
                    .any(|w| w == tlv::CANARY.as_bytes()),
                "the canary is in plaintext in {}",
                file.display()
            );
        }
    }
}

/// Every file under `dir` (symlinks not followed; unreadable folders skipped).
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file() {
                files.push(entry.path());
            }
        }
    }
    files
}

async fn close(client: Client) {
    if let Err(err) = client.close().await {
        eprintln!("closing the session: {err}");
    }
}
