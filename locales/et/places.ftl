## Sites run by the coordinators

nav-sites = Kohad
sites-title = Kohad
site-add = Lisa koht
site-new-title = Uus koht
site-edit-title = Koha andmed
site-create = Lisa koht
site-edit = Muuda
site-close = Sulge koht
site-reopen = Ava koht uuesti
site-closed = See koht on suletud.
site-queue-paused = Järjekorranumbrite võtmine on peatatud.
sites-back = Tagasi kohtade juurde
sites-empty-title = Kohti ei ole veel
sites-empty-help = Lisa kõigepealt koht, kus digisõbrad aitavad. Siis saad teha sinna vahetusi ja printida koha plakati.
field-site-name = Koha nimi
field-site-kind = Koha liik
field-site-address = Aadress
field-site-code = Lühikood
form-hint-site-code = 3–10 tähte A–Z või numbrit, alguses täht. Kood on plakatil ja järjekorranumbritel. Kui sa koodi muudad, töötab plakati vana aadress veel pool aastat.
field-site-opening = Lahtiolekuajad ja kuidas abi leida
form-hint-site-opening = Abi otsijad näevad seda. Kirjuta oma keeles. Võid kirjutada ka teistes keeltes.
field-site-access = Ligipääsetavus
form-hint-site-access = Näiteks trepid, lift või trepivaba sissepääs.
field-site-tables = Lauad
form-hint-site-tables = Üks laud või punkt ühele reale, näiteks 1 ja 2. Digisõber valib laua, kui ta tuleb oma vahetusse.
site-error-code = Koodis on 3–10 tähte A–Z või numbrit ja alguses on täht.
site-error-code-taken = See kood on juba kasutusel. Vali teine.
site-error-tables = Kontrolli laudu: kõige rohkem 30, igal laual oma nimi, kõige rohkem 30 märki.
flash-site-created = Koht on lisatud.
flash-site-saved = Koha andmed on salvestatud.
flash-site-closed = Koht on suletud.
flash-site-reopened = Koht on jälle avatud.
site-close-title = Kas sulgeda koht?
site-close-help = Suletud kohas ei saa järjekorranumbrit võtta ja abi otsijad seda kohta ei näe. Koha vahetused ja ajalugu jäävad alles. Sa võid koha uuesti avada.
site-close-confirm = Jah, sulge koht
form-keep = Ei, mine tagasi
form-other-languages = Teistes keeltes
audit-site-created = Lisas koha
audit-site-changed = Muutis koha andmeid
audit-site-closed = Sulges koha
audit-site-reopened = Avas koha uuesti
audit-subject-site = Koht { $id }

## The first steps of a new organisation

steps-title = Nii saad alustada
steps-site = Lisa oma esimene koht
steps-series = Tee iganädalane vahetus
steps-join-link = Jaga liitumislinki vabatahtlikega
steps-poster = Prindi koha plakat
steps-done = Tehtud
shift-no-sites = Vahetus on alati mingis kohas. Lisa kõigepealt koht.

## The day at the site

nav-today = Täna
today-title = Täna
today-open = Järjekorranumbreid saab võtta
today-not-open = Praegu ei ole avatud
today-waiting = { $count ->
    [one] 1 inimene ootab
   *[other] { $count } inimest ootab
}
today-empty-title = Täna ei ole vahetusi
today-empty-help = Kui kohas on täna vahetus, näed siin, kes on kohal ja mitu inimest ootab.
nav-queue = Järjekord
field-table = Laud
table-none = Lauda ei ole
duty-at-table = Laud { $table }
duty-seat = Vaheta lauda
flash-duty-seated = Laud on vahetatud.
flash-duty-not-on-duty = See digisõber ei ole praegu kohal.
duty-undo-title = Sa saad veel tagasi võtta
duty-undo-unserved = Võta tagasi: ei saanud aidata ({ $code })
flash-duty-undone = Tagasi võetud. Number on jälle järjekorras.
flash-duty-undo-too-late = Seda ei saa enam tagasi võtta.
duty-controls-title = Järjekorra juhtimine
duty-pause = Peata numbrite võtmine
duty-resume = Jätka numbrite võtmist
flash-queue-paused = Uusi numbreid ei saa praegu võtta.
flash-queue-resumed = Numbreid saab jälle võtta.
field-remove-minutes = Kustuta ootel numbrid, mis on võetud viimaste minutite jooksul
form-hint-remove-minutes = Kui keegi võtab palju numbreid, mida keegi ei kasuta. Kirjuta minutid (1–240).
duty-remove = Kustuta numbrid
flash-queue-removed = Numbrid on kustutatud.
duty-on-duty-at = Sa oled vahetuses siin: { $site }. See leht uueneb ise.
duty-check-in-first = Märgi kõigepealt oma kohalolek oma vahetuse lehel.
board-undo-check-in = Võta tagasi „kohal”: { $name }
board-undo-no-show = Võta tagasi „ei tulnud”: { $name }
shift-refusal-not-started = Vahetus ei ole veel alanud.
shift-refusal-undo-too-late = Seda märget ei saa enam tagasi võtta.

