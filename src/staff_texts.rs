//! Text the staff write for others to read (a site's opening and accessibility notes, a
//! shift's notes), in one or more of the interface languages. Each language is one stored
//! row; the pages choose the reader's own language or a fallback (`web::texts`).

/// The longest note in one language.
pub const MAX_TEXT: usize = 500;

/// A text in the languages it was written in: (locale code, text), in code order, no empty
/// ones.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Translations(Vec<(String, String)>);

impl Translations {
    /// Trims each text and leaves out the empty ones.
    pub fn new(pairs: impl IntoIterator<Item = (String, String)>) -> Translations {
        let mut kept: Vec<(String, String)> = pairs
            .into_iter()
            .map(|(locale, text)| (locale, text.trim().to_owned()))
            .filter(|(_, text)| !text.is_empty())
            .collect();
        kept.sort();
        kept.dedup_by(|a, b| a.0 == b.0);
        Translations(kept)
    }

    /// A text in one language.
    pub fn one(locale: &str, text: &str) -> Translations {
        Translations::new([(locale.to_owned(), text.to_owned())])
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text in `locale`, if it was written in it.
    pub fn get(&self, locale: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(code, _)| code == locale)
            .map(|(_, text)| text.as_str())
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .map(|(code, text)| (code.as_str(), text.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_texts_are_left_out_and_one_text_per_language_is_kept() {
        let texts = Translations::new([
            ("fi".to_owned(), "  Ovi B ".to_owned()),
            ("ar".to_owned(), " ".to_owned()),
            ("en".to_owned(), "Door B".to_owned()),
        ]);
        assert_eq!(texts.get("fi"), Some("Ovi B"));
        assert_eq!(texts.get("ar"), None);
        assert_eq!(
            texts.iter().map(|(l, _)| l).collect::<Vec<_>>(),
            ["en", "fi"]
        );
        assert!(Translations::new([]).is_empty());
    }
}
