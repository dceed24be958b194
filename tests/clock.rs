//! The time-sensitive journeys at the instants that used to fail (measured from outside: the
//! suite was red on 31 of 56 three-hour slots of a week), on whichever backend the run uses.
//! `cargo test clock` runs them.

use chrono::NaiveDateTime;

use crate::common::helsinki;
use crate::{duty, help_sessions, queue, shifts, sites};

/// Finnish wall-clock instants: a Monday noon, a Thursday evening, a Friday morning, a
/// Sunday night, and the nights of the clock changes (the last hour before summer time, and
/// the hour that comes twice in October).
const INSTANTS: [&str; 6] = [
    "2026-12-07 12:00",
    "2026-12-10 18:00",
    "2026-12-11 09:30",
    "2026-12-13 23:30",
    "2027-03-28 02:30",
    "2027-10-31 03:30",
];

fn at_every_instant(journey: fn(NaiveDateTime)) {
    for instant in INSTANTS {
        journey(helsinki(instant));
    }
}

#[test]
fn clock_weekly_series() {
    at_every_instant(shifts::a_weekly_series_is_made_with_one_form_and_shown_on_the_board);
}

#[test]
fn clock_sign_up_refusals() {
    at_every_instant(shifts::signing_up_twice_overlapping_or_before_being_active_is_refused);
}

#[test]
fn clock_waiting_list() {
    at_every_instant(shifts::the_first_on_the_waiting_list_moves_up_and_is_told);
}

#[test]
fn clock_withdrawal_limit() {
    at_every_instant(shifts::withdrawing_closes_at_the_organisations_limit);
}

#[test]
fn clock_edit_and_cancel() {
    at_every_instant(shifts::editing_and_cancelling_tell_the_volunteers);
}

#[test]
fn clock_check_in_and_hours() {
    at_every_instant(shifts::check_in_opens_before_the_start_and_hours_count_from_it);
}

#[test]
fn clock_no_shows_and_new_volunteers() {
    at_every_instant(
        shifts::the_coordinator_marks_no_shows_only_after_the_start_and_sees_new_volunteers,
    );
}

#[test]
fn clock_public_page() {
    at_every_instant(shifts::the_public_page_shows_times_in_a_language_without_names);
}

#[test]
fn clock_taking_a_number() {
    at_every_instant(queue::a_person_takes_a_number_in_arabic_and_sees_their_place);
}

#[test]
fn clock_purge() {
    at_every_instant(queue::unclaimed_tickets_of_earlier_days_are_purged);
}

#[test]
fn clock_queue_board() {
    at_every_instant(
        queue::the_board_suggests_a_speaker_and_the_person_sees_their_helpers_first_name,
    );
}

#[test]
fn clock_series_scopes() {
    at_every_instant(shifts::a_series_is_changed_and_cancelled_from_one_date_on_or_as_a_whole);
}

#[test]
fn clock_check_in_window_and_undo() {
    at_every_instant(shifts::check_in_is_only_on_the_shifts_day_and_can_be_undone_for_minutes);
}

#[test]
fn clock_first_site() {
    at_every_instant(sites::a_new_organisation_is_led_to_its_first_site);
}

#[test]
fn clock_closed_site() {
    at_every_instant(sites::a_closed_site_takes_no_numbers_and_is_not_shown);
}

#[test]
fn clock_nobody_speaks_the_language() {
    at_every_instant(duty::a_person_nobody_can_help_in_their_language_is_told_at_once);
}

#[test]
fn clock_helper_and_table() {
    at_every_instant(
        duty::a_matched_person_reads_their_helpers_name_and_table_and_when_help_starts,
    );
}

#[test]
fn clock_help_session_record() {
    at_every_instant(help_sessions::a_finished_help_is_recorded_listed_and_let_go_of);
}
