## Navigation and the volunteer's dashboard

nav-training = Koulutukset
nav-profile = Osaamiseni ja kieleni
dashboard-skills-title = Kerro osaamisestasi
dashboard-skills-missing = Kerro vielä, millä kielillä voit auttaa ja missä asioissa. Silloin oikea ihminen saa apua juuri sinulta.

## Language levels

level-native = Äidinkieli
level-fluent = Sujuva
level-basic = Perustaso

## The volunteer's own page: languages, topics, training, badges

profile-title = Osaamiseni ja kieleni
profile-intro = Kerro, millä kielillä voit auttaa ja missä asioissa. Voit muuttaa tietoja milloin vain.
profile-skills-title = Kielet ja aiheet
profile-languages-legend = Kielet, joilla voit auttaa
profile-languages-hint = Valitse taso jokaiselle kielelle, jota puhut. Valitse vähintään yksi kieli.
profile-level-none = En puhu
profile-topics-legend = Aiheet
profile-topics-hint = Valitse, missä asioissa osaat auttaa. Voit myös valita asioita, joita haluat oppia.
profile-topic-none = Ei nyt
profile-topic-confident = Osaan auttaa tässä
profile-topic-learning = Haluan oppia tämän
profile-languages-more = Lisää kieliä
profile-group-chosen = valittu: { $count }
profile-group-identity = Tunnistautuminen ja viranomaiset
profile-group-health = Terveys
profile-group-work = Työ
profile-group-money = Pankkiasiat ja turvallisuus verkossa
profile-group-devices = Puhelin, sovellukset ja laitteet
profile-group-everyday = Viestit ja arki
profile-save = Tallenna kielet ja aiheet
profile-error-no-language = Valitse vähintään yksi kieli ja sen taso.
profile-training-title = Koulutukseni
profile-training-help = Koordinaattori merkitsee koulutuksen tähän, kun olet käynyt sen.

## External badges and courses

credentials-title = Osaamismerkit ja kurssit
credentials-help = Lisää merkit ja kurssit, jotka olet suorittanut muualla. Koordinaattori näkee ne.
credentials-empty = Et ole vielä lisännyt merkkejä tai kursseja.
credentials-issued = { $issuer }, { $date }
credentials-link = Avaa linkki
credentials-delete = Poista
credentials-add-title = Lisää merkki tai kurssi
credentials-add = Lisää
field-credential-name = Merkin tai kurssin nimi
field-credential-issuer = Myöntäjä
field-credential-date = Päivämäärä
field-credential-link = Linkki (ei pakollinen)
form-hint-credential-name = Kirjoita nimi niin kuin se on todistuksessa.
form-hint-credential-issuer = Esimerkiksi järjestö tai oppilaitos.
form-hint-credential-link = Osoite alkaa https://

## Training modules

training-title = Koulutukset
training-intro = Vapaaehtoiset käyvät nämä koulutukset. Vapaaehtoinen voi aloittaa, kun kaikki pakolliset koulutukset on suoritettu.
training-modules-title = Organisaatiosi koulutukset
training-column-module = Koulutus
training-column-required = Pakollinen?
training-column-done = Suoritettu
training-required = Pakollinen
training-optional = Valinnainen
training-not-yet = Ei vielä
training-empty = Koulutuksia ei ole vielä.
training-make-optional = Muuta valinnaiseksi
training-make-required = Muuta pakolliseksi
training-add-title = Lisää koulutus
training-add = Lisää koulutus
field-training-title = Koulutuksen nimi
field-training-required = Pakollinen koulutus
form-hint-max-length = Enintään { $count } merkkiä.
training-seed-role = Digikaverin rooli
training-seed-ethics = Digituen eettiset ohjeet: ei tunnuksia, ei asiointia toisen puolesta, milloin ohjataan eteenpäin
training-seed-data-protection = Tietosuoja ja vaitiolo
training-seed-security = Tietoturva ja huijaukset

## One volunteer (coordinator)

volunteer-title = Vapaaehtoisen tiedot
volunteer-back = Takaisin vapaaehtoisiin
volunteer-status-title = Tilanne
volunteer-status-new = Uusi tilanne
volunteer-status-hint = Aktiiviseksi voi muuttaa vasta, kun kaikki pakolliset koulutukset on suoritettu.
volunteer-status-save = Muuta tilanne
volunteer-status-error-training = Tilannetta ei voi vielä muuttaa aktiiviseksi. Nämä pakolliset koulutukset puuttuvat:
volunteer-history-title = Tilanteen muutokset
volunteer-history-when = Aika
volunteer-history-from = Ennen
volunteer-history-to = Jälkeen
volunteer-history-by = Muuttaja
volunteer-history-empty = Tilannetta ei ole vielä muutettu.
volunteer-languages-title = Kielet
volunteer-languages-empty = Vapaaehtoinen ei ole vielä valinnut kieliä.
volunteer-topics-title = Aiheet
volunteer-topics-confident = Osaa auttaa
volunteer-topics-learning = Haluaa oppia
volunteer-topics-empty = Ei aiheita.
volunteer-training-title = Koulutukset
volunteer-training-date = Suorituspäivä
volunteer-training-record = Merkitse suoritetuksi
volunteer-credentials-empty = Ei merkkejä tai kursseja.

## Errors next to fields

form-error-date = Tarkista päivämäärä.
form-error-future-date = Päivämäärä ei voi olla tulevaisuudessa.
form-error-link = Tarkista linkki. Sen pitää alkaa https:// tai http://.

## Messages after an action

flash-skills-saved = Kielet ja aiheet on tallennettu.
flash-credential-added = Merkki tai kurssi on lisätty.
flash-credential-deleted = Merkki tai kurssi on poistettu.
flash-training-module-added = Koulutus on lisätty.
flash-training-module-saved = Koulutus on muutettu.
flash-training-recorded = Koulutus on merkitty suoritetuksi.
flash-status-changed = Tilanne on muutettu.
flash-status-unchanged = Tilanne on jo tämä. Mitään ei muutettu.

## Event log

audit-volunteer-viewed = Katsoi vapaaehtoisen tietoja
audit-volunteer-status-changed = Muutti vapaaehtoisen tilanteen
audit-training-recorded = Merkitsi koulutuksen suoritetuksi
audit-training-module-added = Lisäsi koulutuksen
audit-training-module-changed = Muutti koulutusta
audit-subject-training-module = Koulutus { $id }
