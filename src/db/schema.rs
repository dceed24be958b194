//! Written by hand with the column types both backends share (see docs/ARCHITECTURE.md).

diesel::table! {
    organisations (id) {
        id -> Integer,
        name -> Text,
        slug -> Text,
        created_at -> Timestamp,
        join_code -> Nullable<Text>,
        withdraw_limit_hours -> Integer,
        volunteers_may_match -> Bool,
    }
}

diesel::table! {
    sites (id) {
        id -> Integer,
        organisation_id -> Integer,
        name -> Text,
        kind -> Text,
        address -> Text,
        public_code -> Text,
        created_at -> Timestamp,
        closed_at -> Nullable<Timestamp>,
        queue_paused -> Bool,
        auto_match -> Bool,
    }
}

diesel::table! {
    users (id) {
        id -> Integer,
        organisation_id -> Nullable<Integer>,
        role -> Text,
        email -> Text,
        display_name -> Text,
        password_hash -> Text,
        locale -> Text,
        created_at -> Timestamp,
        status -> Text,
        phone -> Nullable<Text>,
        calendar_token -> Nullable<Text>,
        last_signed_in_at -> Nullable<Timestamp>,
        anonymised_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    login_sessions (id) {
        id -> Integer,
        user_id -> Integer,
        token_hash -> Text,
        csrf_token -> Text,
        created_at -> Timestamp,
        last_seen_at -> Timestamp,
    }
}

diesel::table! {
    sign_in_attempts (id) {
        id -> Integer,
        account_key -> Text,
        address_key -> Text,
        succeeded -> Bool,
        created_at -> Timestamp,
        trusted_device -> Bool,
    }
}

diesel::table! {
    invitations (id) {
        id -> Integer,
        organisation_id -> Integer,
        email -> Text,
        token_hash -> Text,
        invited_by -> Nullable<Integer>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    password_resets (id) {
        id -> Integer,
        user_id -> Integer,
        token_hash -> Text,
        created_by -> Nullable<Integer>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    audit_events (id) {
        id -> Integer,
        organisation_id -> Nullable<Integer>,
        actor_id -> Nullable<Integer>,
        action -> Text,
        subject_type -> Text,
        subject_id -> Nullable<Integer>,
        created_at -> Timestamp,
        detail -> Nullable<Text>,
    }
}

diesel::table! {
    volunteer_languages (user_id, language) {
        user_id -> Integer,
        language -> Text,
        level -> Text,
    }
}

diesel::table! {
    volunteer_topics (user_id, topic) {
        user_id -> Integer,
        topic -> Text,
        kind -> Text,
    }
}

diesel::table! {
    status_changes (id) {
        id -> Integer,
        user_id -> Integer,
        from_status -> Text,
        to_status -> Text,
        changed_by -> Nullable<Integer>,
        changed_at -> Timestamp,
    }
}

diesel::table! {
    training_sessions (id) {
        id -> Integer,
        organisation_id -> Integer,
        module_id -> Integer,
        held_on -> Date,
        trainer -> Text,
        recorded_by -> Nullable<Integer>,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    training_attendees (session_id, user_id) {
        session_id -> Integer,
        user_id -> Integer,
    }
}

diesel::table! {
    training_ratings (session_id, user_id) {
        session_id -> Integer,
        user_id -> Integer,
        satisfaction -> Integer,
        usefulness -> Integer,
        rated_at -> Timestamp,
    }
}

diesel::table! {
    training_modules (id) {
        id -> Integer,
        organisation_id -> Integer,
        seed_key -> Nullable<Text>,
        title -> Text,
        required -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    training_completions (module_id, user_id) {
        module_id -> Integer,
        user_id -> Integer,
        completed_on -> Date,
        recorded_by -> Nullable<Integer>,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    credentials (id) {
        id -> Integer,
        user_id -> Integer,
        name -> Text,
        issuer -> Text,
        issued_on -> Date,
        link -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    shifts (id) {
        id -> Integer,
        organisation_id -> Integer,
        site_id -> Integer,
        series_id -> Nullable<Integer>,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        places -> Integer,
        cancelled_at -> Nullable<Timestamp>,
        created_by -> Nullable<Integer>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    shift_languages (shift_id, language) {
        shift_id -> Integer,
        language -> Text,
    }
}

diesel::table! {
    shift_signups (id) {
        id -> Integer,
        shift_id -> Integer,
        user_id -> Integer,
        state -> Text,
        queued_at -> Timestamp,
        checked_in_at -> Nullable<Timestamp>,
        checked_out_at -> Nullable<Timestamp>,
        no_show -> Bool,
        site_table_id -> Nullable<Integer>,
        no_show_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    notices (id) {
        id -> Integer,
        user_id -> Integer,
        shift_id -> Integer,
        kind -> Text,
        created_at -> Timestamp,
        read_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    tickets (id) {
        id -> Integer,
        site_id -> Integer,
        day -> Date,
        number -> Integer,
        secret -> Text,
        first_language -> Text,
        second_language -> Nullable<Text>,
        topics -> Text,
        first_visit -> Bool,
        status -> Text,
        volunteer_id -> Nullable<Integer>,
        created_at -> Timestamp,
        matched_at -> Nullable<Timestamp>,
        finished_at -> Nullable<Timestamp>,
        unserved_reason -> Nullable<Text>,
        table_label -> Nullable<Text>,
        requeued_at -> Nullable<Timestamp>,
        started_at -> Nullable<Timestamp>,
        answered -> Bool,
        auto_reasons -> Nullable<Text>,
    }
}

diesel::table! {
    help_sessions (id) {
        id -> Integer,
        organisation_id -> Integer,
        site_id -> Integer,
        volunteer_id -> Integer,
        started_at -> Timestamp,
        minutes -> Integer,
        language -> Text,
        people -> Integer,
        first_visit -> Bool,
        outcome -> Text,
        referred_to -> Nullable<Text>,
        device -> Text,
        saw_codes -> Bool,
        followed_up_at -> Nullable<Timestamp>,
        learning_note -> Nullable<Text>,
        request_key -> Text,
        ticket_id -> Nullable<Integer>,
        recorded_at -> Timestamp,
        corrected_at -> Nullable<Timestamp>,
        from_queue -> Bool,
    }
}

diesel::table! {
    proofs (id) {
        id -> Integer,
        user_id -> Integer,
        organisation_id -> Integer,
        code -> Text,
        language -> Text,
        facts -> Text,
        created_at -> Timestamp,
        signed_by -> Nullable<Integer>,
        signed_by_name -> Nullable<Text>,
        signed_at -> Nullable<Timestamp>,
        withdrawn_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    skill_assessments (id) {
        id -> Integer,
        user_id -> Integer,
        area -> Text,
        kind -> Text,
        observed_by -> Nullable<Integer>,
        assessed_at -> Timestamp,
        confirmed_by -> Nullable<Integer>,
        confirmed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    skill_levels (assessment_id, skill) {
        assessment_id -> Integer,
        skill -> Text,
        step -> Integer,
    }
}

diesel::table! {
    unrecorded_help (id) {
        id -> Integer,
        organisation_id -> Integer,
        site_id -> Integer,
        volunteer_id -> Integer,
        day -> Date,
        helps -> Integer,
        dismissed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    help_session_topics (session_id, topic) {
        session_id -> Integer,
        topic -> Text,
    }
}

diesel::table! {
    feedback (id) {
        id -> Integer,
        organisation_id -> Integer,
        site_id -> Integer,
        volunteer_id -> Nullable<Integer>,
        session_id -> Nullable<Integer>,
        ticket_id -> Nullable<Integer>,
        face -> Text,
        next_time -> Text,
        come_again -> Bool,
        given_at -> Timestamp,
    }
}

diesel::table! {
    site_texts (id) {
        id -> Integer,
        site_id -> Integer,
        field -> Text,
        locale -> Text,
        body -> Text,
    }
}

diesel::table! {
    shift_texts (id) {
        id -> Integer,
        shift_id -> Integer,
        locale -> Text,
        body -> Text,
    }
}

diesel::table! {
    site_tables (id) {
        id -> Integer,
        site_id -> Integer,
        label -> Text,
        position -> Integer,
    }
}

diesel::table! {
    site_codes (code) {
        code -> Text,
        site_id -> Integer,
        replaced_at -> Timestamp,
    }
}

diesel::table! {
    rate_events (id) {
        id -> Integer,
        bucket -> Text,
        key_hash -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    join_requests (id) {
        id -> Integer,
        organisation_id -> Integer,
        token_hash -> Text,
        email -> Text,
        display_name -> Text,
        password_hash -> Text,
        locale -> Text,
        phone -> Nullable<Text>,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    trusted_devices (id) {
        id -> Integer,
        user_id -> Integer,
        token_hash -> Text,
        created_at -> Timestamp,
        last_used_at -> Timestamp,
    }
}

diesel::table! {
    queue_days (id) {
        id -> Integer,
        site_id -> Integer,
        day -> Date,
        language -> Text,
        taken -> Integer,
        served -> Integer,
        left_queue -> Integer,
        not_reached -> Integer,
        no_language -> Integer,
        no_time -> Integer,
        needs_authority -> Integer,
        removed -> Integer,
    }
}

diesel::table! {
    queue_day_waits (site_id, day, language, minutes) {
        site_id -> Integer,
        day -> Date,
        language -> Text,
        minutes -> Integer,
        tickets -> Integer,
    }
}

diesel::table! {
    inactivity_questions (id) {
        id -> Integer,
        user_id -> Integer,
        asked_at -> Timestamp,
        answered_at -> Nullable<Timestamp>,
    }
}

diesel::joinable!(inactivity_questions -> users (user_id));

diesel::table! {
    /// One row (id 1) whose generation every write to the tables the public pages read bumps
    /// (database triggers), so each app server knows when its cache of them is stale.
    coverage_version (id) {
        id -> Integer,
        generation -> BigInt,
    }
}

diesel::table! {
    mail_outbox (id) {
        id -> Integer,
        kind -> Text,
        user_id -> Integer,
        dedupe_key -> Text,
        params -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        last_error -> Nullable<Text>,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    reminders_off (user_id, kind) {
        user_id -> Integer,
        kind -> Text,
    }
}

diesel::joinable!(queue_days -> sites (site_id));
diesel::joinable!(queue_day_waits -> sites (site_id));
diesel::joinable!(sites -> organisations (organisation_id));
diesel::joinable!(site_texts -> sites (site_id));
diesel::joinable!(shift_texts -> shifts (shift_id));
diesel::joinable!(site_tables -> sites (site_id));
diesel::joinable!(site_codes -> sites (site_id));
diesel::joinable!(shift_signups -> site_tables (site_table_id));
diesel::joinable!(join_requests -> organisations (organisation_id));
diesel::joinable!(trusted_devices -> users (user_id));
diesel::joinable!(users -> organisations (organisation_id));
diesel::joinable!(login_sessions -> users (user_id));
diesel::joinable!(invitations -> organisations (organisation_id));
diesel::joinable!(password_resets -> users (user_id));
diesel::joinable!(audit_events -> organisations (organisation_id));
diesel::joinable!(volunteer_languages -> users (user_id));
diesel::joinable!(volunteer_topics -> users (user_id));
diesel::joinable!(training_completions -> training_modules (module_id));
diesel::joinable!(training_sessions -> training_modules (module_id));
diesel::joinable!(training_attendees -> training_sessions (session_id));
diesel::joinable!(training_attendees -> users (user_id));
diesel::joinable!(training_ratings -> training_sessions (session_id));
diesel::joinable!(credentials -> users (user_id));
diesel::joinable!(shifts -> sites (site_id));
diesel::joinable!(shift_languages -> shifts (shift_id));
diesel::joinable!(shift_signups -> shifts (shift_id));
diesel::joinable!(shift_signups -> users (user_id));
diesel::joinable!(notices -> shifts (shift_id));
diesel::joinable!(tickets -> sites (site_id));
diesel::joinable!(tickets -> users (volunteer_id));
diesel::joinable!(help_sessions -> sites (site_id));
diesel::joinable!(help_sessions -> users (volunteer_id));
diesel::joinable!(help_session_topics -> help_sessions (session_id));
diesel::joinable!(unrecorded_help -> sites (site_id));
diesel::joinable!(unrecorded_help -> users (volunteer_id));
diesel::joinable!(skill_levels -> skill_assessments (assessment_id));
diesel::joinable!(proofs -> organisations (organisation_id));
diesel::joinable!(mail_outbox -> users (user_id));
diesel::joinable!(reminders_off -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(
    mail_outbox,
    reminders_off,
    queue_days,
    queue_day_waits,
    proofs,
    skill_assessments,
    skill_levels,
    help_sessions,
    unrecorded_help,
    help_session_topics,
    feedback,
    organisations,
    sites,
    users,
    login_sessions,
    sign_in_attempts,
    invitations,
    password_resets,
    audit_events,
    volunteer_languages,
    volunteer_topics,
    status_changes,
    training_sessions,
    training_attendees,
    training_ratings,
    training_modules,
    training_completions,
    credentials,
    shifts,
    shift_languages,
    shift_signups,
    notices,
    tickets,
    site_texts,
    shift_texts,
    site_tables,
    site_codes,
    rate_events,
    join_requests,
    trusted_devices,
    inactivity_questions,
);
