## Navigation

nav-shifts = Vuorot
nav-shift-board = Viikon vuorot
nav-help = Apua omalla kielellä

## Shift form (coordinator)

shift-new-title = Uusi vuoro
shift-edit-title = Muuta vuoroa
shift-create = Tee vuoro
shift-edit = Muuta
shift-cancel = Peru vuoro
field-site = Paikka
field-date = Päivä
field-start = Alkaa
field-end = Päättyy
field-places = Paikkoja vapaaehtoisille
form-hint-places = Montako digikaveria vuoroon mahtuu (1–50).
shift-wanted-languages = Toivotut kielet
form-hint-wanted-languages = Kielet, joita tässä paikassa tarvitaan erityisesti. Voit jättää tyhjäksi.
field-shift-notes = Lisätietoja vapaaehtoisille
form-hint-shift-notes = Esimerkiksi mistä ovesta tullaan sisään.
field-repeat = Toistuuko vuoro?
shift-repeat-once = Vain kerran
shift-repeat-weekly = Joka viikko samaan aikaan
field-until = Viimeinen päivä
form-hint-until = Viikoittaisen vuoron viimeinen päivä.
shift-error-ends-before-start = Vuoron pitää päättyä myöhemmin kuin se alkaa.
shift-error-places = Kirjoita luku 1–50.
shift-error-places-taken = Vuorossa on jo enemmän vapaaehtoisia. Paikkoja ei voi olla vähemmän.
shift-error-series-end = Kirjoita viimeinen päivä, kun vuoro toistuu joka viikko.
shift-error-series-end-before = Viimeinen päivä ei voi olla ennen ensimmäistä päivää.
shift-error-series-too-long = Toistuva vuoro voi kestää enintään vuoden.
board-back = Takaisin viikon vuoroihin

## Week board (coordinator)

board-title = Viikon vuorot
board-week-nav = Viikot
board-previous-week = Edellinen viikko
board-next-week = Seuraava viikko
board-gaps-title = Puutteet tällä viikolla
board-no-gaps = Ei puutteita. Kaikissa vuoroissa on tarpeeksi ihmisiä ja kieliä.
board-empty = Tällä viikolla ei ole vuoroja.
board-places = { $confirmed } / { $places } paikkaa täynnä
board-waiting = { $count ->
    [one] 1 jonossa
   *[other] { $count } jonossa
}
board-nobody = Kukaan ei ole vielä ilmoittautunut.
board-new-volunteer = Uusi
board-checked-in = Paikalla
board-no-show = Ei tullut
board-check-in = Merkitse paikalle: { $name }
board-mark-no-show = Ei tullut: { $name }
board-gap-language = Kukaan ei puhu kieltä { $language }
board-gap-places = { $count ->
    [one] 1 paikka vapaana
   *[other] { $count } paikkaa vapaana
}
board-gap-new-alone = Uusi vapaaehtoinen olisi yksin
board-gap-line = { $when }, { $site }: { $gap }
board-settings-title = Asetukset
field-withdraw-limit = Perumisen takaraja tunteina
form-hint-withdraw-limit = Vapaaehtoinen voi perua vuoron itse viimeistään näin monta tuntia ennen alkua (0–336).
shift-error-withdraw-limit = Kirjoita luku 0–336.
shift-cancelled = Vuoro on peruttu.

## A volunteer's shifts

shifts-mine-title = Vuoroni
shifts-mine-coming = Tulevat vuoroni
shifts-mine-none = Sinulla ei ole tulevia vuoroja.
shift-you-are-confirmed = Olet mukana
shift-you-are-waiting = Olet jonossa sijalla { $place }
shift-you-checked-in = Olet ilmoittautunut paikalle.
shift-check-in = Olen paikalla
shift-check-out = Lähden nyt
shift-withdraw = Peru osallistuminen
shifts-open-title = Vuorot, joihin voit tulla
shifts-open-none = Nyt ei ole vapaita vuoroja.
shift-free-places = { $count ->
    [one] 1 paikka vapaana
   *[other] { $count } paikkaa vapaana
}
shift-sign-up = Tulen tähän vuoroon
shifts-full-title = Täydet vuorot
shift-join-waiting-list = Jonota tähän vuoroon
shifts-not-active = Voit valita vuoroja, kun koordinaattori on hyväksynyt koulutuksesi.
shifts-past-title = Menneet vuorot
shifts-past-when = Milloin
shifts-past-hours = Tunnit
notices-title = Muutoksia vuoroissasi
notices-read = Olen lukenut nämä
notice-changed = Vuoroa on muutettu: { $when }, { $site }.
notice-cancelled = Vuoro on peruttu: { $when }, { $site }.
notice-promoted = Pääsit jonosta mukaan vuoroon: { $when }, { $site }.
shift-refusal-not-active = Voit valita vuoroja vasta, kun koordinaattori on hyväksynyt koulutuksesi.
shift-refusal-no-such-shift = Vuoroa ei löydy.
shift-refusal-cancelled = Vuoro on peruttu.
shift-refusal-started = Vuoro on jo alkanut.
shift-refusal-already = Olet jo ilmoittautunut tähän vuoroon.
shift-refusal-overlaps = Sinulla on jo vuoro samaan aikaan.
shift-refusal-not-signed-up = Et ole mukana tässä vuorossa.
shift-refusal-too-late = Vuoroa ei voi enää perua itse. Soita koordinaattorille.
shift-refusal-check-in-closed = Voit ilmoittautua paikalle vasta vähän ennen vuoron alkua.
flash-signed-up = Olet mukana vuorossa.
flash-waiting-list = Vuoro on täynnä. Olet jonossa. Saat viestin tälle sivulle, jos pääset mukaan.
flash-withdrawn = Osallistumisesi on peruttu.
flash-checked-in = Olet ilmoittautunut paikalle. Hyvää vuoroa!
flash-checked-out = Lähtösi on merkitty. Kiitos!
flash-notices-read = Viestit on luettu.
flash-shifts-created = Vuorot on tehty.
flash-shift-changed = Vuoroa on muutettu. Mukana olevat näkevät muutoksen omalla sivullaan.
flash-shift-cancelled = Vuoro on peruttu. Mukana olevat näkevät tämän omalla sivullaan.
flash-attendance-recorded = Merkintä on tallennettu.
flash-withdraw-limit-saved = Takaraja on tallennettu.
flash-calendar-link-renewed = Kalenterilla on uusi osoite. Vanha osoite ei enää toimi.

## Calendar feed

calendar-title = Vuorot omaan kalenteriin
calendar-help = Lisää tämä osoite puhelimen kalenteriin. Se näyttää vuorosi. Älä anna osoitetta muille.
calendar-renew = Tee uusi osoite
calendar-name = Digikaveri-vuorot
calendar-event = Digikaveri: { $site }

## Help in my language (public)

help-title = Apua omalla kielellä
help-lead = Valitse kieli. Näet, milloin ja missä digikaveri puhuu sitä kieltä.
field-help-language = Kieli
field-help-topic = Mihin tarvitset apua? (ei pakollinen)
help-any-topic = Mihin tahansa
help-search = Näytä ajat
help-times-title = Apua kielellä { $language }
help-topic-fallback = Kukaan ei ole kertonut osaavansa juuri tätä asiaa. Nämä digikaverit puhuvat kieltäsi ja auttavat ehkä silti.
help-none = Seuraavan { $days } päivän aikana ei ole vielä aikoja tällä kielellä. Katso myöhemmin uudelleen.
