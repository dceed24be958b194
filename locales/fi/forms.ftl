## Form fields

field-email = Sähköposti
field-password = Salasana
field-new-password = Uusi salasana
field-current-password = Nykyinen salasana
field-password-to-confirm = Kirjoita salasanasi vahvistukseksi
field-display-name = Nimi, joka näytetään
field-locale = Palvelun kieli
field-phone = Puhelinnumero (ei pakollinen)
field-organisation-name = Organisaation nimi
field-coordinator-email = Ensimmäisen koordinaattorin sähköposti

## Hints under fields

form-hint-password = Vähintään { $count } merkkiä. Pitkä lause on hyvä salasana.
form-hint-display-name = Esimerkiksi etunimesi. Apua saavat ihmiset näkevät tämän nimen.
form-hint-phone = Vain organisaatiosi koordinaattorit näkevät numeron.

## Errors next to fields

form-error-required = Tämä tieto puuttuu.
form-error-too-long = Teksti on liian pitkä.
form-error-email = Tarkista sähköpostiosoite. Siinä pitää olla @-merkki, esimerkiksi nimi@esimerkki.fi.
form-error-password-short = Salasana on liian lyhyt.
form-error-phone = Tarkista puhelinnumero. Käytä vain numeroita, esimerkiksi 040 123 4567.
form-error-choose = Valitse yksi vaihtoehto.
form-error-wrong-password = Salasana ei ole oikein.

## Links to pass on

link-label = Linkki
link-closed-title = Linkki ei toimi
link-closed-body = Linkki on jo käytetty, se on vanhentunut tai se on väärin. Pyydä uusi linkki koordinaattorilta.

## Messages after an action

flash-signed-in = Olet kirjautunut sisään.
flash-signed-out = Olet kirjautunut ulos.
flash-profile-saved = Tiedot on tallennettu.
flash-password-changed = Salasana on vaihdettu. Muut kirjautumiset on suljettu.
flash-password-reset = Uusi salasana on tallennettu. Kirjaudu nyt sisään.
flash-account-deleted = Tilisi on poistettu.
flash-organisation-created = Organisaatio on luotu.
flash-volunteer-approved = Vapaaehtoinen on hyväksytty koulutukseen.
flash-join-link-renewed = Liittymislinkki on uusittu. Vanha linkki ei enää toimi.
flash-welcome-volunteer = Tervetuloa! Koordinaattori käy hakemuksesi läpi.
flash-welcome-coordinator = Tervetuloa! Tilisi on valmis.

## Shared by many forms

form-error-time = Kirjoita aika muodossa tt:mm, esimerkiksi 10:00.
form-problem = Lomakkeessa on virhe. Katso viestit kenttien kohdalla.
form-choose = Valitse
form-save = Tallenna
