//! The framework the volunteers grow in (`../shared/DOMAIN.md`): DigComp 2.2's five areas
//! and 21 competences with its eight levels in four bands, the three digital-support skills,
//! the eight working-life skills a coordinator observes, and which of them a help session is
//! evidence for. Their names and "I can" statements are Fluent messages
//! (`locales/*/framework.ftl`), looked up by `web::labels`.

/// A screen of the self-assessment: a DigComp area, or the digital-support skills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    /// `1`…`5`, or `support`.
    pub key: &'static str,
    /// DigComp competences (`1.1`) or support skills (`support-guiding`).
    pub skills: &'static [&'static str],
}

/// The self-assessed screens, in order: DigComp's five areas, then digital support.
pub const AREAS: [Area; 6] = [
    Area {
        key: "1",
        skills: &["1.1", "1.2", "1.3"],
    },
    Area {
        key: "2",
        skills: &["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"],
    },
    Area {
        key: "3",
        skills: &["3.1", "3.2", "3.3", "3.4"],
    },
    Area {
        key: "4",
        skills: &["4.1", "4.2", "4.3", "4.4"],
    },
    Area {
        key: "5",
        skills: &["5.1", "5.2", "5.3", "5.4"],
    },
    Area {
        key: SUPPORT,
        skills: &["support-guiding", "support-ethics", "support-referral"],
    },
];

pub const SUPPORT: &str = "support";

/// The working-life skills, observed by a coordinator on `OBSERVED_STEPS`.
pub const WORK_SKILLS: [&str; 8] = [
    "work-reliability",
    "work-customer-service",
    "work-communication",
    "work-teamwork",
    "work-problem-solving",
    "work-confidentiality",
    "work-cultural-sensitivity",
    "work-own-learning",
];

/// The self-assessment's five steps (0 "I don't know how yet" … 4 "I can guide others").
pub const SELF_STEPS: std::ops::RangeInclusive<i32> = 0..=4;
/// The observed scale's four steps (1 "with support" … 4 "guides others").
pub const OBSERVED_STEPS: std::ops::RangeInclusive<i32> = 1..=4;

/// DigComp's proficiency level a self-assessment step stands for: with help is level 1
/// (with guidance), on my own 3, with confidence 4 (independently, to my own needs), guiding
/// others 5; "not yet" is none.
pub fn digcomp_level(step: i32) -> Option<i32> {
    match step {
        1 => Some(1),
        2 => Some(3),
        3 => Some(4),
        4 => Some(5),
        _ => None,
    }
}

/// DigComp's four bands of two levels each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    Foundation,
    Intermediate,
    Advanced,
    HighlySpecialised,
}

pub fn band(level: i32) -> Option<Band> {
    match level {
        1 | 2 => Some(Band::Foundation),
        3 | 4 => Some(Band::Intermediate),
        5 | 6 => Some(Band::Advanced),
        7 | 8 => Some(Band::HighlySpecialised),
        _ => None,
    }
}

pub fn area(key: &str) -> Option<Area> {
    AREAS.iter().copied().find(|a| a.key == key)
}

/// The area a skill belongs to.
pub fn area_of(skill: &str) -> Option<Area> {
    AREAS.iter().copied().find(|a| a.skills.contains(&skill))
}

/// The competences a help session on `topic` is evidence for.
pub fn competences_of_topic(topic: &str) -> &'static [&'static str] {
    match topic {
        "strong-eid" | "suomifi" | "kela" | "migri" | "jobmarket" => &["2.3", "2.6", "4.2"],
        "smartphone-basics" | "apps" => &["5.1", "5.2"],
        "scams-security" | "passwords" => &["4.1", "4.2"],
        "email" | "video-messaging" => &["2.1"],
        "documents" => &["1.3", "3.1"],
        "finding-info" => &["1.1", "1.2"],
        _ => &[],
    }
}

/// What every help session is evidence for, whatever its topics: supporting others' digital
/// skills (DigComp 5.4), guiding a person to do it themselves, and customer service.
pub const EVERY_SESSION: [&str; 3] = ["5.4", "support-guiding", "work-customer-service"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_framework_has_digcomps_21_competences_in_five_areas() {
        let digcomp: Vec<&str> = AREAS[..5].iter().flat_map(|a| a.skills).copied().collect();
        assert_eq!(digcomp.len(), 21);
        assert_eq!(AREAS[5].skills.len(), 3);
        assert_eq!(WORK_SKILLS.len(), 8);
    }

    #[test]
    fn every_mapped_competence_is_in_the_framework() {
        for topic in crate::topics::TOPICS {
            for skill in competences_of_topic(topic).iter().chain(&EVERY_SESSION) {
                assert!(
                    area_of(skill).is_some() || WORK_SKILLS.contains(skill),
                    "{skill}"
                );
            }
        }
    }

    #[test]
    fn steps_map_to_digcomp_levels_and_bands() {
        assert_eq!(digcomp_level(0), None);
        assert_eq!(digcomp_level(4).and_then(band), Some(Band::Advanced));
        assert_eq!(digcomp_level(1).and_then(band), Some(Band::Foundation));
    }
}
