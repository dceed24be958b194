## Sites run by the coordinators

nav-sites = Paikat
sites-title = Paikat
site-add = Lisää paikka
site-new-title = Uusi paikka
site-edit-title = Paikan tiedot
site-create = Lisää paikka
site-edit = Muokkaa
site-close = Sulje paikka
site-reopen = Avaa paikka uudelleen
site-closed = Paikka on suljettu.
site-queue-paused = Jonotusnumeroiden ottaminen on tauolla.
sites-back = Takaisin paikkoihin
sites-empty-title = Ei vielä paikkoja
sites-empty-help = Lisää ensin paikka, jossa digikaverit auttavat. Sen jälkeen voit tehdä sinne vuoroja ja tulostaa julisteen.
field-site-name = Paikan nimi
field-site-kind = Millainen paikka
field-site-address = Osoite
field-site-code = Lyhyt koodi
form-hint-site-code = 3–10 kirjainta A–Z tai numeroa, alussa kirjain. Koodi näkyy julisteessa ja jonotusnumeroissa. Jos muutat sitä, vanha julisteen osoite toimii vielä puoli vuotta.
field-site-opening = Aukiolo ja miten apua löytää
form-hint-site-opening = Näkyy avun hakijoille. Kirjoita omalla kielelläsi. Voit kirjoittaa myös muilla kielillä.
field-site-access = Esteettömyys
form-hint-site-access = Esimerkiksi portaat, hissi tai esteetön sisäänkäynti.
field-site-tables = Pöydät
form-hint-site-tables = Yksi pöytä tai piste riville, esimerkiksi 1 ja 2. Digikaveri valitsee pöydän, kun hän tulee vuoroon.
site-error-code = Koodissa on 3–10 kirjainta A–Z tai numeroa, ja alussa on kirjain.
site-error-code-taken = Tämä koodi on jo käytössä. Valitse toinen.
site-error-tables = Tarkista pöydät: enintään 30, jokainen eri nimellä, enintään 30 merkkiä.
flash-site-created = Paikka on lisätty.
flash-site-saved = Paikan tiedot on tallennettu.
flash-site-closed = Paikka on suljettu.
flash-site-reopened = Paikka on taas auki.
site-close-title = Suljetaanko paikka?
site-close-help = Suljettuun paikkaan ei voi ottaa jonotusnumeroita, eikä se näy avun hakijoille. Sen vuorot ja historia säilyvät. Voit avata paikan uudelleen.
site-close-confirm = Kyllä, sulje paikka
form-keep = Ei, palaa takaisin
form-other-languages = Muilla kielillä
audit-site-created = Lisäsi paikan
audit-site-changed = Muutti paikan tietoja
audit-site-closed = Sulki paikan
audit-site-reopened = Avasi paikan uudelleen
audit-subject-site = Paikka { $id }

## The first steps of a new organisation

steps-title = Näin pääset alkuun
steps-site = Lisää ensimmäinen paikka
steps-series = Tee toistuva vuoro
steps-join-link = Jaa liittymislinkki vapaaehtoisille
steps-poster = Tulosta paikan juliste
steps-done = Tehty
shift-no-sites = Vuoro tehdään aina johonkin paikkaan. Lisää ensin paikka.

## The day at the site

nav-today = Tänään
today-title = Tänään
today-open = Jonotusnumeroita voi ottaa
today-not-open = Ei juuri nyt auki
today-waiting = { $count ->
    [one] 1 odottaa
   *[other] { $count } odottaa
}
today-empty-title = Tänään ei ole vuoroja
today-empty-help = Kun paikassa on tänään vuoro, näet täällä, kuka on paikalla ja kuinka moni odottaa.
nav-queue = Jono
field-table = Pöytä
table-none = Ei pöytää
duty-at-table = Pöytä { $table }
duty-seat = Vaihda pöytä
flash-duty-seated = Pöytä on vaihdettu.
flash-duty-not-on-duty = Digikaveri ei ole nyt paikalla.
duty-undo-title = Voit vielä perua
duty-undo-unserved = Peru: ei voitu auttaa ({ $code })
flash-duty-undone = Peruttu. Numero on taas jonossa.
flash-duty-undo-too-late = Tätä ei voi enää perua.
duty-controls-title = Jonon hallinta
duty-pause = Keskeytä numeroiden ottaminen
duty-resume = Jatka numeroiden ottamista
flash-queue-paused = Uusia numeroita ei nyt voi ottaa.
flash-queue-resumed = Numeroita voi taas ottaa.
field-remove-minutes = Poista odottavat numerot, jotka on otettu viimeisten minuuttien aikana
form-hint-remove-minutes = Jos joku ottaa paljon numeroita, joita kukaan ei käytä. Kirjoita minuutit (1–240).
duty-remove = Poista numerot
flash-queue-removed = Numerot on poistettu.
duty-on-duty-at = Olet vuorossa paikassa { $site }. Tämä sivu päivittyy itse.
duty-check-in-first = Ilmoittaudu ensin paikalle vuorosi sivulla.
board-undo-check-in = Peru paikalle merkintä: { $name }
board-undo-no-show = Peru ei tullut: { $name }
shift-refusal-not-started = Vuoro ei ole vielä alkanut.
shift-refusal-undo-too-late = Merkintää ei voi enää perua.

