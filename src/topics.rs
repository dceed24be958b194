//! Help topics: what a person can get help with, and what a volunteer is confident with or
//! wants to learn. Slugs are stored; pages show each by its label (`web::labels::topic`).

use std::sync::LazyLock;

use crate::stored_enum;

/// The seed list of DOMAIN.md, in the order pages show it.
pub const TOPICS: [&str; 24] = [
    "strong-eid",
    "suomifi",
    "kela",
    "omakanta",
    "health-eservices",
    "migri",
    "finnish-authenticator",
    "jobmarket",
    "job-applications",
    "banking",
    "email",
    "smartphone-basics",
    "apps",
    "passwords",
    "scams-security",
    "transport-app",
    "video-messaging",
    "wilma",
    "tax",
    "documents",
    "device-connectivity",
    "digital-id",
    "finding-info",
    "other",
];

pub fn is_topic(slug: &str) -> bool {
    TOPICS.contains(&slug)
}

/// The listed slug equal to `slug`, so a stored or typed one can be kept as `&'static str`.
pub fn find(slug: &str) -> Option<&'static str> {
    TOPICS.into_iter().find(|t| *t == slug)
}

/// The topics most people ask about at a drop-in (DOMAIN.md), in `TOPICS` order: the take-a-number
/// page shows them as large tiles and the rest behind "more topics", so the form stays short.
pub const COMMON: [&str; 8] = [
    "strong-eid",
    "kela",
    "omakanta",
    "jobmarket",
    "banking",
    "email",
    "smartphone-basics",
    "scams-security",
];

pub fn is_common(slug: &str) -> bool {
    COMMON.contains(&slug)
}

/// Topics that belong together, so a volunteer's skills page can show a few groups to open
/// instead of one long list. Every topic is in exactly one group, in `TOPICS` order.
pub struct Group {
    pub key: &'static str,
    pub topics: &'static [&'static str],
}

pub const GROUPS: [Group; 6] = [
    Group {
        key: "identity",
        topics: &[
            "strong-eid",
            "suomifi",
            "kela",
            "migri",
            "finnish-authenticator",
            "tax",
            "digital-id",
        ],
    },
    Group {
        key: "health",
        topics: &["omakanta", "health-eservices"],
    },
    Group {
        key: "work",
        topics: &["jobmarket", "job-applications"],
    },
    Group {
        key: "money",
        topics: &["banking", "passwords", "scams-security"],
    },
    Group {
        key: "devices",
        topics: &[
            "smartphone-basics",
            "apps",
            "documents",
            "device-connectivity",
        ],
    },
    Group {
        key: "everyday",
        topics: &[
            "email",
            "transport-app",
            "video-messaging",
            "wilma",
            "finding-info",
            "other",
        ],
    },
];

/// A picture for each topic, shown beside its label so that people who read little can find
/// it. Lucide icons (lucide-static 1.62.0, ISC licence, `topics/icons/LICENSE`), copied
/// unchanged from the package: SVG drawn in `currentColor`, which every browser shows (emoji
/// were empty boxes on many phones and kiosks).
const ICON_FILES: [(&str, &str); 24] = [
    (
        "strong-eid",
        include_str!("topics/icons/fingerprint-pattern.svg"),
    ),
    ("suomifi", include_str!("topics/icons/landmark.svg")),
    ("kela", include_str!("topics/icons/hand-coins.svg")),
    ("omakanta", include_str!("topics/icons/pill.svg")),
    (
        "health-eservices",
        include_str!("topics/icons/stethoscope.svg"),
    ),
    ("migri", include_str!("topics/icons/stamp.svg")),
    (
        "finnish-authenticator",
        include_str!("topics/icons/scan-face.svg"),
    ),
    (
        "jobmarket",
        include_str!("topics/icons/briefcase-business.svg"),
    ),
    (
        "job-applications",
        include_str!("topics/icons/file-user.svg"),
    ),
    ("banking", include_str!("topics/icons/credit-card.svg")),
    ("email", include_str!("topics/icons/mail.svg")),
    (
        "smartphone-basics",
        include_str!("topics/icons/smartphone.svg"),
    ),
    ("apps", include_str!("topics/icons/download.svg")),
    ("passwords", include_str!("topics/icons/key-round.svg")),
    (
        "scams-security",
        include_str!("topics/icons/shield-alert.svg"),
    ),
    ("transport-app", include_str!("topics/icons/bus.svg")),
    ("video-messaging", include_str!("topics/icons/video.svg")),
    ("wilma", include_str!("topics/icons/school.svg")),
    ("tax", include_str!("topics/icons/receipt-euro.svg")),
    ("documents", include_str!("topics/icons/printer.svg")),
    ("device-connectivity", include_str!("topics/icons/wifi.svg")),
    ("digital-id", include_str!("topics/icons/id-card.svg")),
    ("finding-info", include_str!("topics/icons/search.svg")),
    (
        "other",
        include_str!("topics/icons/circle-question-mark.svg"),
    ),
];

