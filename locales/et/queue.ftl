## Taking a queue number at a site (no account, nothing personal)

queue-take-title = Võta järjekorranumber
queue-take-help = Ütle, mis keeles sa abi tahad ja millega. Sa saad numbri. Digisõber kutsub sind.
field-first-language = Mis keeles sa abi tahad?
queue-error-language = Vali keel.
field-second-language = Teine keel, mis sulle sobib (ei ole kohustuslik)
form-hint-second-language = Kui keegi ei räägi sinu esimest keelt, saad teises keeles kiiremini abi.
queue-no-second-language = Teist keelt ei ole
field-ticket-topics = Millega sa abi vajad?
form-hint-ticket-topics = Vali üks või mitu. Võid jätta ka tühjaks.
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
ticket-expected-wait = Ootamine kestab umbes { $minutes } minutit.
ticket-refresh = Näita praegust olukorda
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
