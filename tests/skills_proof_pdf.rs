//! The proof of experience as a PDF made on the server: the same facts as the A4 page in the
//! proof's language, as real text, at most two A4 pages; only the volunteer's own, and the
//! public one of `/verify/<code>` that shows no facts once withdrawn. `cargo test skills`
//! runs them.

use std::collections::BTreeMap;

use diesel::prelude::*;
use digikaveri::db::schema::{proofs, users};
use rocket::http::Cookie;

use crate::common::{helsinki, text, TestApp, Visitor};
use crate::skills::{post, programme, session, Programme};

const AMINA: &str = "amina@espoo.example";
const OTHER: &str = "dmytro@espoo.example";

/// A PDF answer, read as PDF: its pages and their text.
struct Pdf {
    status: u16,
    content_type: Option<String>,
    disposition: Option<String>,
    location: Option<String>,
    bytes: Vec<u8>,
}

impl Pdf {
    fn document(&self) -> lopdf::Document {
        lopdf::Document::load_mem(&self.bytes).expect("a PDF")
    }

    fn pages(&self) -> usize {
        self.document().get_pages().len()
    }

    /// The text of every page, its whitespace made single spaces. lopdf's own extraction
    /// cannot read the ToUnicode maps of subset fonts, so the glyph codes of each `Tj`/`TJ`
    /// are looked up in the map of the font that `Tf` chose.
    fn text(&self) -> String {
        let document = self.document();
        let mut words = Vec::new();
        for page in document.get_pages().into_values() {
            let maps: BTreeMap<Vec<u8>, BTreeMap<u32, String>> = document
                .get_page_fonts(page)
                .expect("the page's fonts")
                .into_iter()
                .map(|(name, font)| (name, to_unicode(&document, font)))
                .collect();
            let content = document.get_page_content(page).expect("the page's content");
            let content = lopdf::content::Content::decode(&content).expect("its operations");
            let mut font = None;
            for op in content.operations {
                match op.operator.as_str() {
                    "Tf" => font = op.operands[0].as_name().ok().map(<[u8]>::to_vec),
                    "Tj" | "TJ" => {
                        let map = font.as_ref().and_then(|f| maps.get(f));
                        let mut shown = String::new();
                        shown_strings(&op.operands, &mut |bytes| {
                            for code in bytes.chunks(2) {
                                let code = code.iter().fold(0u32, |n, b| n << 8 | u32::from(*b));
                                if let Some(text) = map.and_then(|m| m.get(&code)) {
                                    shown.push_str(text);
                                }
                            }
                        });
                        words.push(shown);
                    }
                    _ => {}
                }
            }
        }
        words
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Every string operand of a `Tj` or `TJ` (whose operand is an array of strings and kerns).
fn shown_strings(operands: &[lopdf::Object], each: &mut dyn FnMut(&[u8])) {
    for operand in operands {
        match operand {
            lopdf::Object::String(bytes, _) => each(bytes),
            lopdf::Object::Array(items) => shown_strings(items, each),
            _ => {}
        }
    }
}

/// A font's ToUnicode map: glyph code -> text, from its `bfchar` and `bfrange` entries.
fn to_unicode(document: &lopdf::Document, font: &lopdf::Dictionary) -> BTreeMap<u32, String> {
    let mut map = BTreeMap::new();
    let Ok(reference) = font.get(b"ToUnicode").and_then(lopdf::Object::as_reference) else {
        return map;
    };
    let stream = document
        .get_object(reference)
        .and_then(lopdf::Object::as_stream);
    let cmap = stream.expect("a ToUnicode stream");
    let cmap = cmap
        .decompressed_content()
        .unwrap_or_else(|_| cmap.content.clone());
    let cmap = String::from_utf8_lossy(&cmap);
    let number = |hex: &str| u32::from_str_radix(hex, 16).expect("a hex code");
    let utf16 = |hex: &str| {
        let units: Vec<u16> = (0..hex.len() / 4)
            .map(|i| u16::from_str_radix(&hex[i * 4..i * 4 + 4], 16).expect("hex"))
            .collect();
        String::from_utf16_lossy(&units)
    };
    for section in cmap.split("beginbfchar").skip(1) {
        let body = section.split("endbfchar").next().unwrap_or_default();
        let hexes = hex_strings(body);
        for pair in hexes.chunks(2) {
            map.insert(number(pair[0]), utf16(pair[1]));
        }
    }
    for section in cmap.split("beginbfrange").skip(1) {
        let body = section.split("endbfrange").next().unwrap_or_default();
        for line in body.lines().filter(|l| l.contains('<')) {
            let hexes = hex_strings(line);
            let (low, high) = (number(hexes[0]), number(hexes[1]));
            for (i, code) in (low..=high).enumerate() {
                let text = if line.contains('[') {
                    utf16(hexes[2 + i])
                } else {
                    let first: Vec<u16> = utf16(hexes[2]).encode_utf16().collect();
                    let mut units = first.clone();
                    if let Some(last) = units.last_mut() {
                        *last += i as u16;
                    }
                    String::from_utf16_lossy(&units)
                };
                map.insert(code, text);
            }
        }
    }
    map
}

/// The `<...>` hex strings of a piece of a CMap, in order.
fn hex_strings(text: &str) -> Vec<&str> {
    text.split('<')
        .skip(1)
        .filter_map(|piece| piece.split('>').next())
        .collect()
}

fn get_pdf(app: &TestApp, visitor: &Visitor, path: &str) -> Pdf {
    let mut request = app.client.get(path.to_owned());
    if let Some(token) = &visitor.session {
        request = request.cookie(Cookie::new("dk_session", token.clone()));
    }
    let response = request.dispatch();
    let header = |name: &str| response.headers().get_one(name).map(str::to_owned);
    let (content_type, disposition, location) = (
        header("Content-Type"),
        header("Content-Disposition"),
        header("Location"),
    );
    Pdf {
        status: response.status().code,
        content_type,
        disposition,
        location,
        bytes: response.into_bytes().unwrap_or_default(),
    }
}

fn fields<'a>(language: &'a str, parts: &[&'a str]) -> Vec<(String, &'a str)> {
    let mut fields = vec![("language".to_owned(), language)];
    fields.extend(parts.iter().map(|p| ("parts".to_owned(), *p)));
    fields
}

/// Amina's Kela sessions, and a proof in Finnish of her work and topics only.
fn composed() -> (Programme, i32, String) {
    let p = programme();
    session(&p, helsinki("2026-02-16 10:00"), "ar", "self", &["kela"]);
    session(&p, helsinki("2026-02-23 11:00"), "ar", "self", &["kela"]);
    let amina = p.app.visitor(Some(AMINA));
    let made = post(
        &p,
        &amina,
        "/growth/proofs",
        &fields("fi", &["work", "topics"]),
    );
    assert!(made.flashed("flash-proof-composed"));
    let (id, code): (i32, String) = proofs::table
        .select((proofs::id, proofs::code))
        .first(&mut *p.app.db.get().unwrap())
        .unwrap();
    (p, id, code)
}

/// Words the PDF must show as the page does (the text may break a line between them).
fn shows(text: &str, words: &str) -> bool {
    let flat = |s: &str| s.split_whitespace().collect::<String>();
    flat(text).contains(&flat(words))
}

#[test]
fn skills_proof_pdf_shows_the_chosen_parts_in_the_proofs_language() {
    let (p, id, code) = composed();
    let amina = p.app.visitor(Some(AMINA));
    let pdf = get_pdf(&p.app, &amina, &format!("/growth/proofs/{id}/pdf"));
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.content_type.as_deref(), Some("application/pdf"));
    let disposition = pdf.disposition.clone().unwrap_or_default();
    assert!(
        disposition.starts_with("inline; filename=\""),
        "{disposition}"
    );
    assert!(disposition.contains(&code), "{disposition}");
    assert!(pdf.bytes.starts_with(b"%PDF"));
    assert!(pdf.pages() <= 2);
    let shown = pdf.text();
    // In Finnish, the proof's language, though Amina reads the service in Arabic.
    for words in [
        text("fi", "proof-title"),
        text("fi", "proof-part-work"),
        text("fi", "proof-part-topics"),
        text("fi", "topic-kela"),
        text("fi", "proof-not-signed"),
        "Amina".to_owned(),
        code.clone(),
        format!("/verify/{code}"),
    ] {
        assert!(shows(&shown, &words), "{words:?} not in {shown}");
    }
    // The languages she helped in were left out.
    assert!(
        !shows(&shown, &text("fi", "proof-part-languages")),
        "{shown}"
    );
    assert!(!shown.contains("arabia"), "{shown}");
    // The proof page links to it.
    let page = p.app.get_as(&amina, &format!("/growth/proofs/{id}"));
    assert!(page.body.contains(&format!("/growth/proofs/{id}/pdf")));
}

#[test]
fn skills_proof_pdf_is_only_the_volunteers_own() {
    let (p, id, _) = composed();
    p.app
        .volunteer(p.organisation, OTHER)
        .named("Dmytro")
        .create();
    let other = p.app.visitor(Some(OTHER));
    let path = format!("/growth/proofs/{id}/pdf");
    assert_eq!(get_pdf(&p.app, &other, &path).status, 404);
    let anonymous = get_pdf(&p.app, &p.app.visitor(None), &path);
    assert_eq!(anonymous.status, 303);
    assert!(anonymous
        .location
        .as_deref()
        .is_some_and(|l| l.starts_with("/login")));
    assert!(anonymous.content_type.as_deref() != Some("application/pdf"));
}

#[test]
fn skills_proof_pdf_of_verify_shows_the_facts_until_withdrawn() {
    let (p, id, code) = composed();
    let anyone = p.app.visitor(None);
    let path = format!("/verify/{code}/pdf");
    let pdf = get_pdf(&p.app, &anyone, &path);
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.content_type.as_deref(), Some("application/pdf"));
    let shown = pdf.text();
    assert!(shows(&shown, "Amina"), "{shown}");
    assert!(shows(&shown, &text("fi", "topic-kela")), "{shown}");
    // The verify page links to it.
    let page = p.app.get_as(&anyone, &format!("/verify/{code}"));
    assert!(page.body.contains(&path));
    // Withdrawn: it says so and shows none of the facts.
    let amina = p.app.visitor(Some(AMINA));
    let withdraw = p
        .app
        .post_as(&amina, &format!("/growth/proofs/{id}/withdraw"), &[]);
    assert!(withdraw.flashed("flash-proof-withdrawn"));
    let gone = get_pdf(&p.app, &anyone, &path);
    assert_eq!(gone.status, 200);
    let shown = gone.text();
    assert!(shows(&shown, "tämän todistuksen"), "{shown}");
    assert!(!shows(&shown, "Amina"), "{shown}");
    assert!(!shows(&shown, &text("fi", "topic-kela")), "{shown}");
    assert!(!shows(&shown, &text("fi", "proof-part-work")), "{shown}");
    // A code nobody was given.
    assert_eq!(
        get_pdf(&p.app, &anyone, "/verify/AAAA-BBBB-CCCC/pdf").status,
        404
    );
}

