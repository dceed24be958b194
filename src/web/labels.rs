//! The message ids of domain values that pages show: statuses, levels, kinds, topics, events.
//! The domain names values; only the web layer knows how they read.

use crate::help_sessions::feedback::{Face, NextTime};
use crate::help_sessions::{Device, Outcome, Referral};
use crate::i18n::MessageId;
use crate::languages::Level;
use crate::msg;
use crate::privacy::audit::{Action, SubjectKind};
use crate::sites::SiteKind;
use crate::skills::framework::Band;
use crate::users::Status;

pub fn status(status: Status) -> MessageId {
    match status {
        Status::Applicant => msg!("status-applicant"),
        Status::InTraining => msg!("status-in-training"),
        Status::Active => msg!("status-active"),
        Status::Paused => msg!("status-paused"),
        Status::Left => msg!("status-left"),
    }
}

pub fn level(level: Level) -> MessageId {
    match level {
        Level::Basic => msg!("level-basic"),
        Level::Fluent => msg!("level-fluent"),
        Level::Native => msg!("level-native"),
    }
}

pub fn site_kind(kind: SiteKind) -> MessageId {
    match kind {
        SiteKind::DropIn => msg!("site-kind-drop-in"),
        SiteKind::FoodAid => msg!("site-kind-food-aid"),
        SiteKind::Library => msg!("site-kind-library"),
        SiteKind::Other => msg!("site-kind-other"),
    }
}

/// A help topic's label; a slug that is not in the list reads as "other".
pub fn topic(slug: &str) -> MessageId {
    match slug {
        "strong-eid" => msg!("topic-strong-eid"),
        "suomifi" => msg!("topic-suomifi"),
        "kela" => msg!("topic-kela"),
        "omakanta" => msg!("topic-omakanta"),
        "health-eservices" => msg!("topic-health-eservices"),
        "migri" => msg!("topic-migri"),
        "finnish-authenticator" => msg!("topic-finnish-authenticator"),
        "jobmarket" => msg!("topic-jobmarket"),
        "job-applications" => msg!("topic-job-applications"),
        "banking" => msg!("topic-banking"),
        "email" => msg!("topic-email"),
        "smartphone-basics" => msg!("topic-smartphone-basics"),
        "apps" => msg!("topic-apps"),
        "passwords" => msg!("topic-passwords"),
        "scams-security" => msg!("topic-scams-security"),
        "transport-app" => msg!("topic-transport-app"),
        "video-messaging" => msg!("topic-video-messaging"),
        "wilma" => msg!("topic-wilma"),
        "tax" => msg!("topic-tax"),
        "documents" => msg!("topic-documents"),
        "device-connectivity" => msg!("topic-device-connectivity"),
        "digital-id" => msg!("topic-digital-id"),
        "finding-info" => msg!("topic-finding-info"),
        _ => msg!("topic-other"),
    }
}

/// A topic's label on a tile when taking a number: the common topics have a short one, so
/// that two tiles fit side by side on a phone; the others have their full label.
pub fn topic_tile(slug: &str) -> MessageId {
    match slug {
        "strong-eid" => msg!("queue-tile-strong-eid"),
        "kela" => msg!("queue-tile-kela"),
        "omakanta" => msg!("queue-tile-omakanta"),
        "jobmarket" => msg!("queue-tile-jobmarket"),
        "banking" => msg!("queue-tile-banking"),
        "email" => msg!("queue-tile-email"),
        "smartphone-basics" => msg!("queue-tile-smartphone-basics"),
        "scams-security" => msg!("queue-tile-scams-security"),
        _ => topic(slug),
    }
}

/// The title of one of the four seed training modules; `None` for a key we do not know.
pub fn seed_module(key: &str) -> Option<MessageId> {
    match key {
        "role" => Some(msg!("training-seed-role")),
        "ethics" => Some(msg!("training-seed-ethics")),
        "data-protection" => Some(msg!("training-seed-data-protection")),
        "security" => Some(msg!("training-seed-security")),
        _ => None,
    }
}

