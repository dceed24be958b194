## Sites run by the coordinators

nav-sites = Sites
sites-title = Sites
site-add = Add a site
site-new-title = New site
site-edit-title = Site details
site-create = Add the site
site-edit = Edit
site-close = Close the site
site-reopen = Open the site again
site-closed = This site is closed.
site-queue-paused = Taking queue numbers is paused.
sites-back = Back to sites
sites-empty-title = No sites yet
sites-empty-help = First add a site where digital buddies help. Then you can make shifts there and print its poster.
field-site-name = Name of the site
field-site-kind = Kind of site
field-site-address = Address
field-site-code = Short code
form-hint-site-code = 3–10 letters A–Z or digits, starting with a letter. The code is on the poster and on the queue numbers. If you change it, the old poster address still works for half a year.
field-site-opening = Opening hours and how to find help
form-hint-site-opening = People seeking help see this. Write in your own language. You can also write in other languages.
field-site-access = Accessibility
form-hint-site-access = For example stairs, a lift or a step-free entrance.
field-site-tables = Tables
form-hint-site-tables = One table or desk per line, for example 1 and 2. A digital buddy picks a table when they arrive for their shift.
site-error-code = The code has 3–10 letters A–Z or digits and starts with a letter.
site-error-code-taken = This code is already in use. Choose another one.
site-error-tables = Check the tables: at most 30, each with a different name, at most 30 characters.
flash-site-created = The site has been added.
flash-site-saved = The site details have been saved.
flash-site-closed = The site has been closed.
flash-site-reopened = The site is open again.
site-close-title = Close the site?
site-close-help = Nobody can take queue numbers at a closed site, and people seeking help do not see it. Its shifts and history are kept. You can open the site again.
site-close-confirm = Yes, close the site
form-keep = No, go back
form-other-languages = In other languages
audit-site-created = Added a site
audit-site-changed = Changed a site's details
audit-site-closed = Closed a site
audit-site-reopened = Opened a site again
audit-subject-site = Site { $id }

## The first steps of a new organisation

steps-title = How to get started
steps-site = Add your first site
steps-series = Make a weekly shift
steps-join-link = Share the join link with volunteers
steps-poster = Print the site's poster
steps-done = Done
shift-no-sites = A shift always takes place at a site. Add a site first.

## The day at the site

nav-today = Today
today-title = Today
today-open = Queue numbers can be taken
today-not-open = Not open right now
today-waiting = { $count ->
    [one] 1 waiting
   *[other] { $count } waiting
}
today-empty-title = No shifts today
today-empty-help = When a site has a shift today, you see here who is there and how many people are waiting.
nav-queue = Queue
field-table = Table
table-none = No table
duty-at-table = Table { $table }
duty-seat = Change table
flash-duty-seated = The table has been changed.
flash-duty-not-on-duty = This digital buddy is not here now.
duty-undo-title = You can still undo
duty-undo-unserved = Undo: could not help ({ $code })
flash-duty-undone = Undone. The number is back in the queue.
flash-duty-undo-too-late = This can no longer be undone.
duty-controls-title = Queue controls
duty-pause = Pause taking numbers
duty-resume = Resume taking numbers
flash-queue-paused = Nobody can take new numbers now.
flash-queue-resumed = Numbers can be taken again.
field-remove-minutes = Remove waiting numbers taken in the last minutes
form-hint-remove-minutes = For when someone takes many numbers that nobody uses. Write the minutes (1–240).
duty-remove = Remove the numbers
flash-queue-removed = The numbers have been removed.
duty-on-duty-at = You are on duty at { $site }. This page updates by itself.
duty-check-in-first = First check in on your shift's page.
board-undo-check-in = Undo arrived: { $name }
board-undo-no-show = Undo did not come: { $name }
shift-refusal-not-started = The shift has not started yet.
shift-refusal-undo-too-late = This mark can no longer be undone.

## Queue numbers: one per phone, pauses, help in another language

queue-you-have = You already have number { $code } at this site.
queue-open-yours = Open your number
flash-ticket-already = You already have a number. Here it is.
queue-paused = Numbers cannot be taken right now. Ask the staff at the site.
queue-site-closed = This site is closed.
queue-too-many = Too many numbers have been taken just now. Wait a moment and try again.
ticket-status-helping = A digital buddy is helping you now
ticket-helping-help = The help has started. You do it yourself, the digital buddy guides you.
ticket-status-removed = The staff removed this number.
ticket-your-helper-table = Your digital buddy is { $name }. Go to table { $table }.
ticket-requeued = Your digital buddy cannot help. You are still in the queue in the same place, and a new digital buddy is being found for you.
ticket-nobody-speaks = Nobody here now speaks { $language }.
ticket-second-language = Nobody here speaks your first language. A digital buddy can help in { $language }.
ticket-next-help = The next help in your language is { $when } at { $site }.
ticket-next-help-none = There is no help in this language in the next two weeks.
ticket-may-wait = You can still stay in the queue. Someone may help in another language.
ticket-leave-title = Leave the queue?
ticket-leave-help = If you leave, your number is taken out of the queue. You can take a new number if you come back.
ticket-leave-confirm = Yes, I leave the queue
ticket-stay = No, I stay in the queue

## Weekly series: one shift or more

shift-scope-title = Which shifts does the change apply to?
form-hint-shift-scope = In a weekly series each shift keeps its own day. The times, places and languages change in the shifts you choose.
shift-scope-one = Only this shift
shift-scope-following = This shift and the later ones
shift-scope-series = All shifts in this series
shift-cancel-title = Cancel the shift?
shift-cancel-help = The people who signed up for the shift are told that it is cancelled.
shift-cancel-confirm = Yes, cancel
shift-error-date-window = Choose a day at most one year ago or at most two years ahead.

## Passwords and joining by mail

login-forgot-link = Forgot your password?
forgot-title = Forgotten password
forgot-help = Write your email address. We send a link to it, and with the link you can make a new password.
forgot-submit = Send the link
forgot-sent = If there is an account with this address, the link is on its way. Check your email. The link works for one day.
forgot-too-many = Too many links have been asked for. Try again later.
mail-reset-subject = A new password for Digikaveri
mail-reset-body = Someone asked for a new password for this email address. Make a new password with this link: { $link } The link works for one day. If you did not ask for it, you can ignore this message.
join-mailed-title = Check your email
join-mailed-body = We sent a link to { $email }.
join-mailed-help = Open the link within two days. Then you are in, and a coordinator will contact you.
mail-join-subject = Join as a digital buddy: { $organisation }
mail-join-body = Thank you for wanting to be a digital buddy! Finish joining with this link: { $link } The link works for two days.
mail-join-member-subject = You already have a Digikaveri account
mail-join-member-body = Someone tried to join { $organisation } with this email address. You already have an account. If you forgot your password, make a new one here: { $link }
join-confirm-title = Finish joining
join-confirm-help = Press the button, and your account is made and you are in.
join-confirm-submit = Join as a digital buddy
flash-join-member = You already have an account. Sign in.
form-error-too-often = This has been tried too many times. Try again later.
audit-password-reset-requested = Asked for a new password link
error-403-form-body = The form could not be checked. The browser did not send its cookie back. Open the service at its own address and allow cookies:
