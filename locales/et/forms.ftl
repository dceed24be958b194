## Form fields

field-email = E-post
field-password = Parool
field-new-password = Uus parool
field-current-password = Praegune parool
field-password-to-confirm = Kinnitamiseks kirjuta oma parool
field-display-name = Nimi, mida näidatakse
field-locale = Teenuse keel
field-phone = Telefoninumber (ei ole kohustuslik)
field-organisation-name = Organisatsiooni nimi
field-coordinator-email = Esimese koordinaatori e-post

## Hints under fields

form-hint-password = Vähemalt { $count } märki. Pikk lause on hea parool.
form-hint-display-name = Näiteks sinu eesnimi. Inimesed, keda sa aitad, näevad seda nime.
form-hint-phone = Numbrit näevad ainult sinu organisatsiooni koordinaatorid.

## Errors next to fields

form-error-required = See on puudu.
form-error-too-long = Tekst on liiga pikk.
form-error-email = Kontrolli e-posti aadressi. Selles peab olema @-märk, näiteks nimi@example.com.
form-error-password-short = Parool on liiga lühike.
form-error-phone = Kontrolli telefoninumbrit. Kasuta ainult numbreid, näiteks 040 123 4567.
form-error-choose = Vali üks võimalus.
form-error-wrong-password = Parool ei ole õige.

## Links to pass on

link-label = Link
link-closed-title = See link ei tööta
link-closed-body = Linki on juba kasutatud, see on liiga vana või see on vale. Küsi koordinaatorilt uus link.

## Messages after an action

flash-signed-in = Sa oled sisse logitud.
flash-signed-out = Sa oled välja logitud.
flash-profile-saved = Sinu andmed on salvestatud.
flash-password-changed = Sinu parool on muudetud. Teised sisselogimised on lõpetatud.
flash-password-reset = Sinu uus parool on salvestatud. Logi nüüd sisse.
flash-account-deleted = Sinu konto on kustutatud.
flash-organisation-created = Organisatsioon on loodud.
flash-volunteer-approved = Vabatahtlik on kinnitatud. Ta võib tulla koolitusele.
flash-join-link-renewed = Liitumislink on uus. Vana link enam ei tööta.
flash-welcome-volunteer = Tere tulemast! Koordinaator vaatab sinu taotluse läbi.
flash-welcome-coordinator = Tere tulemast! Sinu konto on valmis.

## Shared by many forms

form-error-time = Kirjuta aeg kujul tt:mm, näiteks 10:00.
form-problem = Vormis on viga. Vaata teateid väljade juures.
form-choose = Vali
form-save = Salvesta