pub fn audit_action(action: Action) -> MessageId {
    match action {
        Action::SignIn => msg!("audit-sign-in"),
        Action::SignInFailed => msg!("audit-sign-in-failed"),
        Action::SignOut => msg!("audit-sign-out"),
        Action::OrganisationCreated => msg!("audit-organisation-created"),
        Action::InvitationCreated => msg!("audit-invitation-created"),
        Action::InvitationAccepted => msg!("audit-invitation-accepted"),
        Action::VolunteerRegistered => msg!("audit-volunteer-registered"),
        Action::VolunteerApproved => msg!("audit-volunteer-approved"),
        Action::VolunteersViewed => msg!("audit-volunteers-viewed"),
        Action::JoinLinkRenewed => msg!("audit-join-link-renewed"),
        Action::PasswordResetLinkCreated => msg!("audit-password-reset-link-created"),
        Action::PasswordReset => msg!("audit-password-reset"),
        Action::PasswordChanged => msg!("audit-password-changed"),
        Action::ProfileChanged => msg!("audit-profile-changed"),
        Action::AccountDeleted => msg!("audit-account-deleted"),
        Action::AdminCreated => msg!("audit-admin-created"),
        Action::VolunteerViewed => msg!("audit-volunteer-viewed"),
        Action::VolunteerStatusChanged => msg!("audit-volunteer-status-changed"),
        Action::TrainingRecorded => msg!("audit-training-recorded"),
        Action::TrainingModuleAdded => msg!("audit-training-module-added"),
        Action::TrainingModuleChanged => msg!("audit-training-module-changed"),
        Action::TrainingSessionRecorded => msg!("audit-training-session-recorded"),
        Action::SiteCreated => msg!("audit-site-created"),
        Action::SiteChanged => msg!("audit-site-changed"),
        Action::SiteClosed => msg!("audit-site-closed"),
        Action::SiteReopened => msg!("audit-site-reopened"),
        Action::PasswordResetRequested => msg!("audit-password-reset-requested"),
        Action::SessionCorrected => msg!("audit-session-corrected"),
        Action::ProofSigned => msg!("audit-proof-signed"),
        Action::LevelsConfirmed => msg!("audit-levels-confirmed"),
        Action::RetentionRun => msg!("audit-retention-run"),
        Action::AccountKept => msg!("audit-account-kept"),
        Action::DataExported => msg!("audit-data-exported"),
        Action::RemindersChanged => msg!("audit-reminders-changed"),
        Action::MailRetried => msg!("audit-mail-retried"),
        Action::ReportExported => msg!("audit-report-exported"),
        Action::AutoMatchOn => msg!("audit-auto-match-on"),
        Action::AutoMatchOff => msg!("audit-auto-match-off"),
    }
}

pub fn audit_subject(kind: SubjectKind) -> MessageId {
    match kind {
        SubjectKind::User => msg!("audit-subject-user"),
        SubjectKind::Organisation => msg!("audit-subject-organisation"),
        SubjectKind::Invitation => msg!("audit-subject-invitation"),
        SubjectKind::TrainingModule => msg!("audit-subject-training-module"),
        SubjectKind::Site => msg!("audit-subject-site"),
        SubjectKind::HelpSession => msg!("audit-subject-help-session"),
        SubjectKind::Proof => msg!("audit-subject-proof"),
        SubjectKind::Service => msg!("audit-subject-service"),
        SubjectKind::Everyone => msg!("audit-subject-everyone"),
        SubjectKind::UnknownAccount => msg!("audit-subject-unknown-account"),
    }
}

/// The heading of a group of topics on the volunteer's skills page (`topics::GROUPS`).
pub fn topic_group(key: &str) -> MessageId {
    match key {
        "identity" => msg!("profile-group-identity"),
        "health" => msg!("profile-group-health"),
        "work" => msg!("profile-group-work"),
        "money" => msg!("profile-group-money"),
        "devices" => msg!("profile-group-devices"),
        _ => msg!("profile-group-everyday"),
    }
}

pub fn outcome(outcome: Outcome) -> MessageId {
    match outcome {
        Outcome::OnTheirOwn => msg!("outcome-self"),
        Outcome::Together => msg!("outcome-together"),
        Outcome::Partly => msg!("outcome-partly"),
        Outcome::Referred => msg!("outcome-referred"),
        Outcome::Unsolved => msg!("outcome-unsolved"),
    }
}

pub fn referral(referral: Referral) -> MessageId {
    match referral {
        Referral::Kela => msg!("referral-kela"),
        Referral::CityDigitalSupport => msg!("referral-city-digital-support"),
        Referral::Library => msg!("referral-library"),
        Referral::EmploymentServices => msg!("referral-employment-services"),
        Referral::SocialWorker => msg!("referral-social-worker"),
        Referral::Family => msg!("referral-family"),
        Referral::OtherService => msg!("referral-other-service"),
    }
}