#[test]
fn skills_proof_pdf_of_the_demo_fits_two_pages_with_every_part() {
    let app = TestApp::new();
    let email = "dmytro@demo.digikaveri.fi";
    // A name in another script comes out as the same text.
    diesel::update(users::table.filter(users::email.eq(email)))
        .set(users::display_name.eq("Дмитро Коваленко"))
        .execute(&mut *app.db.get().unwrap())
        .unwrap();
    let dmytro = app.visitor(Some(email));
    let mut all = vec![("language", "sv")];
    for part in [
        "work",
        "topics",
        "languages",
        "trainings",
        "credentials",
        "skills",
        "levels",
    ] {
        all.push(("parts", part));
    }
    let made = app.post_as(&dmytro, "/growth/proofs", &all);
    assert_eq!(made.status, 303, "{}", made.body);
    let location = made.location.unwrap_or_default();
    let pdf = get_pdf(&app, &dmytro, &format!("{location}/pdf"));
    assert_eq!(pdf.status, 200);
    assert!(pdf.pages() <= 2, "{} pages", pdf.pages());
    let shown = pdf.text();
    assert!(shows(&shown, "Дмитро Коваленко"), "{shown}");
    assert!(shows(&shown, &text("sv", "proof-title")), "{shown}");
    assert!(shows(&shown, &text("sv", "proof-part-levels")), "{shown}");
}
