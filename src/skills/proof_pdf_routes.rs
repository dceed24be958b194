//! The proof of experience as a PDF made on the server: the same facts, labels and dates as
//! the A4 page (`proof_routes::proof_view`), in the proof's language, set by `web::pdf`.

use rocket::State;

use super::proof_routes::{part_label, proof_view, ProofView};
use super::proofs::{self, Part, Proof};
use crate::auth::sessions::CurrentUser;
use crate::config::Config;
use crate::db::Db;
use crate::error::Error;
use crate::i18n::Locale;
use crate::msg;
use crate::web::pdf::{self, Block, PdfFile};

/// The blocks of the proof in reading order, as the A4 page has them.
fn blocks(locale: Locale, view: &ProofView) -> Vec<Block> {
    let mut blocks = vec![Block::Title(locale.text(msg!("proof-title")))];
    if let Some(withdrawn) = &view.withdrawn {
        blocks.push(Block::strong(withdrawn.clone()));
        blocks.push(Block::Space);
    }
    if let Some(facts) = &view.facts {
        blocks.push(Block::strong(facts.volunteer.clone()));
        blocks.push(Block::text(locale.message(
            msg!("proof-lead"),
            &[("organisation", facts.organisation.clone().into())],
        )));
        if let Some(period) = &facts.period {
            blocks.push(Block::text(period.clone()));
        }
        if let Some(work) = &facts.work {
            blocks.push(Block::Heading(locale.text(part_label(Part::Work))));
            blocks.push(Block::text(work.clone()));
        }
        for (part, rows) in facts.tables() {
            if let Some(rows) = rows {
                blocks.push(Block::Heading(locale.text(part_label(part))));
                blocks.push(Block::Table(
                    rows.iter()
                        .map(|r| (r.label.clone(), r.value.clone()))
                        .collect(),
                ));
            }
        }
    }
    blocks.push(Block::Space);
    blocks.push(match &view.signed {
        Some(signed) => Block::strong(signed.clone()),
        None => Block::text(locale.text(msg!("proof-not-signed"))),
    });
    blocks.push(Block::Qr {
        text: view.link.clone(),
        beside: vec![
            locale.text(msg!("proof-verify-at")),
            view.link.clone(),
            format!("{} {}", locale.text(msg!("proof-code")), view.code),
        ],
    });
    blocks
}

fn proof_pdf(config: &Config, proof: &Proof, owner: bool) -> Result<PdfFile, Error> {
    let (locale, view) = proof_view(config, proof, owner);
    let title = locale.text(msg!("proof-title"));
    let body = pdf::a4(&title, locale.code(), &blocks(locale, &view))?;
    Ok(PdfFile::inline(
        body,
        &format!("digikaveri-{}.pdf", view.code),
    ))
}

/// The volunteer's own proof as a PDF.
#[rocket::get("/growth/proofs/<id>/pdf")]
pub async fn own(
    me: CurrentUser,
    id: i32,
    config: &State<Config>,
    db: &State<Db>,
) -> Result<PdfFile, Error> {
    let user = me.user_id;
    let proof = db
        .run(move |conn| proofs::own_one(conn, user, id))
        .await?
        .ok_or(Error::NotFound)?;
    proof_pdf(config, &proof, true)
}

/// The PDF of `/verify/<code>`: the same facts, or only that it was withdrawn.
#[rocket::get("/verify/<code>/pdf")]
pub async fn verify(code: &str, config: &State<Config>, db: &State<Db>) -> Result<PdfFile, Error> {
    let code = code.to_owned();
    let proof = db
        .run(move |conn| proofs::by_code(conn, &code))
        .await?
        .ok_or(Error::NotFound)?;
    proof_pdf(config, &proof, false)
}
