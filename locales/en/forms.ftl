## Form fields

field-email = Email
field-password = Password
field-new-password = New password
field-current-password = Current password
field-password-to-confirm = Type your password to confirm
field-display-name = Name to show
field-locale = Language of the service
field-phone = Phone number (not required)
field-organisation-name = Name of the organisation
field-coordinator-email = Email of the first coordinator

## Hints under fields

form-hint-password = At least { $count } characters. A long sentence is a good password.
form-hint-display-name = For example your first name. The people you help see this name.
form-hint-phone = Only the coordinators of your organisation see the number.

## Errors next to fields

form-error-required = This is missing.
form-error-too-long = The text is too long.
form-error-email = Check the email address. It needs an @ sign, for example name@example.com.
form-error-password-short = The password is too short.
form-error-phone = Check the phone number. Use only numbers, for example 040 123 4567.
form-error-choose = Choose one of the options.
form-error-wrong-password = The password is not right.

## Links to pass on

link-label = Link
link-closed-title = This link does not work
link-closed-body = The link has been used already, it is too old, or it is wrong. Ask a coordinator for a new link.

## Messages after an action

flash-signed-in = You are signed in.
flash-signed-out = You are signed out.
flash-profile-saved = Your details are saved.
flash-password-changed = Your password is changed. Your other sign-ins are closed.
flash-password-reset = Your new password is saved. Sign in now.
flash-account-deleted = Your account is deleted.
flash-organisation-created = The organisation is created.
flash-volunteer-approved = The volunteer is approved for training.
flash-join-link-renewed = The join link is new. The old link no longer works.
flash-welcome-volunteer = Welcome! A coordinator will look at your application.
flash-welcome-coordinator = Welcome! Your account is ready.

## Shared by many forms

form-error-time = Write the time as hh:mm, for example 10:00.
form-problem = Something in the form is not right. See the messages next to the fields.
form-choose = Choose
form-save = Save
