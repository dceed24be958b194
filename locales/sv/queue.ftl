## Taking a queue number at a site (no account, nothing personal)

queue-take-title = Ta ett könummer
queue-take-help = Du får ett nummer. En digikompis ropar upp ditt nummer.
field-first-language = På vilket språk vill du ha hjälp?
queue-error-language = Välj ett språk.
field-second-language = Ett annat språk som passar dig (inte obligatoriskt)
form-hint-second-language = Om ingen talar ditt första språk, får du hjälp snabbare på ett annat språk.
queue-no-second-language = Inget annat språk
queue-second-language-open = Jag talar också ett annat språk
field-ticket-topics = Vad behöver du hjälp med?
form-hint-ticket-topics = Välj ett eller flera. Du kan också lämna det tomt.
queue-more-topics = Fler ämnen
queue-tile-strong-eid = Bankkoder
queue-tile-kela = Kela
queue-tile-omakanta = OmaKanta
queue-tile-jobmarket = Arbetssökande
queue-tile-banking = Nätbank
queue-tile-email = E-post
queue-tile-smartphone-basics = Smarttelefon
queue-tile-scams-security = Bedrägerier
field-first-visit = Jag är här för första gången
queue-nothing-personal = Vi frågar inte efter ditt namn eller något annat om dig.
queue-take-submit = Ta ett nummer
queue-closed-title = Det finns inga digikompisar här nu
queue-closed-next = Nästa gång det finns hjälp här: { $when }.
queue-closed-none = Inga digikompisar kommer hit ännu. Titta på de andra platserna.
flash-ticket-taken = Nu har du ett nummer. Håll den här sidan öppen.

## The ticket page

ticket-title = Ditt könummer
ticket-status-waiting = Du väntar på din tur
ticket-status-matched = En digikompis kommer till dig
ticket-status-done = Du har fått hjälp. Tack för att du kom!
ticket-status-left = Du har lämnat kön.
ticket-status-unserved = Tyvärr hann vi inte hjälpa dig i dag.
ticket-ahead = { $count ->
    [0] Du är näst på tur.
    [one] Det är 1 person före dig i kön.
   *[other] Det är { $count } personer före dig i kön.
}
ticket-expected-wait = { $minutes ->
    [one] Du får vänta ungefär { $minutes } minut.
   *[other] Du får vänta ungefär { $minutes } minuter.
}
ticket-refresh = Uppdatera
ticket-needs-title = Det här behöver du hjälp med
ticket-safety = En digikompis frågar aldrig efter dina bankkoder, PIN-koder eller lösenord. Du skriver dem själv.
ticket-leave = Jag lämnar kön
flash-ticket-left = Du har lämnat kön. Du kan ta ett nytt nummer om du kommer tillbaka.
flash-ticket-not-waiting = Numret finns inte längre i kön.

## The poster at the site

poster-title = Affisch
poster-call = Ta ett könummer med din telefon
poster-qr-label = QR-kod: adressen där du får ett könummer
poster-print-help = Skriv ut den här sidan och sätt upp den vid dörren till platsen.
board-posters-title = Affischer för könummer
board-poster-link = Affisch: { $site }
board-queue-link = Kön nu: { $site }
ticket-your-helper = Din digikompis heter { $name } och kommer till dig här: { $site }.

## The queue board of a site (staff on duty)

duty-board-title = Kön nu
duty-suggestions-title = Förslag
duty-suggestions-none = Inga förslag just nu.
duty-accept = Para ihop { $code } och { $name }
duty-unmatched-title = Ingen digikompis ännu
duty-widening = Kan hjälpa:
duty-waiting-title = I kön
duty-waiting-none = Ingen står i kön.
duty-waited = har väntat { $minutes } min
field-duty-volunteer = Digikompis
duty-match = Para ihop
duty-volunteers-title = Digikompisar på plats
duty-volunteers-none = Ingen har anmält sig på plats.
duty-free = Ledig
duty-busy-with = Hjälper: { $code }
flash-duty-matched = Klart. Digikompisen ser det i sin telefon.
flash-duty-taken = Det gick inte att para ihop. Någon hann före, eller digikompisen är inte längre ledig.
reason-speaks = Talar { $language } ({ $level })
reason-speaks-second = Talar det andra valda språket: { $language } ({ $level })
reason-confident = Kan hjälpa med: { $topic }
reason-learning = Vill lära sig: { $topic }
reason-helped-before = Har hjälpt samma person förut
reason-waiting = Har väntat { $minutes } min
reason-sessions-today = { $count ->
    [one] Har hjälpt { $count } gång i dag
   *[other] Har hjälpt { $count } gånger i dag
}
why-nobody-speaks = Ingen här talar språket: { $languages }.
why-only-trainee = Bara en frivillig under utbildning talar språket: { $languages }.
why-all-busy = Alla som talar språket hjälper andra just nu.
widening-second-language = det andra valda språket: { $language }
widening-pair-trainee = { $trainee } tillsammans med { $with }

## The volunteer's next person

nav-duty = Nästa person
duty-next-title = Nästa person
duty-next-none = Du har ingen just nu. Titta igen om en stund.
duty-call-help = Ropa upp numret och säg vem du är.
duty-start = Jag börjar hjälpa
duty-finish = Klar
flash-duty-started = Lycka till!
flash-duty-finished = Tack! Hjälpen är markerad som given.

## Nobody can help today

field-unserved-reason = Varför kan ingen hjälpa?
duty-unserved = Ingen kan hjälpa i dag
unserved-no-language = Ingen talar språket i dag
unserved-no-time = Tiden räcker inte i dag
unserved-needs-authority = Ärendet hör till en myndighet
flash-duty-unserved = Sparat. Personen ser orsaken på sin sida.
ticket-unserved-no-language = I dag finns ingen här som talar ditt språk. Se när det finns hjälp på ditt språk.
ticket-unserved-no-time = Tiden räcker inte i dag. Kom en annan dag.
ticket-unserved-needs-authority = En myndighet hjälper med det här, till exempel Kela eller kommunen. Fråga personalen här om råd.

## Volunteers on duty may match

field-volunteers-may-match = Digikompisar på plats får använda kön och para ihop personer
flash-volunteer-matching-saved = Inställningen är sparad.
