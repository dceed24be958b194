//! A small A4 writer for documents made on the server: a title, lines of text, wrapped
//! paragraphs, tables of two columns and a QR code drawn as filled squares. Text is real text
//! in an embedded DejaVu Sans (subset by krilla), so it can be searched and copied, and names
//! in any script the font covers come out right. Pages break where the next block does not
//! fit. The sentences are made by the caller; this file only sets them.

use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::text::{Font, TextDirection};
use krilla::Document;
use rocket::http::Header;
use rocket::Responder;

use crate::error::Error;

const REGULAR: &[u8] = include_bytes!("fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("fonts/DejaVuSans-Bold.ttf");

/// A4 in PDF points.
const WIDTH: f32 = 595.28;
const HEIGHT: f32 = 841.89;
const MARGIN: f32 = 56.0;
const TEXT_WIDTH: f32 = WIDTH - 2.0 * MARGIN;
/// The share of a table's width its labels take.
const LABEL_SHARE: f32 = 0.45;
const GAP: f32 = 12.0;
const LEADING: f32 = 1.35;

/// One piece of a document, in reading order.
pub enum Block {
    /// The document's heading.
    Title(String),
    /// A part's heading.
    Heading(String),
    /// A wrapped paragraph; `strong` sets it in bold.
    Text { text: String, strong: bool },
    /// Rows of a label and a value, both wrapped in their column.
    Table(Vec<(String, String)>),
    /// A QR code of `text` with lines beside it.
    Qr { text: String, beside: Vec<String> },
    /// Room before the next block.
    Space,
}

impl Block {
    pub fn text(text: impl Into<String>) -> Block {
        Block::Text {
            text: text.into(),
            strong: false,
        }
    }

    pub fn strong(text: impl Into<String>) -> Block {
        Block::Text {
            text: text.into(),
            strong: true,
        }
    }
}

/// A PDF as an answer, shown in the browser, saved under `filename`.
#[derive(Responder)]
#[response(content_type = "application/pdf")]
pub struct PdfFile {
    body: Vec<u8>,
    disposition: Header<'static>,
}

impl PdfFile {
    /// `filename` is ours (letters, digits, `-` and `.`), so it needs no quoting.
    pub fn inline(body: Vec<u8>, filename: &str) -> PdfFile {
        let safe: String = filename
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
            .collect();
        PdfFile {
            body,
            disposition: Header::new(
                "Content-Disposition",
                format!("inline; filename=\"{safe}\""),
            ),
        }
    }
}

/// What is drawn, where: the top of the page is y = 0.
enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        text: String,
    },
    Square {
        x: f32,
        y: f32,
        side: f32,
    },
}

struct Fonts {
    regular: Font,
    bold: Font,
    regular_face: rustybuzz::Face<'static>,
    bold_face: rustybuzz::Face<'static>,
}

impl Fonts {
    fn load() -> Result<Fonts, Error> {
        let broken = || Error::Pdf("the embedded font cannot be read".to_owned());
        Ok(Fonts {
            regular: Font::new(REGULAR.into(), 0).ok_or_else(broken)?,
            bold: Font::new(BOLD.into(), 0).ok_or_else(broken)?,
            regular_face: rustybuzz::Face::from_slice(REGULAR, 0).ok_or_else(broken)?,
            bold_face: rustybuzz::Face::from_slice(BOLD, 0).ok_or_else(broken)?,
        })
    }

    /// `line` in the runs of one direction it is drawn in, left to right on the page, each
    /// with whether it reads right to left. Documents here read left to right.
    fn runs(line: &str) -> Vec<(String, bool)> {
        let info = unicode_bidi::BidiInfo::new(line, Some(unicode_bidi::Level::ltr()));
        let mut runs = Vec::new();
        for paragraph in &info.paragraphs {
            let (levels, visual) = info.visual_runs(paragraph, paragraph.range.clone());
            for range in visual {
                let rtl = levels.get(range.start).is_some_and(|l| l.is_rtl());
                if let Some(text) = line.get(range) {
                    runs.push((text.to_owned(), rtl));
                }
            }
        }
        runs
    }

    /// The width of `text` set on one line, as krilla shapes it.
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let face = if bold {
            &self.bold_face
        } else {
            &self.regular_face
        };
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        let shaped = rustybuzz::shape(face, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / face.units_per_em().max(1) as f32
    }

    /// `text` broken into lines no wider than `width`; a word wider than a line is broken
    /// between its characters.
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
        // Fluent's isolation marks around arguments: the runs below do their work.
        let text: String = text
            .chars()
            .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
            .collect();
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split_whitespace() {
                let tried = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if self.width(&tried, size, bold) <= width {
                    line = tried;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                for c in word.chars() {
                    line.push(c);
                    if self.width(&line, size, bold) > width && line.chars().count() > 1 {
                        line.pop();
                        lines.push(std::mem::replace(&mut line, c.to_string()));
                    }
                }
            }
            lines.push(line);
        }
        lines
    }
}

