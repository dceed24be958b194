## Help sessions: the volunteer's record, the coordinator's lists, the person's answers

session-record-title = Märgi abi üles
session-walk-in-lead = Märgi abi üles, kui keegi tuli otse sinu laua juurde ilma järjekorranumbrita või kui sa aitasid väikest rühma.
field-session-outcome = Kuidas abi lõppes?
outcome-self = Inimene õppis seda ise tegema
outcome-together = Tegime selle koos
outcome-partly = Osaliselt tehtud
outcome-referred = Suunasin mujale
outcome-unsolved = Asja ei õnnestunud lahendada
field-session-referred-to = Kuhu sa suunasid?
form-hint-session-referred-to = Ainult siis, kui sa suunasid inimese mujale.
session-not-referred = Ei suunanud mujale
referral-kela = Kela teeninduspunkt
referral-city-digital-support = Linna digitugi
referral-library = Raamatukogu
referral-employment-services = Tööhõiveteenused
referral-social-worker = Sotsiaaltöötaja
referral-family = Pere või tuttav
referral-other-service = Muu teenus
field-session-saw-codes = Kas sa nägid või kirjutasid tema koode või paroole?
form-hint-session-saw-codes = Vasta ausalt. Koordinaator arutab seda sinuga. See ei ole karistus.
session-saw-codes-no = Ei
session-saw-codes-yes = Jah, nägin või kirjutasin koode
session-save = Salvesta
session-details = Kontrolli andmeid
field-session-minutes = Kestus minutites
form-hint-session-minutes = 1–480 minutit.
field-session-people = Mitu inimest?
form-hint-session-people = 1 on üks inimene, 2–10 on väike rühm.
field-session-language = Keel, milles sa aitasid
field-session-device = Kelle seadmega?
device-own-phone = Tema oma telefon
device-own-computer = Tema oma arvuti
device-site-computer = Koha arvuti
field-session-topics = Asjad, millega sa aitasid
field-session-first-visit = Ta oli siin esimest korda
field-session-note = Mida ma täna õppisin (ei ole kohustuslik)
form-hint-session-note = Seda näed ainult sina. Kirjuta oma õppimisest, mitte inimesest, keda sa aitasid.
form-error-identifies = Kustuta isikukood, telefoninumber, e-posti aadress või kaardi number. Märkusest ei tohi selguda, kes see inimene on.
session-error-minutes = Kirjuta kestus minutites, 1–480.
session-error-people = Kirjuta inimeste arv, 1–10.
session-error-outcome = Vali, kuidas abi lõppes.
session-error-referred-to = Vali, kuhu sa suunasid.
session-error-not-on-duty = Sellist abi saad üles märkida ainult siis, kui sinu kohalolek vahetuses on märgitud.
flash-session-recorded = Abi on üles märgitud. Aitäh!
duty-to-record = Üles märkimata
duty-record-ticket = Märgi üles: { $code }
duty-record-walk-in = Märgi üles abi ilma järjekorranumbrita
sessions-own-title = Minu abistamised
sessions-none = Sa ei ole veel ühtegi abistamist üles märkinud.
session-line = { $people ->
    [one] { $minutes } min
   *[other] { $minutes } min, { $people } inimest
}
session-own-note = Minu märkus
sessions-feedback-title = Mida abi saanud inimesed ütlesid
sessions-feedback-totals = Vastuseid { $answers }: hea { $good }, keskmine { $okay }, halb { $bad }.
sessions-feedback-alone = { $count ->
    [one] 1 inimene ütles, et saab järgmine kord ise hakkama.
   *[other] { $count } inimest ütlesid, et saavad järgmine kord ise hakkama.
}
sessions-feedback-too-few = Kokkuvõtet näed siis, kui vastuseid on vähemalt { $count }. Nii ei tea keegi, kes mida vastas.
sessions-title = Abistamised
field-session-site = Koht
field-session-day = Päev
sessions-show = Näita
sessions-none-day = Sel päeval ei ole selles kohas abi üles märgitud.
sessions-follow-up-link = { $count ->
    [one] 1 abistamine ootab arutamist
   *[other] { $count } abistamist ootab arutamist
}
follow-up-title = Aruta vabatahtlikuga
follow-up-lead = Nende abistamiste ajal nägi või kirjutas vabatahtlik teise inimese koode. Räägi temaga sellest, et teda toetada, mitte karistada.
follow-up-done = Arutatud
follow-up-none = Midagi ei ole vaja arutada.
flash-followed-up = Märgitud arutatuks.
nav-sessions = Abistamised
feedback-title = Räägi meile
feedback-how-was-it = Milline abi oli?
feedback-face-good = Hea
feedback-face-okay = Keskmine
feedback-face-bad = Halb
feedback-next-time = Kas sa oskad seda järgmine kord ise teha?
feedback-next-alone = Jah
feedback-next-little-help = Natuke abiga
feedback-next-not-yet = Veel mitte
feedback-come-again = Kas sa tuleksid uuesti?
feedback-yes = Jah
feedback-no = Ei
feedback-anonymous = Sinu vastus on anonüümne.
feedback-send = Saada
flash-feedback-thanks = Aitäh vastuse eest!
flash-feedback-closed = Sa oled juba vastanud või vastamise aeg on läbi.

## Changing a record afterwards, the person's answers on the volunteer's phone, unrecorded help

session-edit-title = Muuda kirjet
session-edit = Muuda
session-correct = Paranda
session-hand-over = Kas tal pole telefoni? Las ta vastab sinu telefonis
flash-session-changed = Kirje on muudetud.
flash-session-corrected = Kirje on parandatud. Parandus on sündmuste logis.
flash-feedback-handed-back = Vastus on salvestatud. Aitäh! Nüüd saad abi üles märkida.
sessions-unrecorded-title = Üles märkimata abi
sessions-unrecorded-lead = See abi märgiti lõpetatuks, kuid seda ei märgitud päeva jooksul üles. Aruta seda digisõbraga.
sessions-unrecorded = { $volunteer }: { $count ->
    [one] 1 üles märkimata abi
   *[other] { $count } üles märkimata abi
} – { $site }, { $day }
sessions-unrecorded-done = Arutatud
flash-reminder-done = Märgitud arutatuks.
audit-session-corrected = Parandas abi kirjet
audit-subject-help-session = Abi kirje { $id }
