# The privacy notice, the retention rules and a volunteer's own data.
footer-privacy = Andmekaitse: mida me hoiame ja kui kaua
privacy-title = Andmekaitse
privacy-intro = Digikaveri hoiab ainult seda, mida abi, vabatahtlike vahetused ja aruanded rahastajatele vajavad. Allpool on kirjas, mida hoitakse, miks ja kui kaua.
privacy-kept-title = Mida hoitakse ja kui kaua
privacy-rights-title = Sinu andmed
privacy-rights = Vabatahtlik saab jaotisest Minu andmed alla laadida kõik enda kohta hoitud andmed ja näha, millised töötajad on tema lehte vaadanud. Abi saajate nime ega kontakte me ei hoia.
rule-unclaimed-tickets = Järjekorranumbrid
rule-unclaimed-tickets-why = Numbrit, keeli ja teemasid on vaja õige vabatahtliku leidmiseks. Päeva arvud jäävad aruannete jaoks alles ilma numbrita.
rule-ticket-links = Järjekorranumbri ja kirja pandud abi seos
rule-ticket-links-why = Seost on vaja tagasiside ja kirjapaneku jaoks. See kustutatakse pärast tagasisidet või hiljemalt päeva lõpus.
rule-sign-in-sessions = Sisselogimised
rule-sign-in-sessions-why = Sisselogimine lõpeb pärast kaheksat tundi kasutamata olekut. Lõppenud sisselogimine kustutatakse.
rule-sign-in-attempts = Sisselogimiskatsed
rule-sign-in-attempts-why = Katseid loetakse, et keegi ei saaks parooli ära arvata.
rule-used-links = Kasutatud ja aegunud lingid
rule-used-links-why = Parooli vahetamise, kutse ja liitumise lingid kustutatakse, kui need on kasutatud või aegunud.
rule-limit-counts = Avalike vormide piirangud
rule-limit-counts-why = Loetakse, et keegi ei saaks järjekorda täita. Aadressist hoitakse ainult räsi.
rule-audit-log = Tegevuslogi
rule-audit-log-why = Logi näitab, kes mida tegi ja kes kelle andmeid vaatas.
rule-inactive-volunteers = Vabatahtliku konto
rule-inactive-volunteers-why = Kui sa pole aasta aega sisse loginud, küsime, kas soovid konto alles jätta. Kui sa kuu jooksul ei vasta, kustutatakse sinu nimi, e-post ja telefoninumber. Kirja pandud abi arvud jäävad aruannetesse.
period-end-of-day = Järjekorra päeva lõpuni.
period-hours = { $count ->
    [one] Üks tund.
   *[other] { $count } tundi.
}
period-days = { $count ->
    [one] Üks päev.
   *[other] { $count } päeva.
}
period-months = { $count ->
    [one] Üks kuu.
   *[other] { $count } kuud.
}
period-years = { $count ->
    [one] Üks aasta.
   *[other] { $count } aastat.
}
retention-title = Andmete säilitamine
retention-help = Need reeglid kustutavad andmed ise, kui nende aeg on läbi. Neid käivitatakse kord tunnis.
retention-last-run = Viimati käivitatud { $when }.
retention-never-run = Reegleid pole veel käivitatud.
retention-col-rule = Mis
retention-col-period = Kui kaua
retention-col-removed = Eelmisel korral kustutatud
retention-asked = { $count ->
    [0] Eelmisel korral ei küsitud kelleltki.
    [one] Eelmisel korral küsiti ühelt vabatahtlikult, kas ta jätab konto alles.
   *[other] Eelmisel korral küsiti { $count } vabatahtlikult, kas nad jätavad konto alles.
}
audit-retention-run = Vanad andmed kustutati
audit-account-kept = Vabatahtlik soovis konto alles jätta
audit-data-exported = Oma andmed laaditi alla
audit-subject-service = Teenus
inactive-title = Kas soovid konto alles jätta?
inactive-help = Sa pole aasta aega sisse loginud. Kui sa kuu jooksul ei vasta, kustutatakse sinu andmed.
inactive-keep = Jäta minu konto alles
flash-account-kept = Aitäh! Sinu konto jääb alles.
mail-inactive-subject = Kas soovid oma Digikaveri konto alles jätta?
mail-inactive-body = Sa pole aasta aega Digikaverisse sisse loginud. Kui soovid konto alles jätta, logi kuu jooksul sisse: { $link }
    Muidu kustutatakse sinu nimi, e-post ja telefoninumber.
account-data-link = Minu andmed: mida minu kohta hoitakse
data-title = Minu andmed
data-help = Siin on kõik, mida sinu kohta hoitakse. Samad andmed saad alla laadida failina. Iga allalaadimine kirjutatakse tegevuslogisse.
data-download = Laadi minu andmed alla (JSON)
data-staff-views-title = Millised töötajad vaatasid sinu lehte
data-staff-view = { $when }: { $who }
data-staff-view-gone = { $when }: kustutatud konto
data-staff-views-empty = Ükski töötaja pole sinu lehte vaadanud.
data-section-empty = Andmeid pole.
