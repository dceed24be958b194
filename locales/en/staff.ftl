## Organisations (administrator)

organisations-title = Organisations
organisations-new-title = New organisation
organisations-create = Create the organisation
organisations-list-title = All organisations
organisations-people = Coordinators: { $coordinators }, volunteers: { $volunteers }
organisations-invite = Send an invitation
organisations-empty = There are no organisations yet.

## Coordinators

coordinators-title = Coordinators
coordinators-list-title = Coordinators of your organisation
coordinators-pending-title = Open invitations
coordinators-pending-expires = valid until { $time }
coordinators-invite-title = Invite a coordinator
coordinators-invite-help = The person gets a link to create an account. They become a coordinator of your organisation.
coordinators-invite-submit = Create the invitation

## Volunteers (coordinator)

volunteers-title = Volunteers
volunteers-join-link-title = Join link
volunteers-join-link-help = New volunteers join with this link. Share it only with people you want to join.
volunteers-join-link-renew = Make a new link
volunteers-list-title = All volunteers
volunteers-contact = Contact
volunteers-status = Status
volunteers-joined = Joined
volunteers-actions = Actions
volunteers-approve = Approve { $name }
volunteers-reset-link = Password link: { $name }
volunteers-empty = There are no volunteers yet. Share the join link.

## Event log

audit-title = Event log
audit-help = The log shows who did what and when. Newest first.
audit-when = Time
audit-who = Who
audit-what = What
audit-record = Record
audit-nobody = (not known)
audit-empty = There are no events yet.
audit-sign-in = Signed in
audit-sign-in-failed = Sign-in failed
audit-sign-out = Signed out
audit-organisation-created = Created an organisation
audit-invitation-created = Made an invitation
audit-invitation-accepted = Accepted an invitation
audit-volunteer-registered = Joined as a volunteer
audit-volunteer-approved = Approved a volunteer
audit-volunteers-viewed = Looked at volunteers' details
audit-join-link-renewed = Made a new join link
audit-password-reset-link-created = Made a password link
audit-password-reset = Made a new password with a link
audit-password-changed = Changed the password
audit-profile-changed = Changed own details
audit-account-deleted = The account was deleted
audit-admin-created = An administrator was created
audit-subject-user = User { $id }
audit-subject-organisation = Organisation { $id }
audit-subject-invitation = Invitation { $id }
audit-subject-unknown-account = Unknown email
