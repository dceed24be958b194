## Help sessions: the volunteer's record, the coordinator's lists, the person's answers

session-record-title = Record the help
session-walk-in-lead = Record help for someone who came straight to your table without a queue number, or for a small group.
field-session-outcome = How did the help end?
outcome-self = They learned to do it themselves
outcome-together = We did it together
outcome-partly = Partly done
outcome-referred = I referred them elsewhere
outcome-unsolved = It could not be solved
field-session-referred-to = Where did you refer them?
form-hint-session-referred-to = Only if you referred them elsewhere.
session-not-referred = I did not refer them
referral-kela = A Kela service point
referral-city-digital-support = The city's digital support
referral-library = A library
referral-employment-services = Employment services
referral-social-worker = A social worker
referral-family = Family or a friend
referral-other-service = Another service
field-session-saw-codes = Did you see or type their codes or passwords?
form-hint-session-saw-codes = Answer honestly. The coordinator will talk it through with you. It is not a penalty.
session-saw-codes-no = No
session-saw-codes-yes = Yes, I saw or typed codes
session-save = Save
session-details = Check the details
field-session-minutes = Duration in minutes
form-hint-session-minutes = 1–480 minutes.
field-session-people = How many people?
form-hint-session-people = 1 for one person, 2–10 for a small group.
field-session-language = Language you helped in
field-session-device = Whose device?
device-own-phone = Their own phone
device-own-computer = Their own computer
device-site-computer = The site's computer
field-session-topics = What you helped with
field-session-first-visit = It was their first visit
field-session-note = What I learned today (optional)
form-hint-session-note = Only you see this. Write about your own learning, not about the person.
form-error-identifies = Remove the identity code, phone number, email or card number. The note must not tell who the person is.
session-error-minutes = Write the duration in minutes, 1–480.
session-error-people = Write the number of people, 1–10.
session-error-outcome = Choose how the help ended.
session-error-referred-to = Choose where you referred them.
session-error-not-on-duty = You can record this kind of help only while you are checked in on a shift.
flash-session-recorded = The help is recorded. Thank you!
duty-to-record = Not recorded yet
duty-record-ticket = Record { $code }
duty-record-walk-in = Record help without a queue number
sessions-own-title = My help sessions
sessions-none = You have not recorded any help yet.
session-line = { $people ->
    [one] { $minutes } min
   *[other] { $minutes } min, { $people } people
}
session-own-note = My note
sessions-feedback-title = What the people said
sessions-feedback-totals = { $answers } answers: { $good } good, { $okay } okay, { $bad } bad.
sessions-feedback-alone = { $count ->
    [one] 1 person said they can do it themselves next time.
   *[other] { $count } people said they can do it themselves next time.
}
sessions-feedback-too-few = You will see a summary when there are at least { $count } answers. This way nobody knows who answered what.
sessions-title = Help sessions
field-session-site = Site
field-session-day = Day
sessions-show = Show
sessions-none-day = No help was recorded at this site on this day.
sessions-follow-up-link = { $count ->
    [one] 1 session to talk through
   *[other] { $count } sessions to talk through
}
follow-up-title = Talk through with the volunteer
follow-up-lead = In these sessions the volunteer saw or typed another person's codes. Talk it through with them to support them, not to punish them.
follow-up-done = Talked through
follow-up-none = Nothing to talk through.
flash-followed-up = Marked as talked through.
nav-sessions = Help sessions
feedback-title = Tell us
feedback-how-was-it = How was the help?
feedback-face-good = Good
feedback-face-okay = Okay
feedback-face-bad = Bad
feedback-next-time = Can you do this yourself next time?
feedback-next-alone = Yes
feedback-next-little-help = With a little help
feedback-next-not-yet = Not yet
feedback-come-again = Would you come again?
feedback-yes = Yes
feedback-no = No
feedback-anonymous = Your answer is anonymous.
feedback-send = Send
flash-feedback-thanks = Thank you for your answer!
flash-feedback-closed = You have already answered, or the time to answer is over.

## Changing a record afterwards, the person's answers on the volunteer's phone, unrecorded help

session-edit-title = Change the record
session-edit = Change
session-correct = Correct
session-hand-over = No phone? Let them answer on your phone
flash-session-changed = The record is changed.
flash-session-corrected = The record is corrected. The correction is in the event log.
flash-feedback-handed-back = The answer is saved. Thank you! Now you can record the help.
sessions-unrecorded-title = Help not recorded
sessions-unrecorded-lead = This help was marked finished but not recorded during the day. Talk it through with the digital buddy.
sessions-unrecorded = { $volunteer }: { $count ->
    [one] 1 help not recorded
   *[other] { $count } helps not recorded
} at { $site }, { $day }
sessions-unrecorded-done = Talked through
flash-reminder-done = Marked as talked through.
audit-session-corrected = Corrected a recorded help
audit-subject-help-session = Recorded help { $id }
