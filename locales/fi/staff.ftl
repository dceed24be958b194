## Organisations (administrator)

organisations-title = Organisaatiot
organisations-new-title = Uusi organisaatio
organisations-create = Luo organisaatio
organisations-list-title = Kaikki organisaatiot
organisations-people = Koordinaattoreita { $coordinators }, vapaaehtoisia { $volunteers }
organisations-invite = Lähetä kutsu
organisations-empty = Organisaatioita ei ole vielä.

## Coordinators

coordinators-title = Koordinaattorit
coordinators-list-title = Organisaatiosi koordinaattorit
coordinators-pending-title = Avoimet kutsut
coordinators-pending-expires = voimassa { $time } asti
coordinators-invite-title = Kutsu koordinaattori
coordinators-invite-help = Kutsuttu saa linkin, jolla hän luo tilin. Hänestä tulee organisaatiosi koordinaattori.
coordinators-invite-submit = Tee kutsu

## Volunteers (coordinator)

volunteers-title = Vapaaehtoiset
volunteers-join-link-title = Liittymislinkki
volunteers-join-link-help = Uudet vapaaehtoiset liittyvät tällä linkillä. Jaa se vain niille, jotka haluat mukaan.
volunteers-join-link-renew = Tee uusi linkki
volunteers-list-title = Kaikki vapaaehtoiset
volunteers-contact = Yhteystiedot
volunteers-status = Tilanne
volunteers-joined = Liittyi
volunteers-actions = Toiminnot
volunteers-approve = Hyväksy { $name }
volunteers-reset-link = Salasanalinkki: { $name }
volunteers-empty = Vapaaehtoisia ei ole vielä. Jaa liittymislinkki.

## Event log

audit-title = Tapahtumaloki
audit-help = Loki näyttää, kuka teki mitä ja milloin. Uusimmat ensin.
audit-when = Aika
audit-who = Kuka
audit-what = Mitä
audit-record = Kohde
audit-nobody = (ei tiedossa)
audit-empty = Tapahtumia ei ole vielä.
audit-sign-in = Kirjautui sisään
audit-sign-in-failed = Kirjautuminen epäonnistui
audit-sign-out = Kirjautui ulos
audit-organisation-created = Loi organisaation
audit-invitation-created = Teki kutsun
audit-invitation-accepted = Hyväksyi kutsun
audit-volunteer-registered = Liittyi vapaaehtoiseksi
audit-volunteer-approved = Hyväksyi vapaaehtoisen
audit-volunteers-viewed = Katsoi vapaaehtoisten tietoja
audit-join-link-renewed = Teki uuden liittymislinkin
audit-password-reset-link-created = Teki salasanalinkin
audit-password-reset = Teki uuden salasanan linkillä
audit-password-changed = Vaihtoi salasanan
audit-profile-changed = Muutti omia tietojaan
audit-account-deleted = Tili poistettiin
audit-admin-created = Ylläpitäjä luotiin
audit-subject-user = Käyttäjä { $id }
audit-subject-organisation = Organisaatio { $id }
audit-subject-invitation = Kutsu { $id }
audit-subject-unknown-account = Tuntematon sähköposti
