//! The command-line grammar.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "ibis-cli",
    version,
    about = "Beheer van een Ibis-kluis: controleren, wachtwoord wijzigen, herstellen, leerlingen, casussen en exports.",
    after_help = "Wachtwoord: uit IBIS_PASSPHRASE, anders gevraagd zonder echo.\n\
                  Exitcodes: 0 ok, 2 gebruik, 3 onjuist wachtwoord, 4 kluis beschadigd of onleesbaar, \
                  5 niet gevonden, 6 ongeldige invoer."
)]
pub struct Cli {
    /// De kluismap (met ibis.db en keyslots.json).
    #[arg(long, env = "IBIS_VAULT", global = true)]
    pub vault: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Kluis aanmaken, controleren, wachtwoord wijzigen of herstellen.
    #[command(subcommand)]
    Vault(VaultCommand),
    /// Leerlingen toevoegen en tonen.
    #[command(subcommand)]
    Pupil(PupilCommand),
    /// Casussen openen en tonen.
    #[command(subcommand)]
    Case(CaseCommand),
    /// Hoorgesprekken met de leerling en zienswijzen van ouders tonen.
    #[command(subcommand)]
    Hearing(HearingCommand),
    /// Het ontwikkelingsperspectiefplan (OPP) van een leerling tonen.
    #[command(subcommand)]
    Opp(OppCommand),
    /// Aanmeldingen tonen met hun beslistermijnen, en de beslistermijn verlengen.
    #[command(subcommand)]
    Enrolment(EnrolmentCommand),
    /// Verzuim en thuiszitten van een leerling tonen.
    #[command(subcommand)]
    Absence(AbsenceCommand),
    /// Toelaatbaarheidsverklaringen (TLV) tonen en het besluit vastleggen.
    #[command(subcommand)]
    Tlv(TlvCommand),
    /// Geschillen tussen ouders en school tonen: de escalatieladder en de lopende termijnen.
    #[command(subcommand)]
    Dispute(DisputeCommand),
    /// Bijlagen van een leerling (PDF, JPEG, PNG; versleuteld in de kluis) toevoegen en tonen.
    #[command(subcommand)]
    Attachment(AttachmentCommand),
    /// Sjablonen van een samenwerkingsverband (TOML) controleren, importeren en actief maken.
    #[command(subcommand)]
    Template(TemplateCommand),
    /// Documenten exporteren als PDF (onversleuteld: bewaar het bestand zorgvuldig).
    #[command(subcommand)]
    Export(ExportCommand),
    /// Vult de kluis met fictieve demoleerlingen (zelfde seed, zelfde gegevens).
    Demo(DemoArgs),
    /// De lijst van Vandaag: te late en komende evaluaties en te lang open stappen.
    Today(TodayArgs),
}

#[derive(Debug, Subcommand)]
pub enum HearingCommand {
    /// Toont de hoorgesprekken en zienswijzen ouders van één leerling, nieuwste eerst.
    List(HearingListArgs),
    /// Toont één hoorgesprek volledig: vragen, de woorden van de leerling, wensen en kinddoelen.
    Show(HearingShowArgs),
}