pub fn device(device: Device) -> MessageId {
    match device {
        Device::OwnPhone => msg!("device-own-phone"),
        Device::OwnComputer => msg!("device-own-computer"),
        Device::SiteComputer => msg!("device-site-computer"),
    }
}

/// A skill of the framework (`skills::framework`): a DigComp competence, a digital-support
/// skill or a working-life skill. The last arm is never reached for a skill the framework
/// has.
pub fn skill(key: &str) -> MessageId {
    match key {
        "1.1" => msg!("digcomp-1-1"),
        "1.2" => msg!("digcomp-1-2"),
        "1.3" => msg!("digcomp-1-3"),
        "2.1" => msg!("digcomp-2-1"),
        "2.2" => msg!("digcomp-2-2"),
        "2.3" => msg!("digcomp-2-3"),
        "2.4" => msg!("digcomp-2-4"),
        "2.5" => msg!("digcomp-2-5"),
        "2.6" => msg!("digcomp-2-6"),
        "3.1" => msg!("digcomp-3-1"),
        "3.2" => msg!("digcomp-3-2"),
        "3.3" => msg!("digcomp-3-3"),
        "3.4" => msg!("digcomp-3-4"),
        "4.1" => msg!("digcomp-4-1"),
        "4.2" => msg!("digcomp-4-2"),
        "4.3" => msg!("digcomp-4-3"),
        "4.4" => msg!("digcomp-4-4"),
        "5.1" => msg!("digcomp-5-1"),
        "5.2" => msg!("digcomp-5-2"),
        "5.3" => msg!("digcomp-5-3"),
        "5.4" => msg!("digcomp-5-4"),
        "support-guiding" => msg!("support-guiding"),
        "support-ethics" => msg!("support-ethics"),
        "support-referral" => msg!("support-referral"),
        "work-reliability" => msg!("work-reliability"),
        "work-customer-service" => msg!("work-customer-service"),
        "work-communication" => msg!("work-communication"),
        "work-teamwork" => msg!("work-teamwork"),
        "work-problem-solving" => msg!("work-problem-solving"),
        "work-confidentiality" => msg!("work-confidentiality"),
        "work-cultural-sensitivity" => msg!("work-cultural-sensitivity"),
        _ => msg!("work-own-learning"),
    }
}

/// What a skill means in plain words: the "I can …" statement of a self-assessed skill, or
/// what a coordinator observes of a working-life skill.
pub fn skill_statement(key: &str) -> MessageId {
    match key {
        "1.1" => msg!("digcomp-1-1-can"),
        "1.2" => msg!("digcomp-1-2-can"),
        "1.3" => msg!("digcomp-1-3-can"),
        "2.1" => msg!("digcomp-2-1-can"),
        "2.2" => msg!("digcomp-2-2-can"),
        "2.3" => msg!("digcomp-2-3-can"),
        "2.4" => msg!("digcomp-2-4-can"),
        "2.5" => msg!("digcomp-2-5-can"),
        "2.6" => msg!("digcomp-2-6-can"),
        "3.1" => msg!("digcomp-3-1-can"),
        "3.2" => msg!("digcomp-3-2-can"),
        "3.3" => msg!("digcomp-3-3-can"),
        "3.4" => msg!("digcomp-3-4-can"),
        "4.1" => msg!("digcomp-4-1-can"),
        "4.2" => msg!("digcomp-4-2-can"),
        "4.3" => msg!("digcomp-4-3-can"),
        "4.4" => msg!("digcomp-4-4-can"),
        "5.1" => msg!("digcomp-5-1-can"),
        "5.2" => msg!("digcomp-5-2-can"),
        "5.3" => msg!("digcomp-5-3-can"),
        "5.4" => msg!("digcomp-5-4-can"),
        "support-guiding" => msg!("support-guiding-can"),
        "support-ethics" => msg!("support-ethics-can"),
        "support-referral" => msg!("support-referral-can"),
        "work-reliability" => msg!("work-reliability-about"),
        "work-customer-service" => msg!("work-customer-service-about"),
        "work-communication" => msg!("work-communication-about"),
        "work-teamwork" => msg!("work-teamwork-about"),
        "work-problem-solving" => msg!("work-problem-solving-about"),
        "work-confidentiality" => msg!("work-confidentiality-about"),
        "work-cultural-sensitivity" => msg!("work-cultural-sensitivity-about"),
        _ => msg!("work-own-learning-about"),
    }
}