/// Places the blocks on A4 pages.
struct Layout<'a> {
    fonts: &'a Fonts,
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl Layout<'_> {
    fn page(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Makes room for `height`, on a new page when this one has no more.
    fn room(&mut self, height: f32) {
        if self.y + height > HEIGHT - MARGIN && self.y > MARGIN {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
    }

    fn lines(&mut self, x: f32, lines: &[String], size: f32, bold: bool) {
        for line in lines {
            self.room(size * LEADING);
            let y = self.y + size;
            self.page().push(Op::Text {
                x,
                y,
                size,
                bold,
                text: line.clone(),
            });
            self.y += size * LEADING;
        }
    }

    fn block(&mut self, block: &Block) -> Result<(), Error> {
        let fonts = self.fonts;
        match block {
            Block::Title(text) => {
                let lines = fonts.wrap(text, 20.0, true, TEXT_WIDTH);
                self.lines(MARGIN, &lines, 20.0, true);
                self.y += GAP;
            }
            Block::Heading(text) => {
                let lines = fonts.wrap(text, 13.0, true, TEXT_WIDTH);
                // A heading stays with the first line after it.
                self.room(13.0 * LEADING * lines.len() as f32 + 10.0 * LEADING + GAP / 2.0);
                self.y += GAP / 2.0;
                self.lines(MARGIN, &lines, 13.0, true);
            }
            Block::Text { text, strong } => {
                let lines = fonts.wrap(text, 10.0, *strong, TEXT_WIDTH);
                self.lines(MARGIN, &lines, 10.0, *strong);
                self.y += GAP / 3.0;
            }
            Block::Table(rows) => {
                let label_width = TEXT_WIDTH * LABEL_SHARE - GAP;
                let value_x = MARGIN + TEXT_WIDTH * LABEL_SHARE;
                let value_width = TEXT_WIDTH * (1.0 - LABEL_SHARE);
                for (label, value) in rows {
                    let labels = fonts.wrap(label, 10.0, false, label_width);
                    let values = fonts.wrap(value, 10.0, false, value_width);
                    let height = 10.0 * LEADING * labels.len().max(values.len()) as f32;
                    self.room(height);
                    let top = self.y;
                    self.lines(MARGIN, &labels, 10.0, false);
                    self.y = top;
                    self.lines(value_x, &values, 10.0, false);
                    self.y = top + height + 2.0;
                }
                self.y += GAP / 3.0;
            }
            Block::Qr { text, beside } => {
                let code = qrcode::QrCode::new(text.as_bytes()).map_err(|_| Error::Invalid)?;
                let modules = code.width();
                let quiet = 4;
                let side = 110.0 / (modules + 2 * quiet) as f32;
                let whole = side * (modules + 2 * quiet) as f32;
                self.room(whole);
                let (left, top) = (MARGIN, self.y);
                let colors = code.to_colors();
                for (i, color) in colors.iter().enumerate() {
                    if *color == qrcode::Color::Dark {
                        let (row, column) = (i / modules, i % modules);
                        let x = left + side * (column + quiet) as f32;
                        let y = top + side * (row + quiet) as f32;
                        self.page().push(Op::Square { x, y, side });
                    }
                }
                let x = left + whole + GAP;
                let width = TEXT_WIDTH - whole - GAP;
                self.y = top + side * quiet as f32;
                for line in beside {
                    let wrapped = fonts.wrap(line, 10.0, false, width);
                    self.lines(x, &wrapped, 10.0, false);
                    self.y += GAP / 3.0;
                }
                self.y = self.y.max(top + whole);
            }
            Block::Space => self.y += GAP,
        }
        Ok(())
    }
}

/// The blocks as an A4 PDF; `title` and `language` go into its metadata.
pub fn a4(title: &str, language: &str, blocks: &[Block]) -> Result<Vec<u8>, Error> {
    let fonts = Fonts::load()?;
    let mut layout = Layout {
        fonts: &fonts,
        pages: Vec::new(),
        y: MARGIN,
    };
    for block in blocks {
        layout.block(block)?;
    }
    let size = PageSettings::from_wh(WIDTH, HEIGHT)
        .ok_or_else(|| Error::Pdf("the page size is not valid".to_owned()))?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .language(language.to_owned())
            .creator("Digikaveri".to_owned()),
    );
    for ops in layout.pages.iter().filter(|ops| !ops.is_empty()) {
        let mut page = document.start_page_with(size.clone());
        let mut surface = page.surface();
        let mut squares = PathBuilder::new();
        for op in ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    bold,
                    text,
                } => {
                    let font = if *bold { &fonts.bold } else { &fonts.regular };
                    let mut at = *x;
                    for (run, rtl) in Fonts::runs(text) {
                        let direction = if rtl {
                            TextDirection::RightToLeft
                        } else {
                            TextDirection::LeftToRight
                        };
                        surface.draw_text(
                            Point::from_xy(at, *y),
                            font.clone(),
                            *size,
                            &run,
                            false,
                            direction,
                        );
                        at += fonts.width(&run, *size, *bold);
                    }
                }
                Op::Square { x, y, side } => {
                    if let Some(rect) = Rect::from_xywh(*x, *y, *side, *side) {
                        squares.push_rect(rect);
                    }
                }
            }
        }
        if let Some(path) = squares.finish() {
            surface.draw_path(&path);
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| Error::Pdf(format!("{e:?}")))
}
