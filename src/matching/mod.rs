//! The matching engine: which volunteer on duty should help which waiting person, over a whole
//! site at once. Pure: plain values in, plain values out, no database, web or translations, so
//! the web layer can call it on every queue change and the rules can be tested on their own.
//!
//! - Hard constraints (`score.rs`): a language the person chose that the volunteer speaks; a
//!   volunteer in training is never suggested alone, only as half of a pair ([`Widening`]).
//! - Scores (`score.rs`): integers, so the optimum is exact; each term is also a [`Reason`].
//! - Assignment (`assign.rs`): as many people as possible are helped, then the best total
//!   score, then the earliest arrivals; found with Kuhn–Munkres over the whole site.
//! - Unmatched people (`explain.rs`): why nobody fits, and what the coordinator could widen.

mod assign;
mod explain;
mod score;

use chrono::NaiveDateTime;

use crate::languages::Level;

pub use score::Reason;

/// A waiting person's ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub id: i32,
    /// Help-language codes in the person's order: the first choice, then optionally a second
    /// one they would accept.
    pub languages: Vec<String>,
    /// The coordinator widened this ticket to its second language ([`Widening::UseSecondLanguage`]).
    /// Until then only the first choice counts: the person chose it, and many accept a second
    /// language only when the wait would be long.
    pub second_language_on: bool,
    /// Topic slugs, each at most once.
    pub topics: Vec<String>,
    pub waiting_since: NaiveDateTime,
    /// The volunteer who helped this person last time, when the person said so.
    pub earlier_helper: Option<i32>,
}

/// A volunteer who is checked in and free.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Volunteer {
    pub id: i32,
    pub languages: Vec<(String, Level)>,
    /// Topics they are confident with, and topics they want to learn.
    pub confident: Vec<String>,
    pub learning: Vec<String>,
    pub sessions_today: u32,
    pub in_training: bool,
}

/// One suggested pair with its score and what speaks for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    pub request: i32,
    pub volunteer: i32,
    pub score: i64,
    pub reasons: Vec<Reason>,
}

/// A person left without a volunteer in this round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmatched {
    pub request: i32,
    pub why: Why,
    pub widenings: Vec<Widening>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// Nobody on duty, in training or not, speaks the languages in effect.
    NobodySpeaks { languages: Vec<String> },
    /// Only volunteers in training speak them, and they do not help alone.
    OnlyTraineeSpeaks { languages: Vec<String> },
    /// Experienced volunteers speak them, but all of them help someone else in this round.
    AllBusy,
}

/// A change the coordinator can choose to help an unmatched person now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Widening {
    /// Use the second language the person accepted: a free volunteer speaks it.
    UseSecondLanguage { language: String },
    /// Let a volunteer in training who speaks the language help together with a free
    /// experienced volunteer.
    PairTrainee { trainee: i32, with: i32 },
}

/// The result of one round: suggestions and unmatched people, each longest wait first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    pub suggestions: Vec<Suggestion>,
    pub unmatched: Vec<Unmatched>,
}

/// Matches the waiting `requests` with the free `volunteers` of one site at time `now`.
pub fn plan(requests: &[Request], volunteers: &[Volunteer], now: NaiveDateTime) -> Plan {
    let order = arrival_order(requests);
    let minutes: Vec<i64> = requests
        .iter()
        .map(|r| score::minutes_waited(r, now))
        .collect();
    let mut edges = Vec::new();
    for (r, request) in requests.iter().enumerate() {
        for (v, volunteer) in volunteers.iter().enumerate() {
            if let Some(score) = score::score(request, volunteer, minutes[r]) {
                edges.push(assign::Edge {
                    request: r,
                    volunteer: v,
                    score,
                });
            }
        }
    }
    let mut rank = vec![0; requests.len()];
    for (position, &r) in order.iter().enumerate() {
        rank[r] = (requests.len() - 1 - position) as i64;
    }
    let chosen = assign::assign(&rank, &edges);

    let mut helper = vec![None; requests.len()];
    let mut busy = vec![false; volunteers.len()];
    for edge in chosen {
        helper[edge.request] = Some(edge);
        busy[edge.volunteer] = true;
    }
    let mut plan = Plan::default();
    for r in order {
        let request = &requests[r];
        match helper[r] {
            Some(edge) => {
                let volunteer = &volunteers[edge.volunteer];
                plan.suggestions.push(Suggestion {
                    request: request.id,
                    volunteer: volunteer.id,
                    score: edge.score,
                    reasons: score::reasons(request, volunteer, minutes[r]),
                });
            }
            None => plan
                .unmatched
                .push(explain::unmatched(request, volunteers, &busy)),
        }
    }
    plan
}

