## Layout: header, navigation, language choice, footer

app-name = Digikaveri
skip-to-content = Mine sisu juurde
nav-label = Peamenüü
nav-home = Avaleht
language-switcher-label = Keel
footer-about = Digisõbrad on vabatahtlikud. Nad aitavad digiasjadega tasuta.

nav-sign-in = Logi sisse
nav-sign-out = Logi välja
nav-dashboard = Minu leht
nav-account = Minu andmed
nav-organisations = Organisatsioonid
nav-volunteers = Vabatahtlikud
nav-coordinators = Koordinaatorid
nav-audit = Sündmuste logi
nav-retention = Andmete säilitamine

## A day and its hours, each written by the code from CLDR data in Finnish time.
## Translate only what joins them.

time-span = { $day } kell { $times }

## Error pages

error-code = Veakood { $code }
error-back-home = Avalehele
error-400-title = Päring ei õnnestunud
error-400-body = Midagi läks valesti. Mine tagasi ja proovi uuesti.
error-403-title = Juurdepääs puudub
error-403-body = Sul ei ole õigust seda lehte vaadata.
error-404-title = Lehte ei leitud
error-404-body = Seda lehte ei ole või see on teise kohta viidud. Kontrolli aadressi.
error-422-title = Andmetes on viga
error-422-body = Vormi andmed ei sobi. Mine tagasi ja kontrolli andmeid.
error-429-title = Liiga palju katseid
error-429-body = Oota natuke ja proovi siis uuesti.
error-500-title = Midagi läks valesti
error-500-body = Teenuses on viga. Proovi natukese aja pärast uuesti.
error-503-title = Teenus ei ole praegu saadaval
error-503-body = Teenus on lühikest aega suletud. Proovi natukese aja pärast uuesti.
error-other-title = Päring ei õnnestunud
error-other-body = Midagi läks valesti. Mine avalehele ja proovi uuesti.
