//! Staff-written text as a reader gets it: in the reader's own language when it was written
//! in it, otherwise in Finnish, then English, then whatever it was written in. The text
//! carries its own `lang` and `dir`, so a Finnish note on an Arabic page keeps its full stop
//! at the end.

use std::collections::HashMap;

use serde::Serialize;

use super::forms::FieldErrors;
use crate::i18n::Locale;
use crate::msg;
use crate::staff_texts::{Translations, MAX_TEXT};

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TextView {
    pub lang: String,
    pub dir: &'static str,
    pub body: String,
}

/// The text for a reader of `locale`; `None` when nothing was written.
pub fn for_reader(texts: &Translations, locale: Locale) -> Option<TextView> {
    let (lang, body) = [locale.code(), "fi", "en"]
        .into_iter()
        .find_map(|code| texts.get(code).map(|body| (code, body)))
        .or_else(|| texts.iter().next())?;
    let dir = Locale::from_code(lang).map_or("ltr", Locale::dir);
    Some(TextView {
        lang: lang.to_owned(),
        dir,
        body: body.to_owned(),
    })
}

/// The typed texts of one note, only in interface languages, each checked for length.
pub fn typed_translations(
    field: &'static str,
    typed: &HashMap<String, String>,
    errors: &mut FieldErrors,
) -> Translations {
    if typed.keys().any(|code| Locale::from_code(code).is_none()) {
        errors.add(field, msg!("form-error-choose"));
    }
    if typed
        .values()
        .any(|text| text.trim().chars().count() > MAX_TEXT)
    {
        errors.add(field, msg!("form-error-too-long"));
    }
    Translations::new(
        typed
            .iter()
            .filter(|(code, _)| Locale::from_code(code).is_some())
            .map(|(code, text)| (code.clone(), text.clone())),
    )
}

/// One interface language's box for a note.
#[derive(Serialize)]
pub struct TextBox {
    code: &'static str,
    endonym: &'static str,
    dir: &'static str,
    value: String,
}

/// A note's boxes: the reader's own language first (shown), then the others.
#[derive(Serialize)]
pub struct NoteBoxes {
    own: TextBox,
    others: Vec<TextBox>,
    /// Whether anything is written in the other languages (their part opens then).
    others_written: bool,
}

pub fn note_boxes(locale: Locale, typed: &HashMap<String, String>) -> NoteBoxes {
    let text_box = |l: Locale| TextBox {
        code: l.code(),
        endonym: l.info().endonym,
        dir: l.dir(),
        value: typed.get(l.code()).cloned().unwrap_or_default(),
    };
    let others: Vec<TextBox> = Locale::all()
        .filter(|l| *l != locale)
        .map(text_box)
        .collect();
    NoteBoxes {
        own: text_box(locale),
        others_written: others.iter().any(|b| !b.value.trim().is_empty()),
        others,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readers_language_then_finnish_then_english_then_any() {
        let ar = Locale::from_code("ar").unwrap();
        let both = Translations::new([
            ("en".to_owned(), "Door B.".to_owned()),
            ("ar".to_owned(), "الباب ب.".to_owned()),
        ]);
        let view = for_reader(&both, ar).unwrap();
        assert_eq!((view.lang.as_str(), view.dir), ("ar", "rtl"));
        let english = for_reader(&both, Locale::DEFAULT).unwrap();
        assert_eq!((english.lang.as_str(), english.dir), ("en", "ltr"));
        let persian = Translations::one("fa", "در ب");
        assert_eq!(for_reader(&persian, ar).unwrap().lang, "fa");
        assert_eq!(for_reader(&Translations::default(), ar), None);
    }
}
