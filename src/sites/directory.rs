//! The public directory of places: a city's open sites found by a few words and listed under
//! the organisations that run them. A reader types what they know (a part of the name, the
//! street, the district in the address, the code on a poster) without the letters their phone
//! may lack: "leppavaara" finds Leppävaara.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::PublicSite;

/// The longest search a reader may type, in characters: longer than any name and address.
pub const LONGEST_SEARCH: usize = 100;

/// The text as compared: lower case, without accents and other combining marks.
fn folded(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The open sites in which every word of `words` is part of the name, the address, the code
/// or the organisation's name, in their order. No words find every site.
pub fn search<'a>(sites: &'a [PublicSite], words: &str) -> Vec<&'a PublicSite> {
    let words: Vec<String> = folded(words)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    sites
        .iter()
        .filter(|site| {
            let text = folded(&format!(
                "{} {} {} {}",
                site.name, site.address, site.public_code, site.organisation
            ));
            words.iter().all(|word| text.contains(word.as_str()))
        })
        .collect()
}

/// An organisation's name and its sites, as the directory lists them.
pub type Group<'a> = (&'a str, Vec<&'a PublicSite>);

/// The sites under their organisations' names, organisations by name; each group keeps the
/// sites' order.
pub fn by_organisation(sites: Vec<&PublicSite>) -> Vec<Group<'_>> {
    let mut groups: Vec<Group<'_>> = Vec::new();
    for site in sites {
        let name = site.organisation.as_str();
        match groups.iter_mut().find(|(n, _)| *n == name) {
            Some((_, list)) => list.push(site),
            None => groups.push((name, vec![site])),
        }
    }
    groups.sort_by(|a, b| a.0.cmp(b.0));
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sites::{SiteKind, SiteNotes};

    fn site(name: &str, address: &str, code: &str, organisation: &str) -> PublicSite {
        PublicSite {
            name: name.to_owned(),
            public_code: code.to_owned(),
            kind: SiteKind::DropIn,
            address: address.to_owned(),
            organisation: organisation.to_owned(),
            notes: SiteNotes::default(),
        }
    }

    fn city() -> Vec<PublicSite> {
        vec![
            site(
                "Leppävaara library",
                "Leppävaarankatu 9, Espoo",
                "LEPPA",
                "Espoo libraries",
            ),
            site(
                "Olari food aid",
                "Olarinkatu 1, Espoo",
                "OLARI",
                "Red Cross Espoo",
            ),
            site(
                "Tikkurila drop-in",
                "Asematie 5, Vantaa",
                "TIKKU",
                "Vantaa city",
            ),
        ]
    }

    fn names<'a>(found: &[&'a PublicSite]) -> Vec<&'a str> {
        found.iter().map(|s| s.name.as_str()).collect()
    }

    #[test]
    fn a_word_without_its_accents_and_in_any_case_finds_the_place() {
        let city = city();
        assert_eq!(names(&search(&city, "LEPPAVAARA")), ["Leppävaara library"]);
        assert_eq!(names(&search(&city, "  vantaa ")), ["Tikkurila drop-in"]);
    }

    #[test]
    fn every_word_must_be_found_in_the_name_address_code_or_organisation() {
        let city = city();
        assert_eq!(names(&search(&city, "espoo cross")), ["Olari food aid"]);
        assert_eq!(names(&search(&city, "tikku")), ["Tikkurila drop-in"]);
        assert!(search(&city, "espoo vantaa").is_empty());
        assert_eq!(search(&city, "").len(), 3, "no words find every site");
    }

    #[test]
    fn groups_are_the_organisations_by_name_with_their_sites_in_order() {
        let mut city = city();
        city.push(site(
            "Sello library",
            "Leppävaarankatu 3, Espoo",
            "SELLO",
            "Espoo libraries",
        ));
        let groups = by_organisation(city.iter().collect());
        let shown: Vec<(&str, Vec<&str>)> = groups.iter().map(|(o, s)| (*o, names(s))).collect();
        assert_eq!(
            shown,
            [
                (
                    "Espoo libraries",
                    vec!["Leppävaara library", "Sello library"]
                ),
                ("Red Cross Espoo", vec!["Olari food aid"]),
                ("Vantaa city", vec!["Tikkurila drop-in"]),
            ]
        );
    }
}