## Queue numbers: one per phone, pauses, help in another language

queue-you-have = Sul on selles kohas juba number { $code }.
queue-open-yours = Ava oma number
flash-ticket-already = Sul on juba number. Siin see on.
queue-paused = Praegu ei saa numbreid võtta. Küsi selle koha töötajatelt.
queue-site-closed = See koht on suletud.
queue-too-many = Praegu on võetud liiga palju numbreid. Oota natuke ja proovi uuesti.
ticket-status-helping = Digisõber aitab sind nüüd
ticket-helping-help = Abi on alanud. Sa teed ise, digisõber juhendab sind.
ticket-status-removed = Töötajad kustutasid selle numbri.
ticket-your-helper-table = Sinu digisõber on { $name }. Mine laua { $table } juurde.
ticket-requeued = Sinu digisõber ei saa aidata. Sa oled ikka järjekorras ega kaota oma järjekorda. Sulle otsitakse uut digisõpra.
ticket-nobody-speaks = Praegu ei ole siin kedagi, kes räägib keelt: { $language }.
ticket-second-language = Siin ei räägi keegi sinu esimest keelt. Digisõber saab aidata keeles: { $language }.
ticket-next-help = Järgmine kord on abi sinu keeles: { $when }, { $site }.
ticket-next-help-none = Järgmise kahe nädala jooksul ei ole selles keeles abi.
ticket-may-wait = Sa võid ikkagi järjekorda jääda. Keegi võib aidata teises keeles.
ticket-leave-title = Kas lahkud järjekorrast?
ticket-leave-help = Kui sa lahkud, kustutatakse sinu number järjekorrast. Kui tuled tagasi, võid võtta uue numbri.
ticket-leave-confirm = Jah, ma lahkun järjekorrast
ticket-stay = Ei, ma jään järjekorda

## Weekly series: one shift or more

shift-scope-title = Milliseid vahetusi muudatus puudutab?
form-hint-shift-scope = Iganädalases sarjas jääb igale vahetusele oma päev. Kellaajad, kohad ja keeled muutuvad nendes vahetustes, mille sa valid.
shift-scope-one = Ainult see vahetus
shift-scope-following = See ja hilisemad vahetused
shift-scope-series = Kõik selle sarja vahetused
shift-cancel-title = Kas tühistada vahetus?
shift-cancel-help = Need, kes on end vahetusse kirja pannud, saavad teate, et vahetus on tühistatud.
shift-cancel-confirm = Jah, tühista
shift-error-date-window = Vali päev, mis on kõige rohkem aasta tagasi või kõige rohkem kahe aasta pärast.

## Passwords and joining by mail

login-forgot-link = Unustasid parooli?
forgot-title = Unustatud parool
forgot-help = Kirjuta oma e-posti aadress. Me saadame sinna lingi. Selle lingiga saad teha uue parooli.
forgot-submit = Saada link
forgot-sent = Kui selle aadressiga on konto, on link teel. Vaata oma e-posti. Link töötab ühe ööpäeva.
forgot-too-many = Linke on küsitud liiga palju. Proovi hiljem uuesti.
mail-reset-subject = Uus parool Digikaveri teenusesse
mail-reset-body = Keegi küsis sellele e-posti aadressile uut parooli. Tee uus parool selle lingiga: { $link } Link töötab ühe ööpäeva. Kui sa seda ei küsinud, võid selle sõnumi tähelepanuta jätta.
join-mailed-title = Vaata oma e-posti
join-mailed-body = Saatsime lingi aadressile { $email }.
join-mailed-help = Ava link kahe päeva jooksul. Siis oled sa liitunud ja koordinaator võtab sinuga ühendust.
mail-join-subject = Hakka digisõbraks: { $organisation }
mail-join-body = Aitäh, et tahad hakata digisõbraks! Lõpeta liitumine selle lingiga: { $link } Link töötab kaks päeva.
mail-join-member-subject = Sul on juba Digikaveri konto
mail-join-member-body = Keegi proovis selle e-posti aadressiga liituda organisatsiooniga { $organisation }. Sul on juba konto. Kui unustasid parooli, tee uus siin: { $link }
join-confirm-title = Lõpeta liitumine
join-confirm-help = Vajuta nuppu. Siis tehakse sinu konto ja sa oled liitunud.
join-confirm-submit = Hakka digisõbraks
flash-join-member = Sul on juba konto. Logi sisse.
form-error-too-often = Seda on proovitud liiga palju kordi. Proovi hiljem uuesti.
audit-password-reset-requested = Küsis paroolilingi
error-403-form-body = Vormi ei saanud kontrollida. Brauser ei saatnud oma küpsist tagasi. Ava teenus selle oma aadressilt ja luba küpsised:
