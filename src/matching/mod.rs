//! The matching engine: which volunteer on duty should help which waiting person, over a whole
//! site at once. Pure: plain values in, plain values out, no database, web or translations, so
//! the web layer can call it on every queue change and the rules can be tested on their own.
//!
//! - Hard constraints (`score.rs`): a language the person chose that the volunteer speaks; a
//!   volunteer in training is never suggested alone, only as half of a pair ([`Widening`]).
//! - Scores (`score.rs`): integers, so the optimum is exact; each term is also a [`Reason`].
//! - Assignment (`assign.rs`): as many people as possible are helped, then the best total
//!   score, then the earliest arrivals; found with Kuhn–Munkres over the whole site.
//! - What comes next (`soon.rs`): busy volunteers come in with the time their help is expected
//!   to end, so the engine uses a person's second language by itself when nobody who speaks
//!   their first is expected free soon and a free volunteer who speaks it is spare (no one
//!   waits for them in their own first language), and keeps a language's only speaker for
//!   those who need it.
//! - Fairness (`nobody_passed_over`): a later arrival in the same queue never takes a volunteer
//!   who can help the earlier person while they wait: the same first language, or the same
//!   second language when nobody on duty speaks either one's first.
//! - Unmatched people (`explain.rs`): why nobody fits, and what the coordinator could widen;
//!   busy volunteers count, so "nobody speaks" means nobody on duty.

mod assign;
mod explain;
mod score;
mod soon;

use chrono::{Duration, NaiveDateTime};

use crate::languages::Level;

pub use score::Reason;

/// How long a help is expected to last from the match when the volunteer's own record does not
/// say ([`Volunteer::usual_help`]).
pub const EXPECTED_HELP: Duration = Duration::minutes(20);

/// The engine uses a person's second language by itself once no volunteer who speaks their
/// first is expected free for them within this.
pub const SHORT_WAIT: Duration = Duration::minutes(20);

/// A waiting person's ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub id: i32,
    /// Help-language codes in the person's order: the first choice, then optionally a second
    /// one they would accept.
    pub languages: Vec<String>,
    /// The coordinator widened this ticket to its second language ([`Widening::UseSecondLanguage`]).
    /// Without it the engine still uses the second language when no volunteer who speaks the
    /// first is expected free within [`SHORT_WAIT`] ([`Reason::FirstLanguageLater`]).
    pub second_language_on: bool,
    /// Topic slugs, each at most once.
    pub topics: Vec<String>,
    pub waiting_since: NaiveDateTime,
    /// The volunteer who helped this person last time, when the person said so.
    pub earlier_helper: Option<i32>,
}

/// A volunteer checked in at the site, free or helping someone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Volunteer {
    pub id: i32,
    pub languages: Vec<(String, Level)>,
    /// Topics they are confident with, and topics they want to learn.
    pub confident: Vec<String>,
    pub learning: Vec<String>,
    pub sessions_today: u32,
    pub in_training: bool,
    /// `None` when free now; otherwise when their present help is expected to end. Busy
    /// volunteers are never suggested, but the engine plans with them.
    pub free_at: Option<NaiveDateTime>,
    /// How long a help of theirs usually takes: from the helps they recorded, otherwise
    /// [`EXPECTED_HELP`]. Their turns after the next come this far apart.
    pub usual_help: Duration,
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
    /// Experienced volunteers on duty speak them, but all of them are helping someone or are
    /// given someone else in this round.
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