## Queue numbers: one per phone, pauses, help in another language

queue-you-have = Sinulla on jo numero { $code } tässä paikassa.
queue-open-yours = Avaa oma numerosi
flash-ticket-already = Sinulla on jo numero. Tässä se on.
queue-paused = Numeroita ei voi juuri nyt ottaa. Kysy paikan henkilökunnalta.
queue-site-closed = Tämä paikka on suljettu.
queue-too-many = Numeroita on otettu juuri nyt liian monta. Odota hetki ja yritä uudelleen.
ticket-status-helping = Digikaveri auttaa sinua nyt
ticket-helping-help = Apu on alkanut. Sinä teet itse, digikaveri neuvoo.
ticket-status-removed = Henkilökunta poisti tämän numeron.
ticket-your-helper-table = Digikaverisi on { $name }. Mene pöytään { $table }.
ticket-requeued = Digikaverisi ei voi auttaa. Olet yhä jonossa samalla paikalla, ja sinulle etsitään uusi digikaveri.
ticket-nobody-speaks = Paikalla ei nyt ole ketään, joka puhuu kieltä { $language }.
ticket-second-language = Paikalla ei puhuta ensimmäistä kieltäsi. Digikaveri voi auttaa kielellä { $language }.
ticket-next-help = Seuraavan kerran apua kielelläsi on { $when } paikassa { $site }.
ticket-next-help-none = Kahden viikon aikana ei ole tulossa apua tällä kielellä.
ticket-may-wait = Voit silti jäädä jonoon. Joku voi auttaa toisella kielellä.
ticket-leave-title = Lähdetkö jonosta?
ticket-leave-help = Jos lähdet, numerosi poistuu jonosta. Voit ottaa uuden numeron, jos tulet takaisin.
ticket-leave-confirm = Kyllä, lähden jonosta
ticket-stay = En, jään jonoon

## Weekly series: one shift or more

shift-scope-title = Mitä vuoroja muutos koskee?
form-hint-shift-scope = Toistuvassa vuorossa jokainen vuoro pitää päivänsä. Kellonajat, paikat ja kielet muuttuvat valituissa vuoroissa.
shift-scope-one = Vain tätä vuoroa
shift-scope-following = Tätä ja myöhempiä vuoroja
shift-scope-series = Kaikkia tämän sarjan vuoroja
shift-cancel-title = Perutaanko vuoro?
shift-cancel-help = Vuoroon ilmoittautuneet saavat tiedon peruutuksesta.
shift-cancel-confirm = Kyllä, peru
shift-error-date-window = Valitse päivä, joka on enintään vuosi sitten tai enintään kahden vuoden päästä.

## Passwords and joining by mail

login-forgot-link = Unohditko salasanan?
forgot-title = Unohtunut salasana
forgot-help = Kirjoita sähköpostiosoitteesi. Lähetämme siihen linkin, jolla voit tehdä uuden salasanan.
forgot-submit = Lähetä linkki
forgot-sent = Jos osoitteella on tili, linkki on matkalla. Katso sähköpostisi. Linkki toimii vuorokauden.
forgot-too-many = Linkkejä on pyydetty liian monta. Yritä myöhemmin uudelleen.
mail-reset-subject = Uusi salasana Digikaveriin
mail-reset-body = Joku pyysi uutta salasanaa tälle sähköpostiosoitteelle. Tee uusi salasana tästä linkistä: { $link } Linkki toimii vuorokauden. Jos et pyytänyt sitä, voit jättää tämän viestin huomiotta.
join-mailed-title = Katso sähköpostisi
join-mailed-body = Lähetimme linkin osoitteeseen { $email }.
join-mailed-help = Avaa linkki kahden päivän kuluessa. Sen jälkeen olet mukana, ja koordinaattori ottaa sinuun yhteyttä.
mail-join-subject = Liity digikaveriksi: { $organisation }
mail-join-body = Kiitos, että haluat digikaveriksi! Viimeistele liittyminen tästä linkistä: { $link } Linkki toimii kaksi päivää.
mail-join-member-subject = Sinulla on jo tili Digikaverissa
mail-join-member-body = Joku yritti liittyä tällä sähköpostiosoitteella: { $organisation }. Sinulla on jo tili. Jos unohdit salasanasi, tee uusi täällä: { $link }
join-confirm-title = Viimeistele liittyminen
join-confirm-help = Paina painiketta, niin tilisi tehdään ja olet mukana.
join-confirm-submit = Liity digikaveriksi
flash-join-member = Sinulla on jo tili. Kirjaudu sisään.
form-error-too-often = Tätä on yritetty liian monta kertaa. Yritä myöhemmin uudelleen.
audit-password-reset-requested = Pyysi uuden salasanan linkin
error-403-form-body = Lomaketta ei voitu tarkistaa. Selain ei lähettänyt evästettään takaisin. Avaa palvelu sen omasta osoitteesta ja salli evästeet:
