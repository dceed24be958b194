## Layout: header, navigation, language choice, footer

app-name = Digikaveri
skip-to-content = Siirry sisältöön
nav-label = Päävalikko
nav-home = Etusivu
language-switcher-label = Kieli
footer-about = Digikaverit ovat vapaaehtoisia. He auttavat digiasioissa maksutta.

nav-sign-in = Kirjaudu
nav-sign-out = Kirjaudu ulos
nav-dashboard = Oma sivu
nav-account = Omat tiedot
nav-organisations = Organisaatiot
nav-volunteers = Vapaaehtoiset
nav-coordinators = Koordinaattorit
nav-audit = Tapahtumaloki
nav-retention = Tietojen säilytys

## A day and its hours, each written by the code from CLDR data in Finnish time.
## Translate only what joins them.

time-span = { $day } klo { $times }

## Error pages

error-code = Virhekoodi { $code }
error-back-home = Etusivulle
error-400-title = Pyyntö ei onnistunut
error-400-body = Jotain meni vikaan. Palaa takaisin ja yritä uudelleen.
error-403-title = Ei pääsyä
error-403-body = Sinulla ei ole oikeutta tähän sivuun.
error-404-title = Sivua ei löydy
error-404-body = Sivua ei ole, tai se on siirretty. Tarkista osoite.
error-422-title = Tiedoissa on virhe
error-422-body = Lomakkeen tiedot eivät kelpaa. Palaa takaisin ja tarkista tiedot.
error-429-title = Liian monta yritystä
error-429-body = Odota hetki ja yritä sitten uudelleen.
error-500-title = Jotain meni vikaan
error-500-body = Palvelussa on vika. Yritä hetken kuluttua uudelleen.
error-503-title = Palvelu ei ole nyt käytössä
error-503-body = Palvelu on hetken poissa käytöstä. Yritä hetken kuluttua uudelleen.
error-other-title = Pyyntö ei onnistunut
error-other-body = Jotain meni vikaan. Palaa etusivulle ja yritä uudelleen.