/// Matches the waiting `requests` with the free volunteers among those `on_duty` at one site
/// at time `now`; the busy ones tell when help in their languages is likely.
pub fn plan(requests: &[Request], on_duty: &[Volunteer], now: NaiveDateTime) -> Plan {
    let order = arrival_order(requests);
    let (requests, mut by_itself) = in_effect(requests, &order, on_duty, now);
    let mut scores = Scores::new(requests, on_duty, now);
    let mut edges = Vec::new();
    for r in 0..scores.requests.len() {
        for v in 0..on_duty.len() {
            if let Some(score) = scores.score(r, v) {
                edges.push(assign::Edge {
                    request: r,
                    volunteer: v,
                    score,
                });
            }
        }
    }
    let count = order.len();
    let mut rank = vec![0; count];
    for (position, &r) in order.iter().enumerate() {
        rank[r] = (count - 1 - position) as i64;
    }
    let mut helper: Vec<Option<usize>> = vec![None; count];
    for edge in assign::assign(&rank, &edges) {
        helper[edge.request] = Some(edge.volunteer);
    }
    nobody_passed_over(&mut scores, &order, &mut by_itself, &mut helper);

    let mut busy: Vec<bool> = on_duty.iter().map(|v| v.free_at.is_some()).collect();
    for &v in helper.iter().flatten() {
        busy[v] = true;
    }
    let mut plan = Plan::default();
    for r in order {
        let request = &scores.requests[r];
        match helper[r] {
            Some(v) => {
                let mut reasons = scores.reasons(r, v);
                let second = matches!(
                    reasons.first(),
                    Some(Reason::Speaks {
                        first_choice: false,
                        ..
                    })
                );
                if second && by_itself[r] {
                    reasons.push(Reason::FirstLanguageLater {
                        language: request.languages[0].clone(),
                    });
                }
                plan.suggestions.push(Suggestion {
                    request: request.id,
                    volunteer: on_duty[v].id,
                    score: reasons.iter().map(Reason::points).sum(),
                    reasons,
                });
            }
            None => plan
                .unmatched
                .push(explain::unmatched(request, on_duty, &busy)),
        }
    }
    plan
}

/// The score of every allowed pair of a site, as `plan` weighs them: `None` for a pair that
/// may not be matched now (the volunteer is busy or in training, or shares no language in
/// effect). Rows are the requests, columns the volunteers. Giving way to an earlier arrival
/// (`nobody_passed_over`) may still widen a ticket after these.
pub fn scores(
    requests: &[Request],
    on_duty: &[Volunteer],
    now: NaiveDateTime,
) -> Vec<Vec<Option<i64>>> {
    let (requests, _) = in_effect(requests, &arrival_order(requests), on_duty, now);
    let count = requests.len();
    let scores = Scores::new(requests, on_duty, now);
    (0..count)
        .map(|r| (0..on_duty.len()).map(|v| scores.score(r, v)).collect())
        .collect()
}

/// The requests with the second language on where the engine uses it by itself, and which
/// those are.
fn in_effect(
    requests: &[Request],
    order: &[usize],
    on_duty: &[Volunteer],
    now: NaiveDateTime,
) -> (Vec<Request>, Vec<bool>) {
    let by_itself = soon::second_language_by_itself(requests, order, on_duty, now);
    let requests = requests
        .iter()
        .zip(&by_itself)
        .map(|(request, &by_itself)| Request {
            second_language_on: request.second_language_on || by_itself,
            ..request.clone()
        })
        .collect();
    (requests, by_itself)
}

/// The pairs' scores in their site's context.
struct Scores<'a> {
    requests: Vec<Request>,
    volunteers: &'a [Volunteer],
    minutes: Vec<i64>,
    only_speakers: Vec<Vec<String>>,
}

impl<'a> Scores<'a> {
    fn new(requests: Vec<Request>, volunteers: &'a [Volunteer], now: NaiveDateTime) -> Self {
        Scores {
            minutes: requests
                .iter()
                .map(|r| score::minutes_waited(r, now))
                .collect(),
            requests,
            volunteers,
            only_speakers: soon::only_speakers(volunteers),
        }
    }

    fn context(&self, r: usize, v: usize) -> score::Context<'_> {
        score::Context {
            minutes: self.minutes[r],
            only_speaker_of: &self.only_speakers[v],
        }
    }

    fn score(&self, r: usize, v: usize) -> Option<i64> {
        if self.volunteers[v].free_at.is_some() {
            return None;
        }
        score::score(&self.requests[r], &self.volunteers[v], self.context(r, v))
    }

    fn reasons(&self, r: usize, v: usize) -> Vec<Reason> {
        score::reasons(&self.requests[r], &self.volunteers[v], self.context(r, v))
    }
}

/// Nobody waits while a later arrival in the same queue is given a volunteer who can help
/// them: that volunteer goes to the earlier person instead (the latest such arrival gives way
/// first), with their second language if need be. The same queue is the same first language,
/// or, while no experienced volunteer on duty speaks either one's first language, the same
/// second language: then both wait for the same volunteers. The number of people helped stays
/// the same; only the fit can be lower.
fn nobody_passed_over(
    scores: &mut Scores,
    order: &[usize],
    by_itself: &mut [bool],
    helper: &mut [Option<usize>],
) {
    'again: loop {
        for (position, &earlier) in order.iter().enumerate() {
            if helper[earlier].is_some() {
                continue;
            }
            for &later in order[position + 1..].iter().rev() {
                let Some(v) = helper[later] else { continue };
                let (mine, theirs) = (&scores.requests[earlier], &scores.requests[later]);
                if !same_queue(scores.volunteers, mine, theirs) {
                    continue;
                }
                let volunteer = &scores.volunteers[v];
                let speaks = |language: Option<&String>| {
                    language.is_some_and(|l| score::level_in(volunteer, l).is_some())
                };
                let widen = !speaks(mine.languages.first())
                    && !mine.second_language_on
                    && mine.languages.get(1) == theirs.languages.get(1)
                    && speaks(mine.languages.get(1));
                if widen {
                    scores.requests[earlier].second_language_on = true;
                    by_itself[earlier] = true;
                }
                if scores.score(earlier, v).is_some() {
                    helper[earlier] = Some(v);
                    helper[later] = None;
                    continue 'again;
                }
            }
        }
        return;
    }
}

