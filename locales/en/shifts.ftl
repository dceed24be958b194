## Navigation

nav-shifts = Shifts
nav-shift-board = Shifts this week
nav-help = Help in my language

## Shift form (coordinator)

shift-new-title = New shift
shift-edit-title = Change a shift
shift-create = Create the shift
shift-edit = Change
shift-cancel = Cancel the shift
field-site = Place
field-date = Day
field-start = Starts
field-end = Ends
field-places = Places for volunteers
form-hint-places = How many digital buddies the shift has room for (1–50).
shift-wanted-languages = Languages wanted
form-hint-wanted-languages = Languages that are especially needed at this place. You can leave this empty.
field-shift-notes = Notes for volunteers
form-hint-shift-notes = For example which door to use.
field-repeat = Does the shift repeat?
shift-repeat-once = Only once
shift-repeat-weekly = Every week at the same time
field-until = Last day
form-hint-until = The last day of a weekly shift.
shift-error-ends-before-start = The shift must end later than it starts.
shift-error-places = Write a number from 1 to 50.
shift-error-places-taken = More volunteers are already on the shift. There cannot be fewer places.
shift-error-series-end = Write the last day when the shift repeats every week.
shift-error-series-end-before = The last day cannot be before the first day.
shift-error-series-too-long = A repeating shift can last one year at most.
board-back = Back to the shifts of the week

## Week board (coordinator)

board-title = Shifts this week
board-week-nav = Weeks
board-previous-week = Previous week
board-next-week = Next week
board-gaps-title = Gaps this week
board-no-gaps = No gaps. Every shift has enough people and languages.
board-empty = There are no shifts this week.
board-places = { $confirmed } / { $places } places taken
board-waiting = { $count ->
    [one] 1 waiting
   *[other] { $count } waiting
}
board-nobody = Nobody has signed up yet.
board-new-volunteer = New
board-checked-in = Here
board-no-show = Did not come
board-check-in = Check in: { $name }
board-mark-no-show = Did not come: { $name }
board-gap-language = Nobody speaks { $language }
board-gap-places = { $count ->
    [one] 1 place free
   *[other] { $count } places free
}
board-gap-new-alone = A new volunteer would be alone
board-gap-line = { $when }, { $site }: { $gap }
board-settings-title = Settings
field-withdraw-limit = Last time to cancel, in hours
form-hint-withdraw-limit = A volunteer can cancel a shift themselves until this many hours before it starts (0–336).
shift-error-withdraw-limit = Write a number from 0 to 336.
shift-cancelled = The shift is cancelled.

## A volunteer's shifts

shifts-mine-title = My shifts
shifts-mine-coming = My coming shifts
shifts-mine-none = You have no coming shifts.
shift-you-are-confirmed = You are on this shift
shift-you-are-waiting = You are number { $place } on the waiting list
shift-you-checked-in = You are checked in.
shift-check-in = I am here
shift-check-out = I am leaving now
shift-withdraw = Cancel my place
shifts-open-title = Shifts you can take
shifts-open-none = There are no free shifts now.
shift-free-places = { $count ->
    [one] 1 place free
   *[other] { $count } places free
}
shift-sign-up = I will come to this shift
shifts-full-title = Full shifts
shift-join-waiting-list = Join the waiting list
shifts-not-active = You can choose shifts when a coordinator has approved your training.
shifts-past-title = Past shifts
shifts-past-when = When
shifts-past-hours = Hours
notices-title = Changes to your shifts
notices-read = I have read these
notice-changed = A shift has changed: { $when }, { $site }.
notice-cancelled = A shift is cancelled: { $when }, { $site }.
notice-promoted = You moved up from the waiting list to the shift: { $when }, { $site }.
shift-refusal-not-active = You can choose shifts only when a coordinator has approved your training.
shift-refusal-no-such-shift = The shift was not found.
shift-refusal-cancelled = The shift is cancelled.
shift-refusal-started = The shift has already started.
shift-refusal-already = You have already signed up for this shift.
shift-refusal-overlaps = You already have a shift at the same time.
shift-refusal-not-signed-up = You are not on this shift.
shift-refusal-too-late = It is too late to cancel the shift yourself. Call your coordinator.
shift-refusal-check-in-closed = You can check in only a little before the shift starts.
flash-signed-up = You are on the shift.
flash-waiting-list = The shift is full. You are on the waiting list. You get a message on this page if a place becomes free.
flash-withdrawn = Your place is cancelled.
flash-checked-in = You are checked in. Have a good shift!
flash-checked-out = You are checked out. Thank you!
flash-notices-read = The messages are read.
flash-shifts-created = The shifts are created.
flash-shift-changed = The shift is changed. The people on it see the change on their own page.
flash-shift-cancelled = The shift is cancelled. The people on it see this on their own page.
flash-attendance-recorded = Saved.
flash-withdraw-limit-saved = The time limit is saved.
flash-calendar-link-renewed = Your calendar has a new address. The old address does not work any more.

## Calendar feed

calendar-title = Shifts in your own calendar
calendar-help = Add this address to the calendar on your phone. It shows your shifts. Do not give the address to others.
calendar-renew = Make a new address
calendar-name = Digikaveri shifts
calendar-event = Digikaveri: { $site }

## Help in my language (public)

help-title = Help in my language
help-lead = Choose a language. You see when and where a digital buddy speaks it.
field-help-language = Language
field-help-topic = What do you need help with? (not required)
help-any-topic = Anything
help-search = Show times
help-times-title = Help in { $language }
help-topic-fallback = Nobody has said they know this exact topic. These digital buddies speak your language and may still help.
help-none = There are no times in this language in the next { $days } days yet. Look again later.
