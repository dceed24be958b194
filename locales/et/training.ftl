## Navigation and the volunteer's dashboard

nav-training = Koolitused
nav-profile = Minu oskused ja keeled
dashboard-skills-title = Räägi oma oskustest
dashboard-skills-missing = Kirjuta veel, mis keeltes ja milliste asjadega sa saad aidata. Siis saab õige inimene abi just sinult.

## Language levels

level-native = Emakeel
level-fluent = Vaba keeleoskus
level-basic = Algtase

## The volunteer's own page: languages, topics, training, badges

profile-title = Minu oskused ja keeled
profile-intro = Kirjuta, mis keeltes ja milliste asjadega sa saad aidata. Sa võid andmeid igal ajal muuta.
profile-skills-title = Keeled ja teemad
profile-languages-legend = Keeled, milles sa saad aidata
profile-languages-hint = Vali tase igale keelele, mida sa räägid. Vali vähemalt üks keel.
profile-level-none = Ei räägi
profile-topics-legend = Teemad
profile-topics-hint = Vali, milliste asjadega sa oskad aidata. Sa võid valida ka asju, mida tahad õppida.
profile-topic-none = Mitte praegu
profile-topic-confident = Oskan selles aidata
profile-topic-learning = Tahan seda õppida
profile-languages-more = Veel keeli
profile-group-chosen = valitud: { $count }
profile-group-identity = Isikutuvastus ja ametiasutused
profile-group-health = Tervis
profile-group-work = Töö
profile-group-money = Pangaasjad ja turvalisus internetis
profile-group-devices = Telefon, rakendused ja seadmed
profile-group-everyday = Sõnumid ja igapäevaelu
profile-save = Salvesta keeled ja teemad
profile-error-no-language = Vali vähemalt üks keel ja selle tase.
profile-training-title = Minu koolitused
profile-training-help = Kui sa oled koolituse läbinud, märgib koordinaator selle siia.

## External badges and courses

credentials-title = Oskusmärgid ja kursused
credentials-help = Lisa oskusmärgid ja kursused, mille sa oled mujal läbinud. Koordinaator näeb neid.
credentials-empty = Sa ei ole veel oskusmärke ega kursusi lisanud.
credentials-issued = { $issuer }, { $date }
credentials-link = Ava link
credentials-delete = Kustuta
credentials-add-title = Lisa oskusmärk või kursus
credentials-add = Lisa
field-credential-name = Oskusmärgi või kursuse nimi
field-credential-issuer = Väljaandja
field-credential-date = Kuupäev
field-credential-link = Link (ei ole kohustuslik)
form-hint-credential-name = Kirjuta nimi nii, nagu see on tunnistusel.
form-hint-credential-issuer = Näiteks organisatsioon või kool.
form-hint-credential-link = Aadressi algus on https://

## Training modules

training-title = Koolitused
training-intro = Vabatahtlikud läbivad need koolitused. Vabatahtlik võib alustada, kui kõik kohustuslikud koolitused on läbitud.
training-modules-title = Sinu organisatsiooni koolitused
training-column-module = Koolitus
training-column-required = Kohustuslik?
training-column-done = Läbitud
training-required = Kohustuslik
training-optional = Valikuline
training-not-yet = Veel mitte
training-empty = Koolitusi ei ole veel.
training-make-optional = Muuda valikuliseks
training-make-required = Muuda kohustuslikuks
training-add-title = Lisa koolitus
training-add = Lisa koolitus
field-training-title = Koolituse nimi
field-training-required = Kohustuslik koolitus
form-hint-max-length = { $count ->
    [one] Kõige rohkem { $count } märk.
   *[other] Kõige rohkem { $count } märki.
}
training-seed-role = Digisõbra roll
training-seed-ethics = Digiabi eetika: ei paroole ega pangakoode, asju ei tehta teise eest, millal suunata edasi
training-seed-data-protection = Andmekaitse ja vaikimiskohustus
training-seed-security = Infoturve ja pettused

## One volunteer (coordinator)

volunteer-title = Vabatahtliku andmed
volunteer-back = Tagasi vabatahtlike juurde
volunteer-status-title = Staatus
volunteer-status-new = Uus staatus
volunteer-status-hint = Aktiivseks saab muuta alles siis, kui kõik kohustuslikud koolitused on läbitud.
volunteer-status-save = Muuda staatust
volunteer-status-error-training = Staatust ei saa veel aktiivseks muuta. Need kohustuslikud koolitused on puudu:
volunteer-history-title = Staatuse muutused
volunteer-history-when = Aeg
volunteer-history-from = Enne
volunteer-history-to = Pärast
volunteer-history-by = Muutja
volunteer-history-empty = Staatust ei ole veel muudetud.
volunteer-languages-title = Keeled
volunteer-languages-empty = Vabatahtlik ei ole veel keeli valinud.
volunteer-topics-title = Teemad
volunteer-topics-confident = Oskab aidata
volunteer-topics-learning = Tahab õppida
volunteer-topics-empty = Teemasid ei ole.
volunteer-training-title = Koolitused
volunteer-training-date = Läbimise kuupäev
volunteer-training-record = Märgi läbituks
volunteer-credentials-empty = Oskusmärke ega kursusi ei ole.

## Errors next to fields

form-error-date = Kontrolli kuupäeva.
form-error-future-date = Kuupäev ei saa olla tulevikus.
form-error-link = Kontrolli linki. Lingi algus peab olema https:// või http://.

## Messages after an action

flash-skills-saved = Keeled ja teemad on salvestatud.
flash-credential-added = Oskusmärk või kursus on lisatud.
flash-credential-deleted = Oskusmärk või kursus on kustutatud.
flash-training-module-added = Koolitus on lisatud.
flash-training-module-saved = Koolitus on muudetud.
flash-training-recorded = Koolitus on märgitud läbituks.
flash-status-changed = Staatus on muudetud.
flash-status-unchanged = Staatus on juba see. Midagi ei muudetud.

## Event log

audit-volunteer-viewed = Vaatas vabatahtliku andmeid
audit-volunteer-status-changed = Muutis vabatahtliku staatust
audit-training-recorded = Märkis koolituse läbituks
audit-training-module-added = Lisas koolituse
audit-training-module-changed = Muutis koolitust
audit-subject-training-module = Koolitus { $id }