/// Whether two people wait for the same volunteers: the same first language, or the same
/// second language when no experienced volunteer on duty speaks either one's first.
fn same_queue(on_duty: &[Volunteer], mine: &Request, theirs: &Request) -> bool {
    let unspoken = |request: &Request| {
        on_duty
            .iter()
            .all(|v| v.in_training || score::level_in(v, &request.languages[0]).is_none())
    };
    mine.languages[0] == theirs.languages[0]
        || (mine.languages.get(1).is_some()
            && mine.languages.get(1) == theirs.languages.get(1)
            && unspoken(mine)
            && unspoken(theirs))
}

/// The languages that count for a ticket without the engine's own widening: its first
/// choice, and its second once the coordinator widened it.
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
            free_at: None,
            usual_help: EXPECTED_HELP,
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
    fn an_earlier_arrival_waiting_for_the_same_second_language_goes_first() {
        // Nobody on duty speaks Kurdish or Vietnamese, and both accept Finnish. The later
        // Vietnamese's topics fit the volunteer better, but the Kurd came first.
        let vietnamese = Request {
            second_language_on: true,
            ..ticket(2, &["vi", "fi"], &["kela", "tax"], 5)
        };
        let plan = plan(
            &[ticket(1, &["kmr", "fi"], &[], 20), vietnamese],
            &[volunteer(10, &[("fi", Native)], &["kela", "tax"])],
            now(),
        );
        assert_eq!(pairs(&plan), [(1, 10)]);
        assert!(plan.suggestions[0]
            .reasons
            .contains(&Reason::FirstLanguageLater {
                language: "kmr".into()
            }));
    }

    #[test]
    fn a_busy_speakers_usual_help_sets_when_the_next_in_their_language_has_a_turn() {
        // Two Arabs who accept Finnish; the one Arabic speaker is busy for five more minutes.
        // The first waits for her; the second's turn is one of her usual helps later.
        let busy = |usual| Volunteer {
            free_at: Some(now() + Duration::minutes(5)),
            usual_help: Duration::minutes(usual),
            ..volunteer(10, &[("ar", Native)], &[])
        };
        let finn = volunteer(11, &[("fi", Native)], &[]);
        let arabs = [
            ticket(1, &["ar", "fi"], &[], 10),
            ticket(2, &["ar", "fi"], &[], 5),
        ];
        let quick = plan(&arabs, &[busy(10), finn.clone()], now());
        assert!(
            quick.suggestions.is_empty(),
            "both in Arabic within 15 minutes"
        );
        // Usually 40 minutes: the second would wait 45, so one of them gets Finnish now (the
        // earlier, as the later gives way), and the other the Arabic speaker in 5 minutes.
        let slow = plan(&arabs, &[busy(40), finn], now());
        assert_eq!(pairs(&slow), [(1, 11)]);
        assert!(slow.suggestions[0]
            .reasons
            .contains(&Reason::FirstLanguageLater {
                language: "ar".into()
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
        let alone = score::Context {
            minutes: 0,
            only_speaker_of: &[],
        };
        let score = |v: &Volunteer| score::score(&request, v, alone).unwrap();
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
        let alone = score::Context {
            minutes: 0,
            only_speaker_of: &[],
        };
        assert_eq!(score::reasons(&request, &basic, alone).len(), 1);
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
    fn the_second_language_is_offered_while_a_first_language_helper_is_expected_soon() {
        // A Ukrainian speaker is busy for five more minutes: the first person waits for them,
        // the second (next in line for them) gets Russian by itself, which nobody speaks.
        let mut ukrainian = volunteer(11, &[("uk", Native)], &[]);
        ukrainian.free_at = Some(now() + Duration::minutes(5));
        let on_duty = [
            volunteer(10, &[("fi", Native), ("en", Fluent)], &[]),
            ukrainian,
        ];
        let plan = plan(
            &[
                ticket(1, &["uk", "en"], &[], 10),
                ticket(2, &["uk", "ru"], &[], 10),
            ],
            &on_duty,
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
        assert!(plan.unmatched.iter().all(|u| u.why == Why::AllBusy));

        // Once the coordinator widens the ticket, the second language counts.
        let mut widened = ticket(1, &["uk", "en"], &[], 10);
        widened.second_language_on = true;
        let plan = super::plan(&[widened], &on_duty, now());
        assert_eq!(pairs(&plan), [(1, 10)]);
    }

    #[test]
    fn the_second_language_is_used_by_itself_when_nobody_speaks_the_first_soon() {
        let mut ukrainian = volunteer(11, &[("uk", Native), ("fi", Fluent)], &[]);
        ukrainian.free_at = Some(now() + Duration::minutes(25));
        let plan = plan(
            &[ticket(1, &["uk", "en"], &[], 0)],
            &[
                volunteer(10, &[("fi", Native), ("en", Fluent)], &[]),
                ukrainian,
            ],
            now(),
        );
        assert_eq!(pairs(&plan), [(1, 10)]);
        assert_eq!(
            plan.suggestions[0].reasons,
            [
                Reason::Speaks {
                    language: "en".into(),
                    level: Fluent,
                    first_choice: false
                },
                Reason::FirstLanguageLater {
                    language: "uk".into()
                }
            ]
        );
    }

    #[test]
    fn a_second_language_by_itself_never_takes_the_helper_of_someone_in_their_first() {
        // The Somali speaker accepts Finnish and has waited long; the only free volunteer
        // speaks Finnish, but also Arabic, and an Arab waits: the volunteer is not spare.
        let plan = plan(
            &[
                ticket(1, &["so", "fi"], &[], 40),
                ticket(2, &["ar"], &[], 5),
            ],
            &[volunteer(10, &[("ar", Native), ("fi", Fluent)], &[])],
            now(),
        );
        assert_eq!(pairs(&plan), [(2, 10)]);
        // Without the Arab the Somali speaker gets Finnish by themselves.
        let plan = super::plan(
            &[ticket(1, &["so", "fi"], &[], 40)],
            &[volunteer(10, &[("ar", Native), ("fi", Fluent)], &[])],
            now(),
        );
        assert_eq!(pairs(&plan), [(1, 10)]);
    }

    #[test]
    fn nobody_speaks_only_when_nobody_on_duty_does_busy_ones_count() {
        let mut vietnamese = volunteer(11, &[("vi", Native)], &[]);
        vietnamese.free_at = Some(now() + Duration::minutes(15));
        let plan = plan(&[ticket(1, &["vi"], &[], 3)], &[vietnamese], now());
        assert!(plan.suggestions.is_empty());
        assert_eq!(plan.unmatched[0].why, Why::AllBusy);
    }

    #[test]
    fn the_only_arabic_speaker_is_kept_while_a_finn_is_free() {
        // The Arabic speaker knows the topic, the Finn does not; the Finn still takes the Finn.
        let plan = plan(
            &[ticket(1, &["fi"], &["kela"], 5)],
            &[
                volunteer(10, &[("ar", Native), ("fi", Native)], &["kela"]),
                volunteer(11, &[("fi", Native)], &[]),
            ],
            now(),
        );
        assert_eq!(pairs(&plan), [(1, 11)]);
        // Alone on duty, the Arabic speaker helps the Finn, and the board says what it costs.
        let plan = super::plan(
            &[ticket(1, &["fi"], &[], 5)],
            &[volunteer(10, &[("ar", Native), ("fi", Native)], &[])],
            now(),
        );
        assert_eq!(pairs(&plan), [(1, 10)]);
        assert!(plan.suggestions[0].reasons.contains(&Reason::OnlySpeaker {
            language: "ar".into()
        }));
    }

    #[test]
    fn a_later_arrival_never_takes_the_helper_of_an_earlier_one_in_the_same_language() {
        // The newcomer fits far better (two topics and the earlier helper), but the Finn who
        // came first gets the only Finnish speaker.
        let mut newcomer = ticket(2, &["fi"], &["kela", "tax"], 0);
        newcomer.earlier_helper = Some(10);
        let plan = plan(
            &[ticket(1, &["fi"], &[], 1), newcomer],
            &[volunteer(10, &[("fi", Native)], &["kela", "tax"])],
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
