## Layout: header, navigation, language choice, footer

app-name = Digikaveri
skip-to-content = Gå till innehållet
nav-label = Huvudmeny
nav-home = Startsida
language-switcher-label = Språk
footer-about = Digikompisarna är frivilliga. De hjälper gratis med digitala ärenden.

nav-sign-in = Logga in
nav-sign-out = Logga ut
nav-dashboard = Min sida
nav-account = Mina uppgifter
nav-organisations = Organisationer
nav-volunteers = Frivilliga
nav-coordinators = Koordinatorer
nav-audit = Händelselogg
nav-retention = Lagring av uppgifter

## A day and its hours, each written by the code from CLDR data in Finnish time.
## Translate only what joins them.

time-span = { $day } kl. { $times }

## Error pages

error-code = Felkod { $code }
error-back-home = Till startsidan
error-400-title = Begäran lyckades inte
error-400-body = Något gick fel. Gå tillbaka och försök igen.
error-403-title = Ingen åtkomst
error-403-body = Du har inte rätt att se den här sidan.
error-404-title = Sidan finns inte
error-404-body = Sidan finns inte, eller så har den flyttats. Kontrollera adressen.
error-422-title = Det är fel i uppgifterna
error-422-body = Något i formuläret är fel. Gå tillbaka och kontrollera uppgifterna.
error-429-title = För många försök
error-429-body = Vänta en stund och försök sedan igen.
error-500-title = Något gick fel
error-500-body = Det är fel på tjänsten. Försök igen om en stund.
error-503-title = Tjänsten fungerar inte just nu
error-503-body = Tjänsten är stängd en kort stund. Försök igen om en stund.
error-other-title = Begäran lyckades inte
error-other-body = Något gick fel. Gå till startsidan och försök igen.
