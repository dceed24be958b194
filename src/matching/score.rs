//! Whether a volunteer may help a person, and how well they fit. One walk over the terms gives
//! both the score (while searching, without allocating) and the reasons (for the chosen pairs),
//! so the explanation can never disagree with the number.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::{Request, Volunteer};
use crate::languages::Level;

/// Why a pair fits; the web layer turns each into a sentence in the coordinator's language.
/// Kept as JSON with a match the engine made on its own (`queue::auto`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    /// The language they share; `first_choice` is false for the person's second language.
    Speaks {
        language: String,
        level: Level,
        first_choice: bool,
    },
    ConfidentWith {
        topic: String,
    },
    /// The topic is on the volunteer's learning list and they speak the language well enough
    /// to learn while helping.
    LearningTopic {
        topic: String,
    },
    HelpedBefore,
    Waiting {
        minutes: i64,
    },
    /// Sessions the volunteer has already had today: a small penalty that spreads the work.
    SessionsToday {
        count: u32,
    },
    /// Nobody else on duty speaks this language, which the person does not need: a penalty
    /// that keeps the volunteer for those who do while someone else can help this person.
    OnlySpeaker {
        language: String,
    },
    /// The person's second language is used because no volunteer who speaks their first is
    /// expected free within a short wait.
    FirstLanguageLater {
        language: String,
    },
}

impl Reason {
    /// The points this term adds to the pair's score.
    pub fn points(&self) -> i64 {
        match self {
            Reason::Speaks {
                level,
                first_choice,
                ..
            } => language_points(*first_choice, *level),
            Reason::ConfidentWith { .. } => CONFIDENT,
            Reason::LearningTopic { .. } => LEARNING,
            Reason::HelpedBefore => HELPED_BEFORE,
            Reason::Waiting { minutes } => PER_MINUTE * (*minutes).min(MAX_MINUTES),
            Reason::SessionsToday { count } => PER_SESSION * i64::from((*count).min(MAX_SESSIONS)),
            Reason::OnlySpeaker { .. } => ONLY_SPEAKER,
            Reason::FirstLanguageLater { .. } => 0,
        }
    }
}

/// Points for the shared language, by the person's choice (first, second) and the level. The
/// person's first choice always beats their second, whatever the level.
fn language_points(first_choice: bool, level: Level) -> i64 {
    match (first_choice, level) {
        (true, Level::Native) => 60,
        (true, Level::Fluent) => 50,
        (true, Level::Basic) => 35,
        (false, Level::Native) => 30,
        (false, Level::Fluent) => 20,
        (false, Level::Basic) => 10,
    }
}

const CONFIDENT: i64 = 30;
const LEARNING: i64 = 10;
const HELPED_BEFORE: i64 = 25;
/// Two points a minute: after 15 minutes the wait outweighs a confident topic, so a long wait
/// is not starved by better-fitting newcomers. The cap keeps the numbers bounded; beyond it
/// the assignment's tie-break still prefers the earlier ticket.
const PER_MINUTE: i64 = 2;
const MAX_MINUTES: i64 = 8 * 60;
const PER_SESSION: i64 = -5;
const MAX_SESSIONS: u32 = 20;
/// More than a confident topic and a better level together, so another volunteer who can
/// help is taken first; never so much that the person is left without help.
const ONLY_SPEAKER: i64 = -60;

pub(super) fn minutes_waited(request: &Request, now: NaiveDateTime) -> i64 {
    (now - request.waiting_since).num_minutes().max(0)
}

/// The languages that count for this ticket: the first choice, and the second once widened.
pub(super) fn languages_in_effect(request: &Request) -> &[String] {
    let count = if request.second_language_on { 2 } else { 1 };
    &request.languages[..count.min(request.languages.len())]
}

pub(super) fn level_in(volunteer: &Volunteer, language: &str) -> Option<Level> {
    volunteer
        .languages
        .iter()
        .find(|(code, _)| code == language)
        .map(|&(_, level)| level)
}

/// What the site around a pair tells: how long the person has waited, and the languages only
/// this volunteer speaks among those on duty.
#[derive(Debug, Clone, Copy)]
pub(super) struct Context<'a> {
    pub minutes: i64,
    pub only_speaker_of: &'a [String],
}

/// The pair's score, or `None` when the pair is not allowed.
pub(super) fn score(request: &Request, volunteer: &Volunteer, context: Context) -> Option<i64> {
    let mut total = 0;
    walk(request, volunteer, context, &mut |points, _| {
        total += points
    })?;
    Some(total)
}

/// What speaks for an allowed pair, in the order of the terms.
pub(super) fn reasons(request: &Request, volunteer: &Volunteer, context: Context) -> Vec<Reason> {
    let mut reasons = Vec::new();
    walk(request, volunteer, context, &mut |_, reason| {
        reasons.push(reason())
    });
    reasons
}

/// Calls `each` with the points of every term and a way to build its reason, or returns
/// `None` before any call when the pair is not allowed.
fn walk(
    request: &Request,
    volunteer: &Volunteer,
    context: Context,
    each: &mut dyn FnMut(i64, &dyn Fn() -> Reason),
) -> Option<()> {
    let minutes = context.minutes;
    if volunteer.in_training {
        return None;
    }
    let (language, level, first_choice) = best_language(request, volunteer)?;
    each(language_points(first_choice, level), &|| Reason::Speaks {
        language: language.to_owned(),
        level,
        first_choice,
    });
    for topic in &request.topics {
        if volunteer.confident.contains(topic) {
            each(CONFIDENT, &|| Reason::ConfidentWith {
                topic: topic.clone(),
            });
        } else if level >= Level::Fluent && volunteer.learning.contains(topic) {
            each(LEARNING, &|| Reason::LearningTopic {
                topic: topic.clone(),
            });
        }
    }
    if request.earlier_helper == Some(volunteer.id) {
        each(HELPED_BEFORE, &|| Reason::HelpedBefore);
    }
    if minutes > 0 {
        each(PER_MINUTE * minutes.min(MAX_MINUTES), &|| Reason::Waiting {
            minutes,
        });
    }
    let count = volunteer.sessions_today;
    if count > 0 {
        each(PER_SESSION * i64::from(count.min(MAX_SESSIONS)), &|| {
            Reason::SessionsToday { count }
        });
    }
    let unneeded = context
        .only_speaker_of
        .iter()
        .find(|only| !request.languages.contains(only));
    if let Some(language) = unneeded {
        each(ONLY_SPEAKER, &|| Reason::OnlySpeaker {
            language: language.clone(),
        });
    }
    Some(())
}

/// The shared language worth the most points: (code, the volunteer's level, first choice).
fn best_language<'a>(
    request: &'a Request,
    volunteer: &Volunteer,
) -> Option<(&'a str, Level, bool)> {
    languages_in_effect(request)
        .iter()
        .enumerate()
        .filter_map(|(choice, language)| {
            level_in(volunteer, language).map(|level| (language.as_str(), level, choice == 0))
        })
        .max_by_key(|&(_, level, first_choice)| language_points(first_choice, level))
}
