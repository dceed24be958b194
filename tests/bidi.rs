//! Dates and times read in the right order in Arabic and Persian. Every date, time and range
//! the pages show, alone and inside every message that takes one (`$when`), is laid out by the
//! Unicode bidi algorithm in a right-to-left paragraph, as the browser does, and the visual
//! order is checked: 10:00 never turns into 00:10, the start of a range stands on the right,
//! where a right-to-left reader begins, and 8 December never reads 12/8.

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};
use digikaveri::i18n::{format_date, format_datetime, format_day, format_time_span, Locale};
use fluent_templates::fluent_bundle::FluentValue;
use unicode_bidi::{BidiInfo, Level};

use crate::locales::messages;

/// Tuesday 8 December 2026, 10:00–12:30 in Helsinki (08:00–10:30 UTC).
fn start() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, 8)
        .unwrap()
        .and_hms_opt(8, 0, 0)
        .unwrap()
}

fn end() -> NaiveDateTime {
    start() + chrono::Duration::minutes(150)
}

/// `text` as a screen shows it, left to right, in a right-to-left paragraph.
fn visual(text: &str) -> String {
    let info = BidiInfo::new(text, Some(Level::rtl()));
    let paragraph = &info.paragraphs[0];
    info.reorder_line(paragraph, paragraph.range.clone())
        .replace(
            ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200f}'],
            "",
        )
}

fn position(shown: &str, part: &str, text: &str) -> usize {
    shown
        .find(part)
        .unwrap_or_else(|| panic!("{part:?} is not on screen in {shown:?} (from {text:?})"))
}

/// A right-to-left reader meets `first` before `second`: it stands to its right.
fn reads_before(text: &str, first: &str, second: &str) {
    let shown = visual(text);
    assert!(
        position(&shown, second, text) < position(&shown, first, text),
        "{first:?} should come before {second:?} for a right-to-left reader: {shown:?}"
    );
}

fn times_read_in_order(text: &str) {
    let shown = visual(text);
    for backwards in ["00:10", "30:12", "03:21", "00:01"] {
        assert!(!shown.contains(backwards), "{backwards:?} in {shown:?}");
    }
    reads_before(text, "10:00", "12:30");
}

fn date_reads_in_order(text: &str) {
    let shown = visual(text);
    assert!(
        !shown.contains("12/8"),
        "8 December shown as 12/8: {shown:?}"
    );
    assert!(
        !shown.contains("8/12"),
        "8 December shown as 8/12: {shown:?}"
    );
    if shown.contains("2026") {
        // The day before the year, and the year's digits left to right.
        reads_before(text, "8", "2026");
    }
}

fn message(locale: Locale, id: &str, when: &str) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue> = [
        ("when", when),
        ("site", "Olarin kohtaamispaikka"),
        ("gap", "arabia"),
        ("who", "Kaisa Virtanen"),
    ]
    .into_iter()
    .map(|(k, v)| (Cow::Borrowed(k), FluentValue::from(v)))
    .collect();
    locale
        .translate(id, &args)
        .unwrap_or_else(|| panic!("{}: {id} missing", locale.code()))
}

fn right_to_left() -> [Locale; 2] {
    ["ar", "fa"].map(|code| Locale::from_code(code).unwrap())
}

#[test]
fn bidi_a_time_span_reads_from_its_start_in_arabic_and_persian() {
    for locale in right_to_left() {
        let span = format_time_span(locale, start(), end());
        times_read_in_order(&span);
        date_reads_in_order(&span);
    }
}

#[test]
fn bidi_a_moment_and_a_day_read_in_order_in_arabic_and_persian() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
    for locale in right_to_left() {
        let moment = format_datetime(locale, start());
        date_reads_in_order(&moment);
        assert!(visual(&moment).contains("10:00"), "{moment:?}");
        date_reads_in_order(&format_day(locale, day));
        date_reads_in_order(&format_date(locale, day));
    }
}

#[test]
fn bidi_every_message_with_a_time_reads_in_order_in_arabic_and_persian() {
    let with_when: Vec<String> = messages("fi")
        .into_iter()
        .filter(|(_, variables)| variables.contains("when"))
        .map(|(id, _)| id)
        .collect();
    assert!(with_when.len() >= 5, "{with_when:?}");
    for locale in right_to_left() {
        let span = format_time_span(locale, start(), end());
        let moment = format_datetime(locale, start());
        for id in &with_when {
            let text = message(locale, id, &span);
            times_read_in_order(&text);
            date_reads_in_order(&text);
            date_reads_in_order(&message(locale, id, &moment));
        }
    }
}

#[test]
fn bidi_check_catches_a_time_built_from_parts() {
    // What `time-span` did before: hours and minutes as separate isolated placeables.
    let from_parts =
        "من \u{2068}10\u{2069}:\u{2068}00\u{2069} إلى \u{2068}12\u{2069}:\u{2068}30\u{2069}";
    // And a range isolated left to right: its start would stand on the left.
    let left_to_right = "الثلاثاء، \u{2068}10:00 – 12:30\u{2069}";
    for text in [from_parts, left_to_right] {
        let caught = std::panic::catch_unwind(|| times_read_in_order(text));
        assert!(caught.is_err(), "{:?}", visual(text));
    }
}
