## Signing in

login-title = Kirjaudu sisään
login-submit = Kirjaudu
login-error-refused = Sähköposti tai salasana on väärin.
login-error-throttled = Liian monta yritystä. Odota 15 minuuttia ja yritä sitten uudelleen.

## New password from a link

reset-title = Tee uusi salasana
reset-help = Kirjoita uusi salasana. Sen jälkeen kirjaudut sisään uudella salasanalla.
reset-submit = Tallenna salasana
reset-link-created-title = Linkki uuteen salasanaan
reset-link-created-help = Anna tämä linkki vapaaehtoiselle itse. Linkki toimii kerran ja 24 tunnin ajan.

## My page

dashboard-title = Oma sivu
dashboard-hello = Hei { $name }!
dashboard-status-title = Tilanteesi
dashboard-applicant-help = Koordinaattori käy hakemuksesi läpi. Saat sen jälkeen tiedon koulutuksesta.
dashboard-in-training-help = Olet koulutuksessa. Kun koulutus on valmis, voit ottaa vuoroja.
dashboard-active-help = Voit ottaa vuoroja ja auttaa ihmisiä.
dashboard-paused-help = Olet tauolla. Ota yhteyttä koordinaattoriin, kun haluat jatkaa.
dashboard-left-help = Olet lopettanut vapaaehtoisena. Kiitos avustasi!
dashboard-coordinator-title = Odottaa sinua
dashboard-applicants-waiting = { $count ->
    [0] Uusia hakijoita ei ole.
    [one] Yksi uusi hakija odottaa hyväksyntää.
   *[other] { $count } uutta hakijaa odottaa hyväksyntää.
}
dashboard-admin-title = Ylläpito

## Volunteer statuses

status-applicant = Hakija
status-in-training = Koulutuksessa
status-active = Aktiivinen
status-paused = Tauolla
status-left = Lopettanut

## My details

account-title = Omat tiedot
account-profile-title = Nimi ja kieli
account-email = Sähköposti:
account-save = Tallenna tiedot
account-password-title = Vaihda salasana
account-password-submit = Vaihda salasana
account-delete-title = Poista tili
account-delete-help = Tilisi ja tietosi poistetaan. Tilastoissa auttamiskerrat säilyvät, mutta niissä ei ole nimeäsi. Tätä ei voi perua.
account-delete-submit = Poista tilini

## Joining as a volunteer

join-title = Liity digikaveriksi
join-intro = Liityt organisaation { $organisation } vapaaehtoiseksi. Koordinaattori hyväksyy sinut ja kertoo koulutuksesta.
join-privacy = Tietojasi käyttää vain oma organisaatiosi. Voit poistaa tilisi milloin vain.
join-submit = Lähetä hakemus

## Invitations for coordinators

invitation-accept-title = Luo koordinaattorin tili
invitation-accept-intro = Sinut on kutsuttu organisaation { $organisation } koordinaattoriksi.
invitation-accept-submit = Luo tili
invitation-error-email-taken = Tällä sähköpostilla on jo tili. Kirjaudu sisään sillä.
invitation-created-title = Kutsu on tehty
invitation-created-help = Lähetimme kutsun sähköpostiin. Voit myös antaa tämän linkin itse. Linkki toimii kerran ja 7 päivän ajan.

## Mail

mail-invitation-subject = Kutsu Digikaveri-palveluun: { $organisation }
mail-invitation-body = Hei! Sinut on kutsuttu organisaation { $organisation } koordinaattoriksi Digikaveri-palveluun. Luo tilisi tästä linkistä: { $link } Linkki toimii kerran ja 7 päivän ajan.
