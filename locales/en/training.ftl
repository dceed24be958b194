## Navigation and the volunteer's dashboard

nav-training = Training
nav-profile = My skills and languages
dashboard-skills-title = Tell us what you can do
dashboard-skills-missing = Please tell us which languages you can help in and with what. Then the right person can get help from you.

## Language levels

level-native = Native
level-fluent = Fluent
level-basic = Basic

## The volunteer's own page: languages, topics, training, badges

profile-title = My skills and languages
profile-intro = Tell us which languages you can help in and with what. You can change this at any time.
profile-skills-title = Languages and topics
profile-languages-legend = Languages you can help in
profile-languages-hint = Choose a level for each language you speak. Choose at least one language.
profile-level-none = I don't speak it
profile-topics-legend = Topics
profile-topics-hint = Choose what you can help with. You can also choose things you want to learn.
profile-topic-none = Not now
profile-topic-confident = I can help with this
profile-topic-learning = I want to learn this
profile-languages-more = More languages
profile-group-chosen = chosen: { $count }
profile-group-identity = Identification and authorities
profile-group-health = Health
profile-group-work = Work
profile-group-money = Banking and safety online
profile-group-devices = Phones, apps and devices
profile-group-everyday = Messages and everyday life
profile-save = Save languages and topics
profile-error-no-language = Choose at least one language and its level.
profile-training-title = My training
profile-training-help = Your coordinator marks a course here when you have done it.

## External badges and courses

credentials-title = Badges and courses
credentials-help = Add badges and courses you have done elsewhere. Your coordinator can see them.
credentials-empty = You have not added any badges or courses yet.
credentials-issued = { $issuer }, { $date }
credentials-link = Open the link
credentials-delete = Delete
credentials-add-title = Add a badge or course
credentials-add = Add
field-credential-name = Name of the badge or course
field-credential-issuer = Given by
field-credential-date = Date
field-credential-link = Link (optional)
form-hint-credential-name = Write the name as it is on the certificate.
form-hint-credential-issuer = For example an organisation or a school.
form-hint-credential-link = The address starts with https://

## Training modules

training-title = Training
training-intro = Volunteers take these training courses. A volunteer can start when all required courses are done.
training-modules-title = Your organisation's training courses
training-column-module = Course
training-column-required = Required?
training-column-done = Done
training-required = Required
training-optional = Optional
training-not-yet = Not yet
training-empty = There are no training courses yet.
training-make-optional = Make optional
training-make-required = Make required
training-add-title = Add a course
training-add = Add the course
field-training-title = Name of the course
field-training-required = Required course
form-hint-max-length = At most { $count } characters.
training-seed-role = The role of a digital buddy
training-seed-ethics = Ethics of digital support: no passwords or bank codes, no acting for someone, when to refer
training-seed-data-protection = Data protection and confidentiality
training-seed-security = Information security and scams

## One volunteer (coordinator)

volunteer-title = Volunteer
volunteer-back = Back to volunteers
volunteer-status-title = Status
volunteer-status-new = New status
volunteer-status-hint = A volunteer can be made active only when all required courses are done.
volunteer-status-save = Change status
volunteer-status-error-training = The status cannot be active yet. These required courses are missing:
volunteer-history-title = Status changes
volunteer-history-when = When
volunteer-history-from = Before
volunteer-history-to = After
volunteer-history-by = Changed by
volunteer-history-empty = The status has not been changed yet.
volunteer-languages-title = Languages
volunteer-languages-empty = The volunteer has not chosen any languages yet.
volunteer-topics-title = Topics
volunteer-topics-confident = Can help with
volunteer-topics-learning = Wants to learn
volunteer-topics-empty = No topics.
volunteer-training-title = Training
volunteer-training-date = Date done
volunteer-training-record = Mark as done
volunteer-credentials-empty = No badges or courses.

## Errors next to fields

form-error-date = Check the date.
form-error-future-date = The date cannot be in the future.
form-error-link = Check the link. It must start with https:// or http://.

## Messages after an action

flash-skills-saved = Your languages and topics are saved.
flash-credential-added = The badge or course is added.
flash-credential-deleted = The badge or course is deleted.
flash-training-module-added = The course is added.
flash-training-module-saved = The course is changed.
flash-training-recorded = The course is marked as done.
flash-status-changed = The status is changed.
flash-status-unchanged = The status was already this. Nothing changed.

## Event log

audit-volunteer-viewed = Viewed a volunteer's details
audit-volunteer-status-changed = Changed a volunteer's status
audit-training-recorded = Marked a course as done
audit-training-module-added = Added a course
audit-training-module-changed = Changed a course
audit-subject-training-module = Course { $id }
