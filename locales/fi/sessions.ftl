## Help sessions: the volunteer's record, the coordinator's lists, the person's answers

session-record-title = Kirjaa apu
session-walk-in-lead = Kirjaa apu, kun joku tuli suoraan pöytääsi ilman jonotusnumeroa, tai pieni ryhmä.
field-session-outcome = Miten apu päättyi?
outcome-self = Hän oppi tekemään sen itse
outcome-together = Teimme sen yhdessä
outcome-partly = Osittain valmis
outcome-referred = Ohjasin muualle
outcome-unsolved = Asiaa ei saatu ratkaistua
field-session-referred-to = Minne ohjasit?
form-hint-session-referred-to = Vain jos ohjasit hänet muualle.
session-not-referred = En ohjannut muualle
referral-kela = Kelan palvelupiste
referral-city-digital-support = Kaupungin digituki
referral-library = Kirjasto
referral-employment-services = Työllisyyspalvelut
referral-social-worker = Sosiaalityöntekijä
referral-family = Perhe tai tuttava
referral-other-service = Muu palvelu
field-session-saw-codes = Näitkö tai kirjoititko hänen tunnuksiaan tai salasanojaan?
form-hint-session-saw-codes = Vastaa rehellisesti. Koordinaattori käy asian kanssasi läpi. Se ei ole rangaistus.
session-saw-codes-no = En
session-saw-codes-yes = Kyllä, näin tai kirjoitin tunnuksia
session-save = Tallenna
session-details = Tarkista tiedot
field-session-minutes = Kesto minuutteina
form-hint-session-minutes = 1–480 minuuttia.
field-session-people = Montako ihmistä?
form-hint-session-people = 1 yksi ihminen, 2–10 pieni ryhmä.
field-session-language = Kieli, jolla autoit
field-session-device = Kenen laitteella?
device-own-phone = Hänen oma puhelimensa
device-own-computer = Hänen oma tietokoneensa
device-site-computer = Paikan tietokone
field-session-topics = Asiat, joissa autoit
field-session-first-visit = Hän oli täällä ensimmäistä kertaa
field-session-note = Mitä opin tänään (vapaaehtoinen)
form-hint-session-note = Vain sinä näet tämän. Kirjoita omasta oppimisestasi, älä autettavasta.
form-error-identifies = Poista henkilötunnus, puhelinnumero, sähköposti tai kortin numero. Muistiinpano ei saa kertoa, kuka ihminen on.
session-error-minutes = Kirjoita kesto minuutteina, 1–480.
session-error-people = Kirjoita ihmisten määrä, 1–10.
session-error-outcome = Valitse, miten apu päättyi.
session-error-referred-to = Valitse, minne ohjasit.
session-error-not-on-duty = Voit kirjata tällaisen avun vain, kun olet ilmoittautunut paikalle vuoroon.
flash-session-recorded = Apu on kirjattu. Kiitos!
duty-to-record = Kirjaamatta
duty-record-ticket = Kirjaa { $code }
duty-record-walk-in = Kirjaa apu ilman jonotusnumeroa
sessions-own-title = Omat avustukseni
sessions-none = Et ole vielä kirjannut yhtään apua.
session-line = { $people ->
    [one] { $minutes } min
   *[other] { $minutes } min, { $people } ihmistä
}
session-own-note = Oma muistiinpano
sessions-feedback-title = Mitä autetut sanoivat
sessions-feedback-totals = { $answers } vastausta: { $good } hyvä, { $okay } kohtalainen, { $bad } huono.
sessions-feedback-alone = { $count ->
    [one] 1 ihminen sanoi osaavansa ensi kerralla itse.
   *[other] { $count } ihmistä sanoi osaavansa ensi kerralla itse.
}
sessions-feedback-too-few = Näet yhteenvedon, kun vastauksia on vähintään { $count }. Näin kukaan ei tiedä, kuka vastasi mitä.
sessions-title = Avustukset
field-session-site = Paikka
field-session-day = Päivä
sessions-show = Näytä
sessions-none-day = Tänä päivänä tässä paikassa ei ole kirjattu apua.
sessions-follow-up-link = { $count ->
    [one] 1 avustus odottaa läpikäyntiä
   *[other] { $count } avustusta odottaa läpikäyntiä
}
follow-up-title = Käy läpi vapaaehtoisen kanssa
follow-up-lead = Näissä avuissa vapaaehtoinen näki tai kirjoitti toisen ihmisen tunnuksia. Keskustele hänen kanssaan tukien, ei rangaisten.
follow-up-done = Käyty läpi
follow-up-none = Ei läpikäytävää.
flash-followed-up = Merkitty läpikäydyksi.
nav-sessions = Avustukset
feedback-title = Kerro meille
feedback-how-was-it = Millaista apu oli?
feedback-face-good = Hyvä
feedback-face-okay = Kohtalainen
feedback-face-bad = Huono
feedback-next-time = Osaatko tehdä tämän itse ensi kerralla?
feedback-next-alone = Kyllä
feedback-next-little-help = Pienellä avulla
feedback-next-not-yet = En vielä
feedback-come-again = Tulisitko uudelleen?
feedback-yes = Kyllä
feedback-no = En
feedback-anonymous = Vastauksesi on nimetön.
feedback-send = Lähetä
flash-feedback-thanks = Kiitos vastauksestasi!
flash-feedback-closed = Olet jo vastannut, tai vastausaika on päättynyt.

## Changing a record afterwards, the person's answers on the volunteer's phone, unrecorded help

session-edit-title = Muuta kirjausta
session-edit = Muuta
session-correct = Korjaa
session-hand-over = Eikö hänellä ole puhelinta? Anna hänen vastata sinun puhelimellasi
flash-session-changed = Kirjaus on muutettu.
flash-session-corrected = Kirjaus on korjattu. Korjaus näkyy tapahtumalokissa.
flash-feedback-handed-back = Vastaus on tallennettu. Kiitos! Nyt voit kirjata avun.
sessions-unrecorded-title = Kirjaamatta jäänyt apu
sessions-unrecorded-lead = Nämä avut merkittiin valmiiksi, mutta niitä ei kirjattu päivän aikana. Puhu asiasta digikaverin kanssa.
sessions-unrecorded = { $volunteer }: { $count ->
    [one] 1 kirjaamaton apu
   *[other] { $count } kirjaamatonta apua
} paikassa { $site }, { $day }
sessions-unrecorded-done = Puhuttu
flash-reminder-done = Merkitty puhutuksi.
audit-session-corrected = Korjasi kirjatun avun
audit-subject-help-session = Kirjattu apu { $id }
