//! What the engine expects of the next minutes: when a volunteer who speaks a person's first
//! language is likely to be free for them, and which languages only one volunteer on duty
//! speaks. Busy volunteers count here, with the time their help is expected to end.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use chrono::NaiveDateTime;

use super::score::level_in;
use super::{Request, Volunteer, SHORT_WAIT};

/// When the volunteer can take someone: now, or when their help is expected to end (and any
/// moment now once that has passed).
fn free_for_next(volunteer: &Volunteer, now: NaiveDateTime) -> NaiveDateTime {
    volunteer.free_at.map_or(now, |at| at.max(now))
}

/// For each request, whether the engine uses its second language by itself: no experienced
/// volunteer who speaks its first is expected free for it within `SHORT_WAIT` (the people
/// ahead in the same first language take the earlier turns, each for the volunteer's usual
/// help), and a
/// free volunteer who speaks the second is spare: more of them are free than people wait with
/// a first language one of them speaks, so nobody loses a helper in their own language to it.
pub(super) fn second_language_by_itself(
    requests: &[Request],
    order: &[usize],
    volunteers: &[Volunteer],
    now: NaiveDateTime,
) -> Vec<bool> {
    // Each first language's coming turns: when, and whose.
    let mut turns: HashMap<&str, BinaryHeap<Reverse<(NaiveDateTime, usize)>>> = HashMap::new();
    let mut spare: HashMap<&str, i64> = HashMap::new();
    for request in requests {
        if let Some(second) = request.languages.get(1) {
            spare
                .entry(second.as_str())
                .or_insert_with(|| spare_speakers(requests, volunteers, second));
        }
    }
    let mut by_itself = vec![false; requests.len()];
    for &r in order {
        let request = &requests[r];
        let Some(first) = request.languages.first() else {
            continue;
        };
        let turns = turns.entry(first.as_str()).or_insert_with(|| {
            volunteers
                .iter()
                .enumerate()
                .filter(|(_, v)| !v.in_training && level_in(v, first).is_some())
                .map(|(n, v)| Reverse((free_for_next(v, now), n)))
                .collect()
        });
        let turn = turns.pop().map(|Reverse((at, n))| {
            turns.push(Reverse((at + volunteers[n].usual_help, n)));
            at
        });
        let Some(second) = request.languages.get(1) else {
            continue;
        };
        let spare = spare.entry(second.as_str()).or_default();
        if !request.second_language_on && *spare > 0 && turn.is_none_or(|at| at > now + SHORT_WAIT)
        {
            by_itself[r] = true;
            *spare -= 1;
        }
    }
    by_itself
}

/// How many free volunteers who speak `language` are spare: their number less the people
/// waiting whose first language one of them speaks. Counting only the people whose first
/// language is `language` spent a Finnish-speaking Arab on someone's second language while an
/// Arab waited for them, and a help in a second language takes longer.
fn spare_speakers(requests: &[Request], volunteers: &[Volunteer], language: &str) -> i64 {
    let free: Vec<&Volunteer> = volunteers
        .iter()
        .filter(|v| v.free_at.is_none() && !v.in_training)
        .filter(|v| level_in(v, language).is_some())
        .collect();
    let waiting = requests
        .iter()
        .filter(|r| {
            r.languages
                .first()
                .is_some_and(|first| free.iter().any(|v| level_in(v, first).is_some()))
        })
        .count();
    free.len() as i64 - waiting as i64
}

/// For each volunteer, the languages nobody else on duty speaks (volunteers in training do
/// not help alone, so they neither count nor are kept).
pub(super) fn only_speakers(volunteers: &[Volunteer]) -> Vec<Vec<String>> {
    volunteers
        .iter()
        .enumerate()
        .map(|(v, volunteer)| {
            if volunteer.in_training {
                return Vec::new();
            }
            volunteer
                .languages
                .iter()
                .map(|(code, _)| code)
                .filter(|code| {
                    volunteers.iter().enumerate().all(|(w, other)| {
                        w == v || other.in_training || level_in(other, code).is_none()
                    })
                })
                .cloned()
                .collect()
        })
        .collect()
}
