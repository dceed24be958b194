## Layout: header, navigation, language choice, footer

app-name = Digikaveri
skip-to-content = U gudub nuxurka bogga
nav-label = Liiska guud
nav-home = Bogga hore
language-switcher-label = Luqadda
footer-about = Saaxiibada dijitaalka ah waa tabarrucayaal. Waxay bilaash kaaga caawiyaan arrimaha dijitaalka.

nav-sign-in = Gal
nav-sign-out = Ka bax
nav-dashboard = Boggayga
nav-account = Xogtayda
nav-organisations = Ururada
nav-volunteers = Tabarrucayaasha
nav-coordinators = Isku-duwayaasha
nav-audit = Diiwaanka dhacdooyinka
nav-retention = Kaydinta xogta

## A day and its hours, each written by the code from CLDR data in Finnish time.
## Translate only what joins them.

time-span = { $day }, saacadda { $times }

## Error pages

error-code = Koodka khaladka { $code }
error-back-home = Tag bogga hore
error-400-title = Codsigu ma shaqayn
error-400-body = Wax baa khaldamay. Dib u noqo oo mar kale isku day.
error-403-title = Ogolaansho ma lihid
error-403-body = Ma lihid ogolaansho aad ku aragto boggan.
error-404-title = Bogga lama helin
error-404-body = Boggan ma jiro, ama meel kale ayaa loo raray. Hubi ciwaanka.
error-422-title = Xogta waxaa ku jira khalad
error-422-body = Xogta foomka lama aqbali karo. Dib u noqo oo hubi xogta.
error-429-title = Isku-dayo aad u badan
error-429-body = Wax yar sug, kadibna mar kale isku day.
error-500-title = Wax baa khaldamay
error-500-body = Adeegga cillad ayaa ku jirta. Wax yar kadib mar kale isku day.
error-503-title = Adeeggu hadda ma shaqaynayo
error-503-body = Adeeggu wakhti gaaban ayuu xiran yahay. Wax yar kadib mar kale isku day.
error-other-title = Codsigu ma shaqayn
error-other-body = Wax baa khaldamay. Tag bogga hore oo mar kale isku day.
