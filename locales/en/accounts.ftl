## Signing in

login-title = Sign in
login-submit = Sign in
login-error-refused = The email or the password is wrong.
login-error-throttled = Too many tries. Wait 15 minutes, then try again.

## New password from a link

reset-title = Make a new password
reset-help = Type a new password. Then sign in with the new password.
reset-submit = Save the password
reset-link-created-title = Link for a new password
reset-link-created-help = Give this link to the volunteer yourself. The link works once, for 24 hours.

## My page

dashboard-title = My page
dashboard-hello = Hello { $name }!
dashboard-status-title = Where you are now
dashboard-applicant-help = A coordinator will look at your application. Then you will hear about the training.
dashboard-in-training-help = You are in training. When the training is done, you can take shifts.
dashboard-active-help = You can take shifts and help people.
dashboard-paused-help = You are on a break. Contact a coordinator when you want to continue.
dashboard-left-help = You are no longer a volunteer. Thank you for your help!
dashboard-coordinator-title = Waiting for you
dashboard-applicants-waiting = { $count ->
    [0] There are no new applicants.
    [one] One new applicant is waiting for approval.
   *[other] { $count } new applicants are waiting for approval.
}
dashboard-admin-title = Administration

## Volunteer statuses

status-applicant = Applicant
status-in-training = In training
status-active = Active
status-paused = On a break
status-left = Stopped

## My details

account-title = My details
account-profile-title = Name and language
account-email = Email:
account-save = Save my details
account-password-title = Change your password
account-password-submit = Change the password
account-delete-title = Delete your account
account-delete-help = Your account and your details are deleted. The statistics keep the help sessions, but without your name. You cannot undo this.
account-delete-submit = Delete my account

## Joining as a volunteer

join-title = Become a digital buddy
join-intro = You join { $organisation } as a volunteer. A coordinator approves you and tells you about the training.
join-privacy = Only your own organisation uses your details. You can delete your account at any time.
join-submit = Send the application

## Invitations for coordinators

invitation-accept-title = Create a coordinator account
invitation-accept-intro = You are invited to be a coordinator of { $organisation }.
invitation-accept-submit = Create the account
invitation-error-email-taken = There is already an account with this email. Sign in with it.
invitation-created-title = Invitation created
invitation-created-help = We sent the invitation by email. You can also give this link yourself. The link works once, for 7 days.

## Mail

mail-invitation-subject = Invitation to Digikaveri: { $organisation }
mail-invitation-body = Hello! You are invited to be a coordinator of { $organisation } in the Digikaveri service. Create your account with this link: { $link } The link works once, for 7 days.
