## Taking a queue number at a site (no account, nothing personal)

queue-take-title = Ota jonotusnumero
queue-take-help = Saat numeron. Digikaveri kutsuu numerosi.
field-first-language = Millä kielellä haluat apua?
queue-error-language = Valitse kieli.
field-second-language = Toinen kieli, joka käy sinulle (ei pakollinen)
form-hint-second-language = Jos kukaan ei puhu ensimmäistä kieltäsi, saat apua nopeammin toisella kielellä.
queue-no-second-language = Ei toista kieltä
queue-second-language-open = Puhun myös toista kieltä
field-ticket-topics = Mihin tarvitset apua?
form-hint-ticket-topics = Valitse yksi tai useampi. Voit myös jättää tyhjäksi.
queue-more-topics = Lisää aiheita
queue-tile-strong-eid = Pankki{"\u00AD"}tunnukset
queue-tile-kela = Kela
queue-tile-omakanta = OmaKanta
queue-tile-jobmarket = Työnhaku
queue-tile-banking = Verkkopankki
queue-tile-email = Sähköposti
queue-tile-smartphone-basics = Älypuhelin
queue-tile-scams-security = Huijaukset
field-first-visit = Olen täällä ensimmäistä kertaa
queue-nothing-personal = Emme kysy nimeäsi emmekä muita tietoja sinusta.
queue-take-submit = Ota numero
queue-closed-title = Täällä ei ole nyt digikavereita
queue-closed-next = Seuraavan kerran täällä on apua { $when }.
queue-closed-none = Tänne ei ole vielä tulossa digikavereita. Katso muut paikat.
flash-ticket-taken = Sinulla on nyt numero. Pidä tämä sivu auki.

## The ticket page

ticket-title = Jonotusnumerosi
ticket-status-waiting = Odotat vuoroasi
ticket-status-matched = Digikaveri on tulossa
ticket-status-done = Apu on annettu. Kiitos käynnistä!
ticket-status-left = Olet lähtenyt jonosta.
ticket-status-unserved = Valitettavasti emme ehtineet auttaa sinua tänään.
ticket-ahead = { $count ->
    [0] Olet seuraavana.
    [one] Ennen sinua on 1 ihminen.
   *[other] Ennen sinua on { $count } ihmistä.
}
ticket-expected-wait = { $minutes ->
    [one] Odotus on noin { $minutes } minuutti.
   *[other] Odotus on noin { $minutes } minuuttia.
}
ticket-refresh = Päivitä
ticket-needs-title = Mihin tarvitset apua
ticket-safety = Digikaveri ei koskaan kysy pankkitunnuksiasi, PIN-koodejasi tai salasanojasi. Sinä kirjoitat ne itse.
ticket-leave = Lähden jonosta
flash-ticket-left = Olet lähtenyt jonosta. Voit ottaa uuden numeron, jos tulet takaisin.
flash-ticket-not-waiting = Numero ei ole enää jonossa.

## The poster at the site

poster-title = Juliste
poster-call = Ota jonotusnumero puhelimella
poster-qr-label = QR-koodi: osoite, josta saat jonotusnumeron
poster-print-help = Tulosta tämä sivu ja laita se esille paikan ovelle.
board-posters-title = Julisteet jonotusnumeroille
board-poster-link = Juliste: { $site }
board-queue-link = Jono nyt: { $site }
ticket-your-helper = Digikaverisi on { $name }. Hän tulee luoksesi paikassa { $site }.

## The queue board of a site (staff on duty)

duty-board-title = Jono nyt
duty-suggestions-title = Ehdotukset
duty-suggestions-none = Ei ehdotuksia juuri nyt.
duty-accept = Yhdistä { $code } ja { $name }
duty-unmatched-title = Ei vielä ketään
duty-widening = Voisi auttaa:
duty-waiting-title = Jonossa
duty-waiting-none = Kukaan ei ole jonossa.
duty-waited = odottanut { $minutes } min
field-duty-volunteer = Digikaveri
duty-match = Yhdistä
duty-volunteers-title = Paikalla olevat digikaverit
duty-volunteers-none = Kukaan ei ole ilmoittautunut paikalle.
duty-free = Vapaana
duty-busy-with = Auttaa: { $code }
flash-duty-matched = Yhdistetty. Digikaveri näkee sen puhelimessaan.
flash-duty-taken = Tätä ei voitu yhdistää. Joku ehti ensin, tai digikaveri ei ole enää vapaana.
reason-speaks = Puhuu kieltä { $language } ({ $level })
reason-speaks-second = Puhuu toista valittua kieltä { $language } ({ $level })
reason-confident = Osaa asian: { $topic }
reason-learning = Haluaa oppia asian: { $topic }
reason-helped-before = Auttoi samaa ihmistä ennenkin
reason-waiting = Odottanut { $minutes } min
reason-sessions-today = { $count ->
    [one] Auttanut tänään kerran
   *[other] Auttanut tänään { $count } kertaa
}
why-nobody-speaks = Kukaan paikalla ei puhu näitä kieliä: { $languages }.
why-only-trainee = Vain koulutuksessa oleva puhuu näitä kieliä: { $languages }.
why-all-busy = Kaikki, jotka puhuvat kieltä, auttavat muita.
widening-second-language = toinen valittu kieli { $language }
widening-pair-trainee = { $trainee } ja { $with } yhdessä

## The volunteer's next person

nav-duty = Seuraava ihminen
duty-next-title = Seuraava ihminen
duty-next-none = Sinulla ei ole nyt ketään. Päivitä sivu hetken päästä.
duty-call-help = Kutsu numero ja esittäydy.
duty-start = Aloitan auttamisen
duty-finish = Valmis
flash-duty-started = Hyvää auttamista!
flash-duty-finished = Kiitos! Apu on merkitty annetuksi.

## Nobody can help today

field-unserved-reason = Miksi kukaan ei voi auttaa?
duty-unserved = Kukaan ei voi auttaa tänään
unserved-no-language = Kukaan ei puhu kieltä tänään
unserved-no-time = Aika ei riitä tänään
unserved-needs-authority = Asia kuuluu viranomaiselle
flash-duty-unserved = Merkitty. Ihminen näkee syyn omalla sivullaan.
ticket-unserved-no-language = Tänään täällä ei ole ketään, joka puhuu kieltäsi. Katso, milloin apua on kielelläsi.
ticket-unserved-no-time = Tänään aika ei riitä. Tule toisena päivänä.
ticket-unserved-needs-authority = Tähän asiaan auttaa viranomainen, esimerkiksi Kela tai kunta. Kysy neuvoa paikan henkilökunnalta.

## Volunteers on duty may match

field-volunteers-may-match = Paikalla olevat digikaverit saavat käyttää jonoa ja yhdistää ihmisiä
flash-volunteer-matching-saved = Asetus on tallennettu.
