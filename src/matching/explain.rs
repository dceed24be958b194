//! Why a person was left without a volunteer, and which widening would help them now.

use super::score::{languages_in_effect, level_in};
use super::{Request, Unmatched, Volunteer, Why, Widening};

/// `busy[v]` tells whether `volunteers[v]` is helping someone or was given someone else in
/// this round.
pub(super) fn unmatched(request: &Request, volunteers: &[Volunteer], busy: &[bool]) -> Unmatched {
    let languages = languages_in_effect(request);
    let speaks_any = |v: &Volunteer| languages.iter().any(|l| level_in(v, l).is_some());
    let why = if volunteers.iter().any(|v| !v.in_training && speaks_any(v)) {
        Why::AllBusy
    } else if volunteers.iter().any(|v| v.in_training && speaks_any(v)) {
        Why::OnlyTraineeSpeaks {
            languages: languages.to_vec(),
        }
    } else {
        Why::NobodySpeaks {
            languages: languages.to_vec(),
        }
    };

    let free: Vec<&Volunteer> = volunteers
        .iter()
        .zip(busy)
        .filter(|&(_, &busy)| !busy)
        .map(|(v, _)| v)
        .collect();
    let mut widenings = Vec::new();
    if let Some(second) = request.languages.get(1) {
        let someone_free_speaks = free
            .iter()
            .any(|v| !v.in_training && level_in(v, second).is_some());
        if !request.second_language_on && someone_free_speaks {
            widenings.push(Widening::UseSecondLanguage {
                language: second.clone(),
            });
        }
    }
    // The trainee who speaks the language best, with the least busy experienced volunteer.
    let trainee = free
        .iter()
        .filter(|v| v.in_training)
        .filter_map(|v| {
            let best = languages.iter().filter_map(|l| level_in(v, l)).max()?;
            Some((v, best))
        })
        .max_by_key(|&(v, level)| (level, std::cmp::Reverse((v.sessions_today, v.id))))
        .map(|(v, _)| v);
    let mentor = free
        .iter()
        .filter(|v| !v.in_training)
        .min_by_key(|v| (v.sessions_today, v.id));
    if let (Some(trainee), Some(mentor)) = (trainee, mentor) {
        widenings.push(Widening::PairTrainee {
            trainee: trainee.id,
            with: mentor.id,
        });
    }
    Unmatched {
        request: request.id,
        why,
        widenings,
    }
}
