//! Properties of the matching engine on random sites: the hard constraints, one pair per
//! volunteer, the optimum against brute force, fairness of the queue (in the first language and
//! among those who wait for the same second language), the second language used
//! by itself, and what "nobody speaks" means with busy volunteers. Run with
//! `cargo test matching`.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use digikaveri::languages::Level;
use digikaveri::matching::{self, Plan, Reason, Request, Volunteer, Why};
use proptest::prelude::*;

/// Few languages and topics, so that shared languages, clashes and equal needs are common.
const LANGUAGES: [&str; 4] = ["fi", "en", "ar", "so"];
const TOPICS: [&str; 4] = ["kela", "tax", "banking", "email"];

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 26)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
}

fn pick<'a>(pool: &'a [&'a str], mask: u8) -> Vec<String> {
    (0..pool.len())
        .filter(|i| mask & (1 << i) != 0)
        .map(|i| pool[i].to_string())
        .collect()
}

prop_compose! {
    fn a_request()(
        first in 0..LANGUAGES.len(),
        second in proptest::option::of(0..LANGUAGES.len()),
        second_language_on in any::<bool>(),
        topics in 0u8..16,
        // Seconds, so that several tickets can fall into the same minute.
        waited in 0i64..3 * 3600,
        earlier_helper in proptest::option::weighted(0.2, 0i32..8),
    ) -> Request {
        let mut languages = vec![LANGUAGES[first].to_string()];
        if let Some(second) = second.filter(|&s| s != first) {
            languages.push(LANGUAGES[second].to_string());
        }
        Request {
            id: 0,
            languages,
            second_language_on,
            topics: pick(&TOPICS, topics),
            waiting_since: now() - Duration::seconds(waited),
            earlier_helper,
        }
    }
}

prop_compose! {
    fn a_volunteer()(
        languages in proptest::collection::vec((0..LANGUAGES.len(), 0..3usize), 1..3),
        confident in 0u8..16,
        learning in 0u8..16,
        sessions_today in 0u32..6,
        in_training in proptest::bool::weighted(0.2),
        // Busy ones, some past the end expected for their help.
        busy_for in proptest::option::weighted(0.4, -5i64..30),
        usual_help in 8i64..50,
    ) -> Volunteer {
        let mut spoken: Vec<(String, Level)> = Vec::new();
        for (language, level) in languages {
            let code = LANGUAGES[language].to_string();
            if spoken.iter().all(|(c, _)| *c != code) {
                spoken.push((code, Level::ALL[level]));
            }
        }
        Volunteer {
            id: 0,
            languages: spoken,
            confident: pick(&TOPICS, confident),
            learning: pick(&TOPICS, learning & !confident),
            sessions_today,
            in_training,
            free_at: busy_for.map(|minutes| now() + Duration::minutes(minutes)),
            usual_help: Duration::minutes(usual_help),
        }
    }
}

/// A site with ids 1.. for the tickets and 100.. for the volunteers.
fn a_site(
    requests: std::ops::RangeInclusive<usize>,
    volunteers: std::ops::RangeInclusive<usize>,
) -> impl Strategy<Value = (Vec<Request>, Vec<Volunteer>)> {
    (
        proptest::collection::vec(a_request(), requests),
        proptest::collection::vec(a_volunteer(), volunteers),
    )
        .prop_map(|(mut requests, mut volunteers)| {
            for (n, r) in requests.iter_mut().enumerate() {
                r.id = n as i32 + 1;
                r.earlier_helper = r.earlier_helper.map(|v| v + 100);
            }
            for (n, v) in volunteers.iter_mut().enumerate() {
                v.id = n as i32 + 100;
            }
            (requests, volunteers)
        })
}

/// The best (people helped, total score) over every one-to-one assignment.
fn brute_force(scores: &[Vec<Option<i64>>], request: usize, used: &mut [bool]) -> (usize, i64) {
    let Some(row) = scores.get(request) else {
        return (0, 0);
    };
    let mut best = brute_force(scores, request + 1, used);
    for (v, score) in row.iter().enumerate() {
        if let (Some(score), false) = (*score, used[v]) {
            used[v] = true;
            let (count, total) = brute_force(scores, request + 1, used);
            used[v] = false;
            best = best.max((count + 1, total + score));
        }
    }
    best
}

fn volunteer(volunteers: &[Volunteer], id: i32) -> &Volunteer {
    volunteers.iter().find(|v| v.id == id).unwrap()
}

fn same_needs(a: &Request, b: &Request) -> bool {
    a.languages == b.languages
        && a.second_language_on == b.second_language_on
        && a.topics == b.topics
        && a.earlier_helper == b.earlier_helper
}

