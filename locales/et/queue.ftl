## Taking a queue number at a site (no account, nothing personal)

queue-take-title = Võta järjekorranumber
queue-take-help = Sa saad numbri. Digisõber hüüab sinu numbri välja.
field-first-language = Mis keeles sa abi tahad?
queue-error-language = Vali keel.
field-second-language = Teine keel, mis sulle sobib (ei ole kohustuslik)
form-hint-second-language = Kui keegi ei räägi sinu esimest keelt, saad teises keeles kiiremini abi.
queue-no-second-language = Ilma teise keeleta
queue-second-language-open = Räägin ka teist keelt
field-ticket-topics = Millega sa abi vajad?
form-hint-ticket-topics = Vali üks või mitu. Võid jätta ka tühjaks.
queue-more-topics = Veel teemasid
queue-tile-strong-eid = Pangakoodid
queue-tile-kela = Kela
queue-tile-omakanta = OmaKanta
queue-tile-jobmarket = Tööotsing
queue-tile-banking = Internetipank
queue-tile-email = E-post
queue-tile-smartphone-basics = Nutitelefon
queue-tile-scams-security = Pettused
field-first-visit = Ma olen siin esimest korda
queue-nothing-personal = Me ei küsi sinu nime ega muid andmeid sinu kohta.
queue-take-submit = Võta number
queue-closed-title = Praegu ei ole siin digisõpru
queue-closed-next = Järgmine kord on siin abi: { $when }.
queue-closed-none = Siia ei ole veel digisõpru tulemas. Vaata teisi kohti.
flash-ticket-taken = Sul on nüüd number. Hoia see leht lahti.

## The ticket page

ticket-title = Sinu järjekorranumber
ticket-status-waiting = Sa ootad oma järjekorda
ticket-status-matched = Digisõber tuleb sinu juurde
ticket-status-done = Sa said abi. Aitäh, et tulid!
ticket-status-left = Sa lahkusid järjekorrast.
ticket-status-unserved = Kahjuks ei jõudnud me täna sind aidata.
ticket-ahead = { $count ->
    [0] Sina oled järgmine.
    [one] Sinu ees on 1 inimene.
   *[other] Sinu ees on { $count } inimest.
}
ticket-expected-wait = { $minutes ->
    [one] Ooteaeg on umbes { $minutes } minut.
   *[other] Ooteaeg on umbes { $minutes } minutit.
}
ticket-refresh = Uuenda
ticket-needs-title = Millega sa abi vajad
ticket-safety = Digisõber ei küsi kunagi sinu pangakoode, PIN-koode ega paroole. Sa kirjutad need ise.
ticket-leave = Ma lahkun järjekorrast
flash-ticket-left = Sa lahkusid järjekorrast. Kui tuled tagasi, võid võtta uue numbri.
flash-ticket-not-waiting = Seda numbrit ei ole enam järjekorras.

## The poster at the site

poster-title = Plakat
poster-call = Võta järjekorranumber telefoniga
poster-qr-label = QR-kood: aadress, kust saad järjekorranumbri
poster-print-help = Prindi see leht ja pane see koha uksele.
board-posters-title = Plakatid järjekorranumbrite jaoks
board-poster-link = Plakat: { $site }
board-queue-link = Järjekord praegu: { $site }
ticket-your-helper = Sinu digisõber on { $name }. Ta tuleb sinu juurde siia: { $site }.

## The queue board of a site (staff on duty)

duty-board-title = Järjekord praegu
duty-suggestions-title = Ettepanekud
duty-suggestions-none = Praegu ettepanekuid ei ole.
duty-accept = Ühenda { $code } ja { $name }
duty-unmatched-title = Veel ilma digisõbrata
duty-widening = Võiks aidata:
duty-waiting-title = Järjekorras
duty-waiting-none = Järjekorras ei ole kedagi.
duty-waited = on oodanud { $minutes } min
field-duty-volunteer = Digisõber
duty-match = Ühenda
duty-volunteers-title = Kohal olevad digisõbrad
duty-volunteers-none = Keegi ei ole oma kohalolekut märkinud.
duty-free = Vaba
duty-busy-with = Aitab: { $code }
flash-duty-matched = Ühendatud. Digisõber näeb seda oma telefonis.
flash-duty-taken = Ühendada ei õnnestunud. Keegi jõudis ette või digisõber ei ole enam vaba.
reason-speaks = Räägib keelt: { $language } ({ $level })
reason-speaks-second = Räägib teist valitud keelt: { $language } ({ $level })
reason-confident = Oskab aidata: { $topic }
reason-learning = Tahab õppida: { $topic }
reason-helped-before = On sama inimest varem aidanud
reason-waiting = On oodanud { $minutes } min
reason-sessions-today = { $count ->
    [one] On täna aidanud { $count } korra
   *[other] On täna aidanud { $count } korda
}
why-nobody-speaks = Siin ei räägi keegi keelt: { $languages }.
why-only-trainee = Keelt räägib ainult vabatahtlik, kes on veel koolitusel: { $languages }.
why-all-busy = Kõik, kes seda keelt räägivad, aitavad praegu teisi.
widening-second-language = teine valitud keel: { $language }
widening-pair-trainee = { $trainee } ja { $with } koos

## The volunteer's next person

nav-duty = Järgmine inimene
duty-next-title = Järgmine inimene
duty-next-none = Sul ei ole praegu kedagi. Vaata hetke pärast uuesti.
duty-call-help = Hüüa number välja ja ütle, kes sa oled.
duty-start = Ma hakkan aitama
duty-finish = Valmis
flash-duty-started = Jõudu tööle!
flash-duty-finished = Aitäh! Abi on märgitud antuks.

## Nobody can help today

field-unserved-reason = Miks keegi ei saa aidata?
duty-unserved = Täna ei saa keegi aidata
unserved-no-language = Täna ei räägi keegi seda keelt
unserved-no-time = Täna ei jätku aega
unserved-needs-authority = Asi kuulub ametiasutusele
flash-duty-unserved = Salvestatud. Inimene näeb põhjust oma lehel.
ticket-unserved-no-language = Täna ei ole siin kedagi, kes räägib sinu keelt. Vaata, millal on abi sinu keeles.
ticket-unserved-no-time = Täna ei jätku aega. Tule mõnel teisel päeval.
ticket-unserved-needs-authority = Selle asjaga aitab ametiasutus, näiteks Kela või omavalitsus. Küsi nõu selle koha töötajatelt.

## Volunteers on duty may match

field-volunteers-may-match = Kohal olevad digisõbrad võivad kasutada järjekorda ja ühendada inimesi
flash-volunteer-matching-saved = Seade on salvestatud.