/// The score of one pair at time `now`, or `None` when they may not be paired.
pub fn score(request: &Request, volunteer: &Volunteer, now: NaiveDateTime) -> Option<i64> {
    score::score(request, volunteer, score::minutes_waited(request, now))
}

/// The languages that count for a ticket: its first choice, and its second once widened.
pub fn languages_in_effect(request: &Request) -> &[String] {
    score::languages_in_effect(request)
}

/// Request indices, earliest ticket first (ties by ticket id, which grows with time).
fn arrival_order(requests: &[Request]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..requests.len()).collect();
    order.sort_by_key(|&r| (requests[r].waiting_since, requests[r].id));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, NaiveDate};
    use Level::{Basic, Fluent, Native};

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 26)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap()
    }

    fn ticket(id: i32, languages: &[&str], topics: &[&str], waited: i64) -> Request {
        Request {
            id,
            languages: languages.iter().map(|l| l.to_string()).collect(),
            second_language_on: false,
            topics: topics.iter().map(|t| t.to_string()).collect(),
            waiting_since: now() - Duration::minutes(waited),
            earlier_helper: None,
        }
    }

    fn volunteer(id: i32, languages: &[(&str, Level)], confident: &[&str]) -> Volunteer {
        Volunteer {
            id,
            languages: languages.iter().map(|&(l, v)| (l.to_string(), v)).collect(),
            confident: confident.iter().map(|t| t.to_string()).collect(),
            learning: Vec::new(),
            sessions_today: 0,
            in_training: false,
        }
    }

    fn pairs(plan: &Plan) -> Vec<(i32, i32)> {
        let mut pairs: Vec<_> = plan
            .suggestions
            .iter()
            .map(|s| (s.request, s.volunteer))
            .collect();
        pairs.sort_unstable();
        pairs
    }

    #[test]
    fn an_arabic_speaker_gets_the_arabic_native() {
        let plan = plan(
            &[
                ticket(1, &["ar"], &["kela"], 5),
                ticket(2, &["fi"], &["kela"], 5),
            ],
            &[
                volunteer(10, &[("fi", Native)], &["kela"]),
                volunteer(11, &[("fi", Fluent), ("ar", Native)], &[]),
            ],
            now(),
        );
        assert_eq!(pairs(&plan), [(1, 11), (2, 10)]);
        let arabic = &plan.suggestions.iter().find(|s| s.request == 1).unwrap();
        assert!(arabic.reasons.contains(&Reason::Speaks {
            language: "ar".into(),
            level: Native,
            first_choice: true
        }));
    }

    #[test]
    fn never_pairs_without_a_shared_language() {
        let plan = plan(
            &[ticket(1, &["so"], &[], 30)],
            &[volunteer(10, &[("fi", Native), ("en", Fluent)], &[])],
            now(),
        );
        assert!(plan.suggestions.is_empty());
        assert_eq!(
            plan.unmatched,
            [Unmatched {
                request: 1,
                why: Why::NobodySpeaks {
                    languages: vec!["so".into()]
                },
                widenings: vec![],
            }]
        );
    }

    #[test]
    fn the_volunteer_confident_with_kela_is_preferred() {
        let plan = plan(
            &[ticket(1, &["fi"], &["kela"], 5)],
            &[
                volunteer(10, &[("fi", Native)], &["banking"]),
                volunteer(11, &[("fi", Native)], &["kela"]),
            ],
            now(),
        );
        assert_eq!(pairs(&plan), [(1, 11)]);
        assert!(plan.suggestions[0]
            .reasons
            .contains(&Reason::ConfidentWith {
                topic: "kela".into()
            }));
    }

    #[test]
    fn native_beats_fluent_beats_basic_and_first_choice_beats_second() {
        let mut request = ticket(1, &["ru", "en"], &[], 0);
        request.second_language_on = true;
        let first_basic = volunteer(10, &[("ru", Basic)], &[]);
        let second_native = volunteer(11, &[("en", Native)], &[]);
        let fluent = volunteer(12, &[("ru", Fluent)], &[]);
        let native = volunteer(13, &[("ru", Native)], &[]);
        let score = |v: &Volunteer| score::score(&request, v, 0).unwrap();
        assert!(score(&native) > score(&fluent));
        assert!(score(&fluent) > score(&first_basic));
        assert!(score(&first_basic) > score(&second_native));
        let plan = plan(&[request.clone()], &[second_native], now());
        assert_eq!(
            plan.suggestions[0].reasons,
            [Reason::Speaks {
                language: "en".into(),
                level: Native,
                first_choice: false
            }]
        );
    }

    #[test]
    fn the_longer_wait_wins_when_volunteers_are_scarce() {
        // The newcomer fits better (Kela), but the person who has waited 40 minutes comes first.
        let plan = plan(
            &[
                ticket(1, &["fi"], &[], 40),
                ticket(2, &["fi"], &["kela"], 2),
            ],
            &[volunteer(10, &[("fi", Native)], &["kela"])],
            now(),
        );
        assert_eq!(pairs(&plan), [(1, 10)]);
        assert_eq!(plan.unmatched[0].request, 2);
        assert_eq!(plan.unmatched[0].why, Why::AllBusy);
    }

    #[test]
    fn the_same_minute_goes_to_the_earlier_ticket() {
        let plan = plan(
            &[ticket(2, &["fi"], &[], 3), ticket(1, &["fi"], &[], 3)],
            &[volunteer(10, &[("fi", Native)], &[])],
            now(),
        );
        assert_eq!(pairs(&plan), [(1, 10)]);
    }

    #[test]
    fn as_many_people_as_possible_are_helped_before_the_best_fit() {
        // Volunteer 10 fits person 1 best, but only 10 speaks Arabic for person 2.
        let plan = plan(
            &[ticket(1, &["fi"], &["kela"], 5), ticket(2, &["ar"], &[], 5)],
            &[
                volunteer(10, &[("fi", Native), ("ar", Native)], &["kela"]),
                volunteer(11, &[("fi", Basic)], &[]),
            ],
            now(),
        );
        assert_eq!(pairs(&plan), [(1, 11), (2, 10)]);
    }

    #[test]
    fn explanations_name_every_term() {
        let mut request = ticket(1, &["fi"], &["kela", "tax"], 14);
        request.earlier_helper = Some(10);
        let mut helper = volunteer(10, &[("fi", Native)], &["kela"]);
        helper.learning = vec!["tax".into()];
        helper.sessions_today = 2;
        let plan = plan(&[request], &[helper], now());
        let suggestion = &plan.suggestions[0];
        assert_eq!(
            suggestion.reasons,
            [
                Reason::Speaks {
                    language: "fi".into(),
                    level: Native,
                    first_choice: true
                },
                Reason::ConfidentWith {
                    topic: "kela".into()
                },
                Reason::LearningTopic {
                    topic: "tax".into()
                },
                Reason::HelpedBefore,
                Reason::Waiting { minutes: 14 },
                Reason::SessionsToday { count: 2 },
            ]
        );
        assert_eq!(suggestion.score, 60 + 30 + 10 + 25 + 2 * 14 - 5 * 2);
    }

    #[test]
    fn learning_counts_only_with_a_fluent_language() {
        let request = ticket(1, &["fi"], &["tax"], 0);
        let mut basic = volunteer(10, &[("fi", Basic)], &[]);
        basic.learning = vec!["tax".into()];
        assert_eq!(score::reasons(&request, &basic, 0).len(), 1);
    }

    #[test]
    fn a_trainee_never_helps_alone_but_can_be_paired() {
        let mut trainee = volunteer(10, &[("so", Native)], &[]);
        trainee.in_training = true;
        let plan = plan(
            &[ticket(1, &["so"], &[], 10)],
            &[trainee, volunteer(11, &[("fi", Native)], &[])],
            now(),
        );
        assert!(plan.suggestions.is_empty());
        assert_eq!(
            plan.unmatched,
            [Unmatched {
                request: 1,
                why: Why::OnlyTraineeSpeaks {
                    languages: vec!["so".into()]
                },
                widenings: vec![Widening::PairTrainee {
                    trainee: 10,
                    with: 11
                }],
            }]
        );
    }

    #[test]
    fn the_second_language_is_offered_only_when_someone_free_speaks_it() {
        let plan = plan(
            &[
                ticket(1, &["uk", "en"], &[], 10),
                ticket(2, &["uk", "ru"], &[], 10),
            ],
            &[volunteer(10, &[("fi", Native), ("en", Fluent)], &[])],
            now(),
        );
        assert!(plan.suggestions.is_empty());
        let widenings: Vec<_> = plan.unmatched.iter().map(|u| &u.widenings).collect();
        assert_eq!(
            widenings,
            [
                &vec![Widening::UseSecondLanguage {
                    language: "en".into()
                }],
                &vec![]
            ]
        );

        // Once the coordinator widens the ticket, the second language counts.
        let mut widened = ticket(1, &["uk", "en"], &[], 10);
        widened.second_language_on = true;
        let plan = super::plan(
            &[widened],
            &[volunteer(10, &[("fi", Native), ("en", Fluent)], &[])],
            now(),
        );
        assert_eq!(pairs(&plan), [(1, 10)]);
    }

    #[test]
    fn nobody_on_duty_means_nobody_speaks() {
        let plan = plan(&[ticket(1, &["fi"], &[], 0)], &[], now());
        assert_eq!(
            plan.unmatched[0].why,
            Why::NobodySpeaks {
                languages: vec!["fi".into()]
            }
        );
    }
}
