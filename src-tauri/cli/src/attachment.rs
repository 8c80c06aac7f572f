//! `ibis-cli attachment add|list`: attach a PDF, JPEG or PNG to a pupil's file (stored
//! encrypted in the vault's attachment file) and list a pupil's attachments. A refused file —
//! over 50 MB, damaged, password-protected, not what its name says — exits 6 with the Dutch
//! reason, and nothing is stored. `--json` gives the answer as the app has it
//! (`PupilAttachments`).

use crate::args::AttachmentCommand;
use crate::exit::{Failure, INVALID};
use crate::run::print_json;
use ibis_core::clock::Clock;
use ibis_core::store::Store;
use ibis_core::usecases::IdRequest;
use ibis_core::usecases::attachments::{
    self, AddAttachmentRequest, AttachmentKindCode, PupilAttachments,
};

pub fn run(
    store: &mut Store,
    clock: &dyn Clock,
    command: AttachmentCommand,
) -> Result<(), Failure> {
    match command {
        AttachmentCommand::Add(args) => {
            let kind = AttachmentKindCode::parse(&args.kind).ok_or_else(|| Failure {
                code: INVALID,
                message: "ibis-cli: --kind moet onderzoeksverslag, toetsoverzicht, \
                          deskundigenadvies, ot_verslag, scan of anders zijn."
                    .into(),
            })?;
            let page = attachments::add(
                store,
                clock,
                AddAttachmentRequest {
                    pupil_id: args.pupil,
                    path: args.file.to_string_lossy().into_owned(),
                    title: args.title,
                    kind,
                    document_date: args.date,
                    source: args.source,
                },
            )?;
            if args.json {
                return print_json(&page);
            }
            // The newest addition is the one with the latest `addedAt`.
            if let Some(added) = page
                .attachments
                .iter()
                .max_by(|a, b| a.added_at.cmp(&b.added_at))
            {
                println!("{}", added.id);
            }
            Ok(())
        }
        AttachmentCommand::List(args) => {
            let page = attachments::list(store, IdRequest { id: args.pupil })?;
            if args.json {
                return print_json(&page);
            }
            print!("{}", readable(&page));
            Ok(())
        }
    }
}

fn readable(page: &PupilAttachments) -> String {
    if page.attachments.is_empty() {
        return "Geen bijlagen.\n".into();
    }
    let mut out = String::new();
    for item in &page.attachments {
        let extent = match (item.page_count, item.width, item.height) {
            (Some(pages), _, _) => format!("{pages} blz."),
            (None, Some(width), Some(height)) => format!("{width}×{height} px"),
            _ => String::new(),
        };
        out.push_str(&format!(
            "{}  {}  {}  {}  {}  {} kB  {}  {}\n",
            item.document_date.as_deref().unwrap_or("(geen datum)"),
            item.kind_label,
            item.title,
            item.source.as_deref().unwrap_or("-"),
            item.media,
            item.size_bytes.div_ceil(1024),
            extent,
            item.id
        ));
    }
    out
}
