## Help sessions: the volunteer's record, the coordinator's lists, the person's answers

session-record-title = Registrera hjälpen
session-walk-in-lead = Registrera hjälp när någon kom direkt till ditt bord utan könummer, eller när du hjälpte en liten grupp.
field-session-outcome = Hur slutade hjälpen?
outcome-self = Personen lärde sig att göra det själv
outcome-together = Vi gjorde det tillsammans
outcome-partly = Delvis klart
outcome-referred = Jag hänvisade vidare
outcome-unsolved = Det gick inte att lösa
field-session-referred-to = Vart hänvisade du personen?
form-hint-session-referred-to = Bara om du hänvisade personen vidare.
session-not-referred = Jag hänvisade inte vidare
referral-kela = Kelas serviceställe
referral-city-digital-support = Stadens digitala stöd
referral-library = Biblioteket
referral-employment-services = Sysselsättningstjänsterna
referral-social-worker = En socialarbetare
referral-family = Familj eller en bekant
referral-other-service = En annan tjänst
field-session-saw-codes = Såg eller skrev du personens koder eller lösenord?
form-hint-session-saw-codes = Svara ärligt. Koordinatorn går igenom det med dig. Det är inget straff.
session-saw-codes-no = Nej
session-saw-codes-yes = Ja, jag såg eller skrev koder
session-save = Spara
session-details = Kontrollera uppgifterna
field-session-minutes = Tid i minuter
form-hint-session-minutes = 1–480 minuter.
field-session-people = Hur många personer?
form-hint-session-people = 1 för en person, 2–10 för en liten grupp.
field-session-language = Språket som du hjälpte på
field-session-device = Vems enhet?
device-own-phone = Personens egen telefon
device-own-computer = Personens egen dator
device-site-computer = Platsens dator
field-session-topics = Det här hjälpte du med
field-session-first-visit = Personen var här för första gången
field-session-note = Det här lärde jag mig i dag (inte obligatoriskt)
form-hint-session-note = Bara du ser det här. Skriv om vad du själv har lärt dig, inte om personen.
form-error-identifies = Ta bort personbeteckningen, telefonnumret, e-postadressen eller kortnumret. Anteckningen får inte visa vem personen är.
session-error-minutes = Skriv tiden i minuter, 1–480.
session-error-people = Skriv antalet personer, 1–10.
session-error-outcome = Välj hur hjälpen slutade.
session-error-referred-to = Välj vart du hänvisade personen.
session-error-not-on-duty = Du kan registrera sådan hjälp bara när du har anmält dig på plats i ett pass.
flash-session-recorded = Hjälpen är registrerad. Tack!
duty-to-record = Inte registrerat ännu
duty-record-ticket = Registrera { $code }
duty-record-walk-in = Registrera hjälp utan könummer
sessions-own-title = Mina hjälptillfällen
sessions-none = Du har inte registrerat någon hjälp ännu.
session-line = { $people ->
    [one] { $minutes } min
   *[other] { $minutes } min, { $people } personer
}
session-own-note = Min anteckning
sessions-feedback-title = Det här sa de som fick hjälp
sessions-feedback-totals = { $answers } svar: bra { $good }, okej { $okay }, dålig { $bad }.
sessions-feedback-alone = { $count ->
    [one] 1 person sa sig kunna göra det själv nästa gång.
   *[other] { $count } personer sa sig kunna göra det själva nästa gång.
}
sessions-feedback-too-few = Du ser en sammanfattning när det finns minst { $count } svar. Så vet ingen vem som svarade vad.
sessions-title = Hjälptillfällen
field-session-site = Plats
field-session-day = Dag
sessions-show = Visa
sessions-none-day = Ingen hjälp registrerades på den här platsen den här dagen.
sessions-follow-up-link = { $count ->
    [one] 1 hjälptillfälle att gå igenom
   *[other] { $count } hjälptillfällen att gå igenom
}
follow-up-title = Gå igenom med den frivilliga
follow-up-lead = Vid de här hjälptillfällena såg eller skrev den frivilliga en annan persons koder. Prata med den frivilliga om det. Syftet är att stödja, inte att straffa.
follow-up-done = Genomgånget
follow-up-none = Det finns inget att gå igenom.
flash-followed-up = Markerat som genomgånget.
nav-sessions = Hjälptillfällen
feedback-title = Berätta för oss
feedback-how-was-it = Hur var hjälpen?
feedback-face-good = Bra
feedback-face-okay = Okej
feedback-face-bad = Dålig
feedback-next-time = Kan du göra det här själv nästa gång?
feedback-next-alone = Ja
feedback-next-little-help = Med lite hjälp
feedback-next-not-yet = Inte än
feedback-come-again = Skulle du komma igen?
feedback-yes = Ja
feedback-no = Nej
feedback-anonymous = Ditt svar är anonymt.
feedback-send = Skicka
flash-feedback-thanks = Tack för ditt svar!
flash-feedback-closed = Du har redan svarat, eller tiden för att svara är slut.

## Changing a record afterwards, the person's answers on the volunteer's phone, unrecorded help

session-edit-title = Ändra registreringen
session-edit = Ändra
session-correct = Rätta
session-hand-over = Har personen ingen telefon? Låt hen svara på din telefon
flash-session-changed = Registreringen är ändrad.
flash-session-corrected = Registreringen är rättad. Rättelsen finns i händelseloggen.
flash-feedback-handed-back = Svaret är sparat. Tack! Nu kan du registrera hjälpen.
sessions-unrecorded-title = Hjälp som inte registrerades
sessions-unrecorded-lead = Den här hjälpen markerades som klar men registrerades inte under dagen. Prata om det med digikompisen.
sessions-unrecorded = { $volunteer }: { $count ->
    [one] 1 hjälp inte registrerad
   *[other] { $count } hjälptillfällen inte registrerade
} på { $site }, { $day }
sessions-unrecorded-done = Genomgånget
flash-reminder-done = Markerat som genomgånget.
audit-session-corrected = Rättade en registrerad hjälp
audit-subject-help-session = Registrerad hjälp { $id }