#[derive(Debug, Args)]
pub struct HearingListArgs {
    /// Id van de leerling.
    #[arg(long)]
    pub pupil: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct HearingShowArgs {
    /// Id van het hoorgesprek.
    #[arg(long)]
    pub hearing: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum EnrolmentCommand {
    /// Toont alle aanmeldingen met hun beslistermijn, verlenging, besluit en tijdelijke plaatsing.
    List(EnrolmentListArgs),
    /// Verlengt de beslistermijn van een aanmelding (eenmaal, ten hoogste vier weken).
    Extend(EnrolmentExtendArgs),
}

#[derive(Debug, Args)]
pub struct EnrolmentListArgs {
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct EnrolmentExtendArgs {
    /// Id van de aanmelding.
    #[arg(long)]
    pub enrolment: String,
    /// De dag van de verlenging, jjjj-mm-dd.
    #[arg(long)]
    pub on: String,
    /// Waarom de school meer tijd nodig heeft.
    #[arg(long)]
    pub reason: String,
    /// De nieuwe beslisdatum, jjjj-mm-dd (ten hoogste vier weken na de oorspronkelijke termijn).
    #[arg(long)]
    pub new_date: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum DisputeCommand {
    /// Toont de geschillen van één leerling: onderwerp, de stappen van de ladder (gedaan,
    /// overgeslagen, waar het nu staat) en de termijnen met hun regel en bron.
    List(DisputeListArgs),
}

#[derive(Debug, Args)]
pub struct DisputeListArgs {
    /// Id van de leerling.
    #[arg(long)]
    pub pupil: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum TlvCommand {
    /// Toont de TLV's van één leerling: aanvraag, deskundigen, standpunt ouders, checklist met wat
    /// ontbreekt, besluit en termijnen.
    Show(TlvShowArgs),
    /// Legt het besluit van het samenwerkingsverband vast (beschikkingsnummer, categorie,
    /// ingangsdatum en schooljaren; de einddatum is altijd 31 juli).
    Decide(TlvDecideArgs),
}

#[derive(Debug, Args)]
pub struct TlvShowArgs {
    /// Id van de leerling.
    #[arg(long)]
    pub pupil: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum AttachmentCommand {
    /// Voegt een PDF, JPEG of PNG (ten hoogste 50 MB) toe aan het dossier van een leerling.
    /// Een beschadigd of met een wachtwoord beveiligd bestand wordt geweigerd (exitcode 6).
    Add(AttachmentAddArgs),
    /// Toont de bijlagen van een leerling.
    List(AttachmentListArgs),
}

#[derive(Debug, Args)]
pub struct AttachmentAddArgs {
    /// Id van de leerling.
    #[arg(long)]
    pub pupil: String,
    /// Het bestand (.pdf, .jpg, .jpeg of .png).
    #[arg(long)]
    pub file: std::path::PathBuf,
    /// Titel van het document.
    #[arg(long)]
    pub title: String,
    /// Soort: onderzoeksverslag, toetsoverzicht, deskundigenadvies, ot_verslag, scan of anders.
    #[arg(long)]
    pub kind: String,
    /// Datum van het document, jjjj-mm-dd.
    #[arg(long)]
    pub date: Option<String>,
    /// Bron, bijvoorbeeld "GGD" of "eigen school".
    #[arg(long)]
    pub source: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct AttachmentListArgs {
    /// Id van de leerling.
    #[arg(long)]
    pub pupil: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct TlvDecideArgs {
    /// Id van de TLV-aanvraag.
    #[arg(long)]
    pub tlv: String,
    /// toegekend of afgewezen.
    #[arg(long)]
    pub outcome: String,
    /// Datum van het besluit, jjjj-mm-dd.
    #[arg(long)]
    pub on: String,
    /// Beschikkingsnummer: 17 tekens, bijvoorbeeld PO2701-2026-00042.
    #[arg(long)]
    pub number: String,
    /// laag, midden of hoog (alleen so/vso).
    #[arg(long)]
    pub category: Option<String>,
    /// Ingangsdatum, jjjj-mm-dd (bij toekenning).
    #[arg(long)]
    pub starts: Option<String>,
    /// Aantal hele schooljaren (bij toekenning).
    #[arg(long)]
    pub years: Option<u8>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum AbsenceCommand {
    /// Toont het verzuim van één leerling (nieuwste eerst), het lopende totaal, een melding bij
    /// DUO die nodig is, en de perioden thuis.
    List(AbsenceListArgs),
}

#[derive(Debug, Args)]
pub struct AbsenceListArgs {
    /// Id van de leerling.
    #[arg(long)]
    pub pupil: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum OppCommand {
    /// Toont het OPP van één leerling: versies, delen, status van OOGO en instemming, termijnen.
    Show(OppShowArgs),
    /// Wat er per onderdeel veranderde tussen twee versies van het OPP van één leerling.
    Diff(OppDiffArgs),
}

#[derive(Debug, Args)]
pub struct OppDiffArgs {
    /// Id van de leerling.
    #[arg(long)]
    pub pupil: String,
    /// Het oudere versienummer.
    #[arg(long)]
    pub from: i64,
    /// Het nieuwere versienummer.
    #[arg(long)]
    pub to: i64,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct OppShowArgs {
    /// Id van de leerling.
    #[arg(long)]
    pub pupil: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Casusoverzicht van één casus als A4-PDF.
    CaseSummary(CaseSummaryArgs),
    /// "Wat jij hebt verteld": de samenvatting van een hoorgesprek voor de leerling, als A4-PDF.
    HearingSummary(HearingSummaryArgs),
    /// Het ontwikkelingsperspectiefplan (OPP) van een leerling als A4-PDF, met handtekeningblokken.
    Opp(OppExportArgs),
    /// Het ouderblad "Wat staat er in het OPP van …?" als A4-PDF, in eenvoudig Nederlands.
    ParentSheet(OppExportArgs),
    /// Het TLV-dossier van een leerling als één PDF: aanvraag, stappenplan, OPP, hoorrecht,
    /// checklist met wat ontbreekt, en de bijlagen, met bladwijzers en paginastempel.
    TlvDossier(TlvDossierArgs),
    /// "Waar kunt u terecht?": het ouderblad met de stappen bij een meningsverschil en wie
    /// helpt, uit het actieve sjabloon, op één A4-pagina.
    WhereToGo(WhereToGoArgs),
}

#[derive(Debug, Args)]
pub struct WhereToGoArgs {
    /// Id van de leerling.
    #[arg(long)]
    pub pupil: String,
    /// Id van het geschil waarvoor het blad is (zie `dispute list`): alleen de stappen voor dat
    /// onderwerp, waar het nu staat en de lopende termijnen met hun datum. Zonder: het algemene
    /// blad.
    #[arg(long)]
    pub dispute: Option<String>,
    /// Het PDF-bestand dat wordt geschreven (een bestaand bestand wordt vervangen).
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct TlvDossierArgs {
    /// Id van de leerling; het dossier hoort bij de nieuwste TLV-aanvraag.
    #[arg(long)]
    pub pupil: String,
    /// Het PDF-bestand dat wordt geschreven (een bestaand bestand wordt vervangen).
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct OppExportArgs {
    /// Id van de leerling (met een lopend OPP).
    #[arg(long)]
    pub pupil: String,
    /// Het versienummer; zonder: de nieuwste versie (ook een concept).
    #[arg(long)]
    pub version: Option<i64>,
    /// Het PDF-bestand dat wordt geschreven (een bestaand bestand wordt vervangen).
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct HearingSummaryArgs {
    /// Id van het hoorgesprek.
    #[arg(long = "hearing")]
    pub hearing: String,
    /// Het PDF-bestand dat wordt geschreven (een bestaand bestand wordt vervangen).
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CaseSummaryArgs {
    /// Id van de casus.
    #[arg(long = "case")]
    pub case: String,
    /// Het PDF-bestand dat wordt geschreven (een bestaand bestand wordt vervangen).
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum VaultCommand {
    /// Maakt een nieuwe kluis en toont de herstelsleutel één keer.
    Create(JsonFlag),
    /// integrity_check, cipher_integrity_check, schemaversie en aantallen.
    Check(JsonFlag),
    /// Nieuw wachtwoord uit IBIS_NEW_PASSPHRASE of gevraagd.
    ChangePassphrase,
    /// Herstelsleutel uit IBIS_RECOVERY_KEY (of gevraagd) en een nieuw wachtwoord.
    Recover,
}

#[derive(Debug, Args)]
pub struct JsonFlag {
    /// Uitvoer als JSON op stdout.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum PupilCommand {
    /// Voegt een leerling toe en geeft het id.
    Add(PupilAddArgs),
    /// Toont leerlingen, gesorteerd op achternaam zonder tussenvoegsel ("de Groot" bij de G).
    List(PupilListArgs),
}

#[derive(Debug, Args)]
pub struct PupilAddArgs {
    #[arg(long)]
    pub first: String,
    /// Tussenvoegsel: "de", "van der", "in 't".
    #[arg(long = "prefix", visible_alias = "tussenvoegsel")]
    pub prefix: Option<String>,
    /// Achternaam zonder tussenvoegsel.
    #[arg(long)]
    pub last: String,
    /// Geboortedatum, jjjj-mm-dd.
    #[arg(long)]
    pub birth: String,
    /// po, sbo, so, vo, vso of pro.
    #[arg(long = "type")]
    pub education_type: String,
    /// Groep (po, sbo, so) of leerjaar (vo, vso, pro).
    #[arg(long)]
    pub grade: i32,
    #[arg(long, default_value = "")]
    pub school: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct PupilListArgs {
    /// Zoek op naam (hoofdletters en accenten maken niet uit).
    #[arg(long)]
    pub query: Option<String>,
    /// Ook gearchiveerde leerlingen.
    #[arg(long)]
    pub archived: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    /// Opent een casus voor een leerling.
    Open(CaseOpenArgs),
    /// Toont casussen, van één leerling of van iedereen.
    List(CaseListArgs),
    /// Toont één casus volledig: cycli, stappen, vastleggingen en tijdlijn.
    Show(CaseShowArgs),
}

#[derive(Debug, Args)]
pub struct CaseShowArgs {
    #[arg(long = "case")]
    pub case: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CaseOpenArgs {
    #[arg(long)]
    pub pupil: String,
    #[arg(long)]
    pub title: String,
    /// Startdatum, jjjj-mm-dd (standaard vandaag).
    #[arg(long)]
    pub start: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CaseListArgs {
    #[arg(long)]
    pub pupil: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[arg(long)]
    pub pupils: u32,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct TodayArgs {
    /// De dag waarop de lijst geldt, jjjj-mm-dd (standaard vandaag).
    #[arg(long)]
    pub on: Option<String>,
    /// Ook de naam van de leerling tonen (standaard alleen ids, zodat de uitvoer geen
    /// leerlinggegevens bevat).
    #[arg(long)]
    pub names: bool,
    #[arg(long)]
    pub json: bool,
    /// Schrijf de komende termijnen (vanaf de dag) als agendabestand (.ics) voor de eigen agenda,
    /// met alleen initialen.
    #[arg(long)]
    pub ics: Option<std::path::PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum TemplateCommand {
    /// Controleert een sjabloonbestand zonder kluis. Een fout bestand: exitcode 6, met regel
    /// en veld van de fout.
    Check(TemplateCheckArgs),
    /// Importeert een sjabloonbestand in de kluis (bestaande casussen houden hun sjabloon).
    Import(TemplateImportArgs),
    /// Maakt een sjabloon actief: nieuwe casussen gebruiken het.
    Activate(TemplateActivateArgs),
    /// Toont de sjablonen van de kluis: ingebouwd of geïmporteerd, actief, aantal casussen.
    List(TemplateListArgs),
}

#[derive(Debug, Args)]
pub struct TemplateCheckArgs {
    /// Het sjabloonbestand (.toml).
    pub file: PathBuf,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct TemplateImportArgs {
    /// Het sjabloonbestand (.toml).
    pub file: PathBuf,
    /// Maak het geïmporteerde sjabloon meteen actief.
    #[arg(long)]
    pub activate: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct TemplateActivateArgs {
    /// Id van het sjabloon (bijvoorbeeld landelijk).
    pub id: String,
    /// Versie; zonder: de nieuwste geïmporteerde versie.
    #[arg(long)]
    pub version: Option<i32>,
}

#[derive(Debug, Args)]
pub struct TemplateListArgs {
    #[arg(long)]
    pub json: bool,
}
