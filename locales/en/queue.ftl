## Taking a queue number at a site (no account, nothing personal)

queue-take-title = Take a queue number
queue-take-help = You get a number. A digital buddy calls out your number.
field-first-language = Which language do you want help in?
queue-error-language = Choose a language.
field-second-language = Another language that is fine for you (not required)
form-hint-second-language = If nobody speaks your first language, you get help sooner in another one.
queue-no-second-language = No other language
queue-second-language-open = I also speak another language
field-ticket-topics = What do you need help with?
form-hint-ticket-topics = Choose one or more. You can also leave this empty.
queue-more-topics = More topics
queue-tile-strong-eid = Bank codes
queue-tile-kela = Kela
queue-tile-omakanta = OmaKanta
queue-tile-jobmarket = Job seeking
queue-tile-banking = Online bank
queue-tile-email = Email
queue-tile-smartphone-basics = Smartphone
queue-tile-scams-security = Scams
field-first-visit = This is my first time here
queue-nothing-personal = We do not ask your name or anything else about you.
queue-take-submit = Take a number
queue-closed-title = There are no digital buddies here now
queue-closed-next = The next time there is help here: { $when }.
queue-closed-none = No digital buddies are planned here yet. Look at the other places.
flash-ticket-taken = You have a number now. Keep this page open.

## The ticket page

ticket-title = Your queue number
ticket-status-waiting = You are waiting for your turn
ticket-status-matched = A digital buddy is coming
ticket-status-done = You got help. Thank you for coming!
ticket-status-left = You have left the queue.
ticket-status-unserved = Sorry, there was no time to help you today.
ticket-ahead = { $count ->
    [0] You are next.
    [one] There is 1 person before you.
   *[other] There are { $count } people before you.
}
ticket-expected-wait = { $minutes ->
    [one] The wait is about { $minutes } minute.
   *[other] The wait is about { $minutes } minutes.
}
ticket-refresh = Update
ticket-needs-title = What you need help with
ticket-safety = A digital buddy never asks for your bank codes, PIN codes or passwords. You type them yourself.
ticket-leave = I am leaving the queue
flash-ticket-left = You have left the queue. You can take a new number if you come back.
flash-ticket-not-waiting = The number is no longer in the queue.

## The poster at the site

poster-title = Poster
poster-call = Take a queue number with your phone
poster-qr-label = QR code: the address where you get a queue number
poster-print-help = Print this page and put it up at the door of the place.
board-posters-title = Posters for queue numbers
board-poster-link = Poster: { $site }
board-queue-link = Queue now: { $site }
ticket-your-helper = Your digital buddy is { $name }. They come to you at { $site }.

## The queue board of a site (staff on duty)

duty-board-title = Queue now
duty-suggestions-title = Suggestions
duty-suggestions-none = No suggestions right now.
duty-accept = Match { $code } with { $name }
duty-unmatched-title = Nobody yet
duty-widening = Could help:
duty-waiting-title = Waiting
duty-waiting-none = Nobody is waiting.
duty-waited = waited { $minutes } min
field-duty-volunteer = Digital buddy
duty-match = Match
duty-volunteers-title = Digital buddies here
duty-volunteers-none = Nobody has checked in.
duty-free = Free
duty-busy-with = Helping: { $code }
flash-duty-matched = Matched. The digital buddy sees it on their phone.
flash-duty-taken = This could not be matched. Someone was quicker, or the digital buddy is no longer free.
reason-speaks = Speaks { $language } ({ $level })
reason-speaks-second = Speaks the second chosen language, { $language } ({ $level })
reason-confident = Knows: { $topic }
reason-learning = Wants to learn: { $topic }
reason-helped-before = Helped the same person before
reason-waiting = Waited { $minutes } min
reason-sessions-today = { $count ->
    [one] Helped once today
   *[other] Helped { $count } times today
}
why-nobody-speaks = Nobody here speaks these languages: { $languages }.
why-only-trainee = Only a volunteer in training speaks these languages: { $languages }.
why-all-busy = Everyone who speaks the language is helping someone else.
widening-second-language = the second chosen language, { $language }
widening-pair-trainee = { $trainee } together with { $with }

## The volunteer's next person

nav-duty = Next person
duty-next-title = Next person
duty-next-none = You have nobody now. Look again in a moment.
duty-call-help = Call the number and say who you are.
duty-start = Start helping
duty-finish = Done
flash-duty-started = Enjoy helping!
flash-duty-finished = Thank you! The help is marked as given.

## Nobody can help today

field-unserved-reason = Why can nobody help?
duty-unserved = Nobody can help today
unserved-no-language = Nobody speaks the language today
unserved-no-time = There is no time today
unserved-needs-authority = The matter is for an authority
flash-duty-unserved = Saved. The person sees the reason on their page.
ticket-unserved-no-language = Today nobody here speaks your language. See when there is help in your language.
ticket-unserved-no-time = There is no time today. Please come another day.
ticket-unserved-needs-authority = An authority helps with this, for example Kela or the city. Ask the staff here for advice.

## Volunteers on duty may match

field-volunteers-may-match = Digital buddies on duty may use the queue and match people
flash-volunteer-matching-saved = The setting is saved.
