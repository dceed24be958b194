//! Written by hand with the column types both backends share (see docs/ARCHITECTURE.md).

diesel::table! {
    organisations (id) {
        id -> Integer,
        name -> Text,
        slug -> Text,
        created_at -> Timestamp,
        join_code -> Nullable<Text>,
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
    }
}

diesel::joinable!(sites -> organisations (organisation_id));
diesel::joinable!(users -> organisations (organisation_id));
diesel::joinable!(login_sessions -> users (user_id));
diesel::joinable!(invitations -> organisations (organisation_id));
diesel::joinable!(password_resets -> users (user_id));
diesel::joinable!(audit_events -> organisations (organisation_id));
diesel::allow_tables_to_appear_in_same_query!(
    organisations,
    sites,
    users,
    login_sessions,
    sign_in_attempts,
    invitations,
    password_resets,
    audit_events,
);