/// A self-assessment screen: a DigComp area, or the digital-support skills.
pub fn skill_area(key: &str) -> MessageId {
    match key {
        "1" => msg!("digcomp-area-1"),
        "2" => msg!("digcomp-area-2"),
        "3" => msg!("digcomp-area-3"),
        "4" => msg!("digcomp-area-4"),
        "5" => msg!("digcomp-area-5"),
        _ => msg!("growth-area-support"),
    }
}

pub fn skill_area_about(key: &str) -> MessageId {
    match key {
        "1" => msg!("digcomp-area-1-about"),
        "2" => msg!("digcomp-area-2-about"),
        "3" => msg!("digcomp-area-3-about"),
        "4" => msg!("digcomp-area-4-about"),
        "5" => msg!("digcomp-area-5-about"),
        _ => msg!("growth-area-support-about"),
    }
}

/// A step of the self-assessment scale (0-4).
pub fn self_step(step: i32) -> MessageId {
    match step {
        1 => msg!("self-step-1"),
        2 => msg!("self-step-2"),
        3 => msg!("self-step-3"),
        4 => msg!("self-step-4"),
        _ => msg!("self-step-0"),
    }
}

/// A step of the scale a coordinator observes on (1-4).
pub fn observed_step(step: i32) -> MessageId {
    match step {
        2 => msg!("observed-step-2"),
        3 => msg!("observed-step-3"),
        4 => msg!("observed-step-4"),
        _ => msg!("observed-step-1"),
    }
}

/// DigComp's proficiency level (1-8) in words.
pub fn digcomp_level(level: i32) -> MessageId {
    match level {
        1 => msg!("digcomp-level-1"),
        2 => msg!("digcomp-level-2"),
        3 => msg!("digcomp-level-3"),
        4 => msg!("digcomp-level-4"),
        5 => msg!("digcomp-level-5"),
        6 => msg!("digcomp-level-6"),
        7 => msg!("digcomp-level-7"),
        _ => msg!("digcomp-level-8"),
    }
}

pub fn digcomp_band(band: Band) -> MessageId {
    match band {
        Band::Foundation => msg!("digcomp-band-foundation"),
        Band::Intermediate => msg!("digcomp-band-intermediate"),
        Band::Advanced => msg!("digcomp-band-advanced"),
        Band::HighlySpecialised => msg!("digcomp-band-highly-specialised"),
    }
}

/// What a mail of the outbox is about.
pub fn reminder_kind(kind: crate::reminders::Kind) -> MessageId {
    use crate::reminders::Kind;
    match kind {
        Kind::ShiftTomorrow => msg!("reminder-kind-shift-tomorrow"),
        Kind::Promoted => msg!("reminder-kind-promoted"),
        Kind::ShiftChanged => msg!("reminder-kind-shift-changed"),
        Kind::ShiftCancelled => msg!("reminder-kind-shift-cancelled"),
        Kind::Approved => msg!("reminder-kind-approved"),
        Kind::Activated => msg!("reminder-kind-activated"),
        Kind::AssessmentDue => msg!("reminder-kind-assessment-due"),
    }
}

/// The person's answer to "how was the help?", as a report names it.
pub fn face(face: Face) -> MessageId {
    match face {
        Face::Good => msg!("feedback-face-good"),
        Face::Okay => msg!("feedback-face-okay"),
        Face::Bad => msg!("feedback-face-bad"),
    }
}

/// The person's answer to "can you do this yourself next time?".
pub fn next_time(next: NextTime) -> MessageId {
    match next {
        NextTime::Alone => msg!("feedback-next-alone"),
        NextTime::LittleHelp => msg!("feedback-next-little-help"),
        NextTime::NotYet => msg!("feedback-next-not-yet"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_has_its_own_label() {
        for slug in crate::topics::TOPICS {
            assert_eq!(topic(slug).as_str(), format!("topic-{slug}"));
        }
    }

    #[test]
    fn every_topic_group_has_its_own_heading() {
        for group in crate::topics::GROUPS {
            assert_eq!(
                topic_group(group.key).as_str(),
                format!("profile-group-{}", group.key)
            );
        }
    }
}