/// The icons as pages embed them, made once from the files.
static ICONS: LazyLock<Vec<(&'static str, String)>> = LazyLock::new(|| {
    ICON_FILES
        .iter()
        .map(|(slug, file)| (*slug, inline_svg(file)))
        .collect()
});

/// A Lucide file as markup to put inline: without its licence comment (the licence is kept
/// beside the files), with our class for the size, hidden from screen readers (they read the
/// label next to it) and out of the tab order in old browsers, on one line.
pub(crate) fn inline_svg(file: &str) -> String {
    let svg = file.find("<svg").map_or(file, |at| &file[at..]);
    let body = svg
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("class=\""))
        .collect::<Vec<_>>()
        .join(" ");
    body.replacen(
        "<svg ",
        "<svg class=\"topic-icon\" aria-hidden=\"true\" focusable=\"false\" ",
        1,
    )
}

/// The topic's picture as inline SVG markup (our own file, safe to print unescaped); a slug
/// that is not in the list gets the picture of "other".
pub fn icon(slug: &str) -> &'static str {
    let icons: &'static [(&'static str, String)] = &ICONS;
    icons
        .iter()
        .find(|(s, _)| *s == slug)
        .or_else(|| icons.iter().find(|(s, _)| *s == "other"))
        .map_or("", |(_, svg)| svg.as_str())
}

stored_enum! {
    /// How a volunteer relates to a topic.
    pub enum Stance {
        Confident = "confident",
        Learning = "learning",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_has_its_own_icon_and_is_in_one_group() {
        let slugs: Vec<_> = ICON_FILES.iter().map(|(slug, _)| *slug).collect();
        assert_eq!(slugs, TOPICS, "one icon per topic, in the same order");
        let mut files: Vec<_> = ICON_FILES.iter().map(|(_, file)| *file).collect();
        files.sort_unstable();
        files.dedup();
        assert_eq!(files.len(), TOPICS.len(), "no two topics share a picture");

        let grouped: Vec<_> = GROUPS
            .iter()
            .flat_map(|g| g.topics.iter().copied())
            .collect();
        let mut sorted = grouped.clone();
        sorted.sort_by_key(|t| TOPICS.iter().position(|s| s == t));
        assert_eq!(sorted, TOPICS, "every topic in exactly one group");
        assert!(COMMON.iter().all(|t| is_topic(t)));
    }

    #[test]
    fn icons_are_inert_inline_svg_hidden_from_screen_readers() {
        for slug in TOPICS {
            let svg = icon(slug);
            assert!(
                svg.starts_with(r#"<svg class="topic-icon" aria-hidden="true" focusable="false" "#),
                "{slug}: {svg}"
            );
            assert!(svg.ends_with("</svg>"), "{slug}");
            assert_eq!(svg.matches("<svg").count(), 1, "{slug}");
            assert!(svg.contains(r#"stroke="currentColor""#), "{slug}");
            for unwanted in ["<!--", "lucide", "<script", "style", "href", " on", "\n"] {
                assert!(!svg.contains(unwanted), "{slug} has {unwanted:?}");
            }
        }
        assert_eq!(icon("not-a-topic"), icon("other"));
    }
}