fn helped(plan: &Plan, request: i32) -> bool {
    plan.suggestions.iter().any(|s| s.request == request)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn matching_never_pairs_without_a_shared_language_nor_a_trainee_alone(
        (requests, volunteers) in a_site(0..=12, 0..=12)
    ) {
        let plan = matching::plan(&requests, &volunteers, now());
        let scores = matching::scores(&requests, &volunteers, now());
        for suggestion in &plan.suggestions {
            let r = requests.iter().position(|r| r.id == suggestion.request).unwrap();
            let v = volunteers.iter().position(|v| v.id == suggestion.volunteer).unwrap();
            let (request, helper) = (&requests[r], &volunteers[v]);
            prop_assert!(!helper.in_training);
            prop_assert!(helper.free_at.is_none(), "a busy volunteer is never suggested");
            prop_assert!(request
                .languages
                .iter()
                .any(|l| helper.languages.iter().any(|(code, _)| code == l)));
            // The second language without the coordinator only with its reason.
            let second = suggestion.reasons.iter().any(|reason| {
                matches!(reason, Reason::Speaks { first_choice: false, .. })
            });
            if second && !request.second_language_on {
                let later = Reason::FirstLanguageLater { language: request.languages[0].clone() };
                prop_assert!(suggestion.reasons.contains(&later));
            }
            prop_assert_eq!(suggestion.score, suggestion.reasons.iter().map(Reason::points).sum::<i64>());
            // Giving way to an earlier arrival may widen that one; otherwise the same weights.
            if let Some(score) = scores[r][v] {
                prop_assert_eq!(suggestion.score, score);
            }
        }
    }

    #[test]
    fn matching_gives_each_volunteer_and_each_person_at_most_one_pair(
        (requests, volunteers) in a_site(0..=12, 0..=12)
    ) {
        let plan = matching::plan(&requests, &volunteers, now());
        let mut helpers: Vec<i32> = plan.suggestions.iter().map(|s| s.volunteer).collect();
        helpers.sort_unstable();
        helpers.dedup();
        prop_assert_eq!(helpers.len(), plan.suggestions.len());
        // Every ticket is answered exactly once: suggested or explained.
        let mut answered: Vec<i32> = plan
            .suggestions
            .iter()
            .map(|s| s.request)
            .chain(plan.unmatched.iter().map(|u| u.request))
            .collect();
        answered.sort_unstable();
        prop_assert_eq!(answered, requests.iter().map(|r| r.id).collect::<Vec<_>>());
    }

    #[test]
    fn matching_helps_as_many_as_brute_force_and_finds_its_optimum(
        (requests, volunteers) in a_site(0..=7, 0..=7)
    ) {
        let plan = matching::plan(&requests, &volunteers, now());
        let scores = matching::scores(&requests, &volunteers, now());
        let best = brute_force(&scores, 0, &mut vec![false; volunteers.len()]);
        prop_assert_eq!(plan.suggestions.len(), best.0);
        // Giving way to an earlier arrival can cost fit only when two share a first language
        // or a second one.
        let distinct = |position: usize| {
            let mut codes: Vec<&String> =
                requests.iter().filter_map(|r| r.languages.get(position)).collect();
            let all = codes.len();
            codes.sort_unstable();
            codes.dedup();
            codes.len() == all
        };
        if distinct(0) && distinct(1) {
            let total = plan.suggestions.iter().map(|s| s.score).sum::<i64>();
            prop_assert_eq!(total, best.1);
        }
    }

    #[test]
    fn matching_never_passes_over_an_earlier_arrival_in_the_same_first_language(
        (requests, volunteers) in a_site(1..=12, 0..=8)
    ) {
        let plan = matching::plan(&requests, &volunteers, now());
        let arrival = |r: &Request| (r.waiting_since, r.id);
        for earlier in requests.iter().filter(|r| !helped(&plan, r.id)) {
            let first = &earlier.languages[0];
            for suggestion in &plan.suggestions {
                let later = requests.iter().find(|r| r.id == suggestion.request).unwrap();
                let helper = volunteer(&volunteers, suggestion.volunteer);
                prop_assert!(
                    !(arrival(later) > arrival(earlier)
                        && later.languages[0] == *first
                        && helper.languages.iter().any(|(code, _)| code == first)),
                    "ticket {} took {} while the earlier {} waits", later.id, helper.id, earlier.id
                );
            }
        }
    }

    #[test]
    fn matching_never_passes_over_an_earlier_arrival_waiting_for_the_same_second_language(
        // Few volunteers, so that first languages nobody on duty speaks are common.
        (requests, volunteers) in a_site(2..=10, 1..=3)
    ) {
        let plan = matching::plan(&requests, &volunteers, now());
        let arrival = |r: &Request| (r.waiting_since, r.id);
        let unspoken = |language: &String| volunteers.iter().all(|v| {
            v.in_training || v.languages.iter().all(|(code, _)| code != language)
        });
        for earlier in requests.iter().filter(|r| !helped(&plan, r.id)) {
            let Some(second) = earlier.languages.get(1) else { continue };
            if !unspoken(&earlier.languages[0]) {
                continue;
            }
            for suggestion in &plan.suggestions {
                let later = requests.iter().find(|r| r.id == suggestion.request).unwrap();
                let helper = volunteer(&volunteers, suggestion.volunteer);
                prop_assert!(
                    !(arrival(later) > arrival(earlier)
                        && unspoken(&later.languages[0])
                        && later.languages.get(1) == Some(second)
                        && helper.languages.iter().any(|(code, _)| code == second)),
                    "ticket {} took {} in {} while the earlier {} waits",
                    later.id, helper.id, second, earlier.id
                );
            }
        }
    }

    #[test]
    fn matching_keeps_to_the_first_language_while_its_helper_is_expected_soon(
        (requests, volunteers) in a_site(1..=8, 0..=8)
    ) {
        let plan = matching::plan(&requests, &volunteers, now());
        let soon = now() + matching::SHORT_WAIT;
        for suggestion in &plan.suggestions {
            let request = requests.iter().find(|r| r.id == suggestion.request).unwrap();
            let first = &request.languages[0];
            // Alone in its first language: an earlier one may take the turn, and a later one
            // with the same second language may make room for it.
            let alone = requests.iter().all(|r| r.id == request.id || r.languages[0] != *first);
            let helper_soon = volunteers.iter().any(|v| {
                !v.in_training
                    && v.free_at.is_none_or(|at| at <= soon)
                    && v.languages.iter().any(|(code, _)| code == first)
            });
            if alone && helper_soon && !request.second_language_on {
                prop_assert!(suggestion.reasons.iter().any(|reason| {
                    matches!(reason, Reason::Speaks { first_choice: true, .. })
                }), "ticket {} got its second language too soon", request.id);
            }
        }
    }

    #[test]
    fn matching_uses_the_second_language_by_itself_when_nobody_speaks_the_first(
        (requests, volunteers) in a_site(1..=1, 0..=8)
    ) {
        let request = &requests[0];
        let speaks = |v: &Volunteer, language: &String| {
            !v.in_training && v.languages.iter().any(|(code, _)| code == language)
        };
        let plan = matching::plan(&requests, &volunteers, now());
        if let [first, second] = &request.languages[..] {
            if !volunteers.iter().any(|v| speaks(v, first))
                && volunteers.iter().any(|v| v.free_at.is_none() && speaks(v, second))
            {
                prop_assert!(helped(&plan, request.id));
            }
        }
    }

    #[test]
    fn matching_says_nobody_speaks_only_when_nobody_on_duty_does(
        (requests, volunteers) in a_site(1..=8, 0..=8)
    ) {
        let plan = matching::plan(&requests, &volunteers, now());
        for unmatched in &plan.unmatched {
            if let Why::NobodySpeaks { languages } = &unmatched.why {
                let anyone_speaks = volunteers
                    .iter()
                    .any(|v| v.languages.iter().any(|(code, _)| languages.contains(code)));
                prop_assert!(!anyone_speaks, "ticket {}: a volunteer on duty speaks it", unmatched.request);
                let request = requests.iter().find(|r| r.id == unmatched.request).unwrap();
                prop_assert!(languages.contains(&request.languages[0]));
            }
        }
    }

    #[test]
    fn matching_gives_an_only_speaker_to_others_only_when_nobody_free_fits_as_well(
        (requests, volunteers) in a_site(1..=8, 1..=8)
    ) {
        let plan = matching::plan(&requests, &volunteers, now());
        let scores = matching::scores(&requests, &volunteers, now());
        let assigned: Vec<i32> = plan.suggestions.iter().map(|s| s.volunteer).collect();
        for suggestion in &plan.suggestions {
            if !suggestion.reasons.iter().any(|r| matches!(r, Reason::OnlySpeaker { .. })) {
                continue;
            }
            let r = requests.iter().position(|r| r.id == suggestion.request).unwrap();
            for (w, other) in volunteers.iter().enumerate() {
                if !assigned.contains(&other.id) {
                    prop_assert!(scores[r][w].is_none_or(|score| score <= suggestion.score));
                }
            }
        }
    }

    #[test]
    fn matching_never_passes_over_an_earlier_arrival_with_the_same_needs(
        (mut requests, volunteers) in a_site(1..=20, 0..=8),
        copies in proptest::collection::vec((0usize..20, 0i64..3 * 3600), 0..10),
    ) {
        // Copies of some tickets with other arrival times, so equal needs are frequent.
        for (source, waited) in copies {
            let mut copy = requests[source % requests.len()].clone();
            copy.id = requests.len() as i32 + 1;
            copy.waiting_since = now() - Duration::seconds(waited);
            requests.push(copy);
        }
        let plan = matching::plan(&requests, &volunteers, now());
        for earlier in &requests {
            for later in &requests {
                let arrived_first =
                    (earlier.waiting_since, earlier.id) < (later.waiting_since, later.id);
                if arrived_first && same_needs(earlier, later) {
                    prop_assert!(
                        helped(&plan, earlier.id) || !helped(&plan, later.id),
                        "ticket {} helped before the earlier {}", later.id, earlier.id
                    );
                }
            }
        }
    }
}
