## Navigation

nav-shifts = Pass
nav-shift-board = Veckans pass
nav-help = Hjälp på ditt eget språk

## Shift form (coordinator)

shift-new-title = Nytt pass
shift-edit-title = Ändra ett pass
shift-create = Skapa passet
shift-edit = Ändra
shift-cancel = Ställ in passet
field-site = Plats
field-date = Dag
field-start = Börjar
field-end = Slutar
field-places = Platser för frivilliga
form-hint-places = Hur många digikompisar som får plats i passet (1–50).
shift-wanted-languages = Önskade språk
form-hint-wanted-languages = Språk som behövs särskilt på den här platsen. Du kan lämna det tomt.
field-shift-notes = Mer information till de frivilliga
form-hint-shift-notes = Till exempel vilken dörr man går in genom.
field-repeat = Upprepas passet?
shift-repeat-once = Bara en gång
shift-repeat-weekly = Varje vecka vid samma tid
field-until = Sista dagen
form-hint-until = Sista dagen för ett pass som upprepas varje vecka.
shift-error-ends-before-start = Passet måste sluta senare än det börjar.
shift-error-places = Skriv ett tal från 1 till 50.
shift-error-places-taken = Det finns redan fler frivilliga i passet. Det kan inte finnas färre platser.
shift-error-series-end = Skriv sista dagen, när passet upprepas varje vecka.
shift-error-series-end-before = Sista dagen kan inte vara före första dagen.
shift-error-series-too-long = Ett pass som upprepas kan pågå högst ett år.
board-back = Tillbaka till veckans pass

## Week board (coordinator)

board-title = Veckans pass
board-week-nav = Veckor
board-previous-week = Föregående vecka
board-next-week = Nästa vecka
board-gaps-title = Luckor den här veckan
board-no-gaps = Inga luckor. Alla pass har tillräckligt med människor och språk.
board-empty = Det finns inga pass den här veckan.
board-places = { $confirmed } / { $places } platser tagna
board-waiting = { $count ->
    [one] 1 i kö
   *[other] { $count } i kö
}
board-nobody = Ingen har anmält sig ännu.
board-new-volunteer = Ny
board-checked-in = På plats
board-no-show = Kom inte
board-check-in = Markera på plats: { $name }
board-mark-no-show = Kom inte: { $name }
board-gap-language = Ingen talar språket { $language }
board-gap-places = { $count ->
    [one] 1 plats ledig
   *[other] { $count } platser lediga
}
board-gap-new-alone = En ny frivillig skulle vara ensam
board-gap-line = { $when }, { $site }: { $gap }
board-settings-title = Inställningar
field-withdraw-limit = Tidsgräns för avbokning, i timmar
form-hint-withdraw-limit = En frivillig kan själv avboka ett pass senast så här många timmar innan det börjar (0–336).
shift-error-withdraw-limit = Skriv ett tal från 0 till 336.
shift-cancelled = Passet är inställt.

## A volunteer's shifts

shifts-mine-title = Mina pass
shifts-mine-coming = Mina kommande pass
shifts-mine-none = Du har inga kommande pass.
shift-you-are-confirmed = Du är med
shift-you-are-waiting = Du är nummer { $place } i kön
shift-you-checked-in = Du har anmält dig på plats.
shift-check-in = Jag är på plats
shift-check-out = Jag går nu
shift-withdraw = Avboka min plats
shifts-open-title = Pass som du kan ta
shifts-open-none = Det finns inga lediga pass nu.
shift-free-places = { $count ->
    [one] 1 plats ledig
   *[other] { $count } platser lediga
}
shift-sign-up = Jag kommer till det här passet
shifts-full-title = Fulla pass
shift-join-waiting-list = Ställ dig i kö till det här passet
shifts-not-active = Du kan välja pass när en koordinator har godkänt din utbildning.
shifts-past-title = Tidigare pass
shifts-past-when = När
shifts-past-hours = Timmar
notices-title = Ändringar i dina pass
notices-read = Jag har läst de här
notice-changed = Ett pass har ändrats: { $when }, { $site }.
notice-cancelled = Ett pass är inställt: { $when }, { $site }.
notice-promoted = Du fick en plats i passet: { $when }, { $site }.
shift-refusal-not-active = Du kan välja pass först när en koordinator har godkänt din utbildning.
shift-refusal-no-such-shift = Passet finns inte.
shift-refusal-cancelled = Passet är inställt.
shift-refusal-started = Passet har redan börjat.
shift-refusal-already = Du har redan anmält dig till det här passet.
shift-refusal-overlaps = Du har redan ett pass vid samma tid.
shift-refusal-not-signed-up = Du är inte med i det här passet.
shift-refusal-too-late = Du kan inte längre avboka passet själv. Ring din koordinator.
shift-refusal-check-in-closed = Du kan anmäla dig på plats först en kort stund innan passet börjar.
flash-signed-up = Du är med i passet.
flash-waiting-list = Passet är fullt. Du står i kö. Du får ett meddelande på den här sidan om du kommer med.
flash-withdrawn = Din plats är avbokad.
flash-checked-in = Du har anmält dig på plats. Ha ett bra pass!
flash-checked-out = Vi har antecknat att du går. Tack!
flash-notices-read = Meddelandena är lästa.
flash-shifts-created = Passen är skapade.
flash-shift-changed = Passet är ändrat. De som är med ser ändringen på sin egen sida.
flash-shift-cancelled = Passet är inställt. De som är med ser det på sin egen sida.
flash-attendance-recorded = Anteckningen är sparad.
flash-withdraw-limit-saved = Tidsgränsen är sparad.
flash-calendar-link-renewed = Din kalender har en ny adress. Den gamla adressen fungerar inte längre.

## Calendar feed

calendar-title = Pass i din egen kalender
calendar-help = Lägg till den här adressen i kalendern i din telefon. Den visar dina pass. Ge inte adressen till andra.
calendar-renew = Gör en ny adress
calendar-name = Digikaveri-pass
calendar-event = Digikaveri: { $site }

## Help in my language (public)

help-title = Hjälp på ditt eget språk
help-lead = Välj ett språk. Du ser när och var en digikompis talar det.
field-help-language = Språk
field-help-topic = Vad behöver du hjälp med? (inte obligatoriskt)
help-any-topic = Vad som helst
help-search = Visa tider
help-times-title = Hjälp på språket { $language }
help-topic-fallback = Ingen har sagt att de kan just det här ämnet. De här digikompisarna talar ditt språk och kan kanske hjälpa ändå.
help-none = Det finns ännu inga tider på det här språket under de närmaste { $days } dagarna. Titta igen senare.
