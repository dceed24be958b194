## Proof of experience: composing it, the printable page, confirming it, verifying it

proofs-title = Todistus kokemuksesta
proofs-lead = Kokoa todistus työnhakua varten. Valitse, mitä siinä näkyy ja millä kielellä. Koordinaattori vahvistaa sen, ja työnantaja voi tarkistaa sen koodilla.
field-proof-language = Todistuksen kieli
form-hint-proof-language = Kielet, joita työnantajat Suomessa lukevat.
proof-language-fi = suomi
proof-language-sv = ruotsi
proof-language-en = englanti
field-proof-parts = Mitä todistuksessa näkyy
proof-part-work = Vuorot ja tunnit
proof-part-topics = Avut aiheittain
proof-part-languages = Kielet, joilla autoin
proof-part-trainings = Koulutukset
proof-part-credentials = Osaamismerkit ja kurssit
proof-part-skills = Taidot ja mitä työ niistä näyttää
proof-part-levels = Osaamisen tasot
proof-error-parts = Valitse ainakin yksi asia.
proof-compose = Kokoa todistus
proofs-own-title = Omat todistukset
proofs-none = Sinulla ei ole vielä todistuksia.
proof-status-waiting = Odottaa koordinaattorin vahvistusta
proof-status-confirmed = Vahvistettu
proof-status-withdrawn = Peruttu
flash-proof-composed = Todistus on koottu. Koordinaattori vahvistaa sen.
proof-title = Todistus vapaaehtoistyöstä digikaverina
proof-lead = On toiminut vapaaehtoisena digikaverina: { $organisation }. Digikaveri auttaa ihmisiä digitaalisissa asioissa niin, että he oppivat tekemään ne itse.
proof-period = { $from } – { $until }
proof-times = { $count ->
    [one] 1 kerta
   *[other] { $count } kertaa
}
proof-evidence = { $count ->
    [one] 1 apu
   *[other] { $count } apua
}, { $first } – { $last }
proof-level-self = { $step } (oma arvio { $date })
proof-level-observed = { $step } (koordinaattorin havainto { $date })
proof-signed = Vahvistanut { $name }, { $date }
proof-not-signed = Koordinaattori ei ole vielä vahvistanut tätä todistusta.
proof-withdrawn = Vapaaehtoinen perui tämän todistuksen { $date }.
proof-verify-at = Tarkista todistus osoitteessa
proof-code = Koodi:
proof-qr-label = QR-koodi todistuksen tarkistamiseen
proof-print = Tulosta selaimen tulostustoiminnolla (Ctrl+P).
proof-withdraw = Peru todistus
flash-proof-withdrawn = Todistus on peruttu. Sitä ei voi enää tarkistaa.
proofs-waiting-title = Vahvistettavat todistukset
proofs-waiting-lead = Lue todistus ja vahvista se, jos tiedot pitävät paikkansa.
proofs-waiting-none = Vahvistettavia todistuksia ei ole.
proof-confirm-lead = Vahvistamalla kerrot, että tiedot pitävät paikkansa. Nimesi ja päivämäärä näkyvät todistuksessa.
proof-confirm = Vahvista todistus
flash-proof-signed = Todistus on vahvistettu.
volunteer-proofs = Vahvistettavat todistukset
audit-proof-signed = Vahvisti todistuksen
audit-subject-proof = Todistus { $id }
