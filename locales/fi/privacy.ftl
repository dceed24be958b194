# The privacy notice, the retention rules and a volunteer's own data.
footer-privacy = Tietosuoja: mitä tallennamme ja kuinka kauan
privacy-title = Tietosuoja
privacy-intro = Digikaveri tallentaa vain sen, mitä apu, vapaaehtoisten vuorot ja raportit rahoittajille tarvitsevat. Alla on kerrottu, mitä tallennetaan, miksi ja kuinka kauan.
privacy-kept-title = Mitä tallennetaan ja kuinka kauan
privacy-rights-title = Omat tietosi
privacy-rights = Vapaaehtoinen voi ladata kaikki itsestään tallennetut tiedot kohdasta Omat tiedot ja nähdä, ketkä työntekijät ovat katsoneet hänen sivuaan. Avun saajista emme tallenna nimeä emmekä yhteystietoja.
rule-unclaimed-tickets = Jonon vuoronumerot
rule-unclaimed-tickets-why = Numero, kielet ja aiheet tarvitaan, jotta oikea vapaaehtoinen löytyy. Päivän luvut säilyvät raportteja varten ilman numeroa.
rule-ticket-links = Vuoronumeron ja kirjatun avun yhteys
rule-ticket-links-why = Yhteys tarvitaan palautteeseen ja kirjaamiseen. Se poistetaan palautteen jälkeen tai viimeistään päivän lopussa.
rule-sign-in-sessions = Kirjautumiset
rule-sign-in-sessions-why = Kirjautuminen päättyy kahdeksan tunnin käyttämättömyyden jälkeen. Päättynyt kirjautuminen poistetaan.
rule-sign-in-attempts = Kirjautumisyritykset
rule-sign-in-attempts-why = Yritykset lasketaan, jotta salasanaa ei voi arvata.
rule-used-links = Käytetyt ja vanhentuneet linkit
rule-used-links-why = Salasanan vaihto-, kutsu- ja liittymislinkit poistetaan, kun ne on käytetty tai ne ovat vanhentuneet.
rule-limit-counts = Julkisten lomakkeiden rajat
rule-limit-counts-why = Lasketaan, jotta kukaan ei voi täyttää jonoa. Osoitteista tallennetaan vain tiiviste.
rule-audit-log = Tapahtumaloki
rule-audit-log-why = Loki kertoo, kuka teki mitä ja kuka katsoi kenenkin tietoja.
rule-inactive-volunteers = Vapaaehtoisen tili
rule-inactive-volunteers-why = Jos et ole kirjautunut vuoteen, kysymme, haluatko pitää tilisi. Jos et vastaa kuukauden kuluessa, nimesi, sähköpostisi ja puhelinnumerosi poistetaan. Kirjatun avun määrät jäävät raportteihin.
period-end-of-day = Jonon päivän loppuun.
period-hours = { $count ->
    [one] Tunnin.
   *[other] { $count } tuntia.
}
period-days = { $count ->
    [one] Päivän.
   *[other] { $count } päivää.
}
period-months = { $count ->
    [one] Kuukauden.
   *[other] { $count } kuukautta.
}
period-years = { $count ->
    [one] Vuoden.
   *[other] { $count } vuotta.
}
retention-title = Tietojen säilytys
retention-help = Nämä säännöt poistavat tiedot automaattisesti, kun niiden aika on ohi. Ne ajetaan kerran tunnissa.
retention-last-run = Viimeksi ajettu { $when }.
retention-never-run = Sääntöjä ei ole vielä ajettu.
retention-col-rule = Mitä
retention-col-period = Kuinka kauan
retention-col-removed = Poistettu viime kerralla
retention-asked = { $count ->
    [0] Viime kerralla ei kysytty keneltäkään.
    [one] Viime kerralla kysyttiin yhdeltä vapaaehtoiselta, pitääkö hän tilinsä.
   *[other] Viime kerralla kysyttiin { $count } vapaaehtoiselta, pitävätkö he tilinsä.
}
audit-retention-run = Vanhat tiedot poistettiin
audit-account-kept = Vapaaehtoinen halusi pitää tilinsä
audit-data-exported = Omat tiedot ladattiin
audit-subject-service = Palvelu
inactive-title = Haluatko pitää tilisi?
inactive-help = Et ole kirjautunut vuoteen. Jos et vastaa kuukauden kuluessa, tietosi poistetaan.
inactive-keep = Pidä tilini
flash-account-kept = Kiitos! Tilisi säilyy.
mail-inactive-subject = Haluatko pitää Digikaveri-tilisi?
mail-inactive-body = Et ole kirjautunut Digikaveriin vuoteen. Jos haluat pitää tilisi, kirjaudu kuukauden kuluessa: { $link }
    Muuten nimesi, sähköpostisi ja puhelinnumerosi poistetaan.
account-data-link = Omat tiedot: mitä sinusta on tallennettu
data-title = Omat tiedot
data-help = Tässä on kaikki, mitä sinusta on tallennettu. Voit ladata samat tiedot tiedostona. Jokainen lataus kirjataan tapahtumalokiin.
data-download = Lataa tietoni (JSON)
data-staff-views-title = Ketkä työntekijät katsoivat sivuasi
data-staff-view = { $when }: { $who }
data-staff-view-gone = { $when }: poistettu käyttäjä
data-staff-views-empty = Kukaan työntekijä ei ole katsonut sivuasi.
data-section-empty = Ei tietoja.
