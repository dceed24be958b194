//! Help topics: what a person can get help with, and what a volunteer is confident with or
//! wants to learn. Slugs are stored; pages show each by its label (`web::labels::topic`).

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

/// A picture for the topic, shown beside its label so that people who read little can find
/// it. Emoji, because every phone draws them without files of ours; pages hide them from
/// screen readers, which read the label.
pub fn icon(slug: &str) -> &'static str {
    match slug {
        "strong-eid" => "🔐",
        "suomifi" => "🏛️",
        "kela" => "💶",
        "omakanta" => "💊",
        "health-eservices" => "🩺",
        "migri" => "🛂",
        "finnish-authenticator" => "🪪",
        "jobmarket" => "💼",
        "job-applications" => "📄",
        "banking" => "🏦",
        "email" => "📧",
        "smartphone-basics" => "📱",
        "apps" => "⬇️",
        "passwords" => "🔑",
        "scams-security" => "⚠️",
        "transport-app" => "🚌",
        "video-messaging" => "💬",
        "wilma" => "🏫",
        "tax" => "🧾",
        "documents" => "🖨️",
        "device-connectivity" => "📶",
        "digital-id" => "📲",
        "finding-info" => "🔎",
        _ => "❓",
    }
}

stored_enum! {
    /// How a volunteer relates to a topic.
    pub enum Stance {
        Confident = "confident",
        Learning = "learning",
    }
}
