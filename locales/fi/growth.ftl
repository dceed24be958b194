## Skills growth: the growth page, the self-assessment screens, a coordinator's observation

nav-growth = Oma kasvu
growth-title = Oma kasvu
growth-due = On aika tehdä itsearviointi. Se vie muutaman minuutin.
growth-start = Aloita itsearviointi
growth-work-title = Oma työ
growth-shifts = { $count ->
    [one] 1 vuoro
   *[other] { $count } vuoroa
}, { $hours } tuntia
growth-trainings = Suoritetut koulutukset: { $count }
growth-credentials = Osaamismerkit ja kurssit: { $count }
growth-evidence-title = Mitä työni näyttää
growth-evidence-lead = Jokainen kirjaamasi apu lasketaan tähän. Sinun ei tarvitse kirjoittaa mitään.
growth-evidence-none = Ei vielä mitään. Kirjaa apu jokaisen avun jälkeen.
growth-col-sessions = Kertaa
growth-col-dates = Ensimmäinen ja viimeisin
growth-col-languages = Kielet
growth-col-on-their-own = Oppi tekemään itse
growth-dates = { $first } – { $last }
growth-percent = { $percent } %
growth-goals-title = Mitä haluan oppia
growth-goal = Halusit oppia: { $topic }. { $count ->
    [one] 1 kerta tähän mennessä
   *[other] { $count } kertaa tähän mennessä
}, viimeksi { $date }.
growth-goal-none = Halusit oppia: { $topic }. Ei vielä yhtään kertaa.
growth-levels-title = Oma osaaminen
growth-assessed-on = arvioitu { $date }
growth-not-assessed = ei vielä arvioitu
growth-assess-again = Arvioi uudelleen
growth-digcomp = DigComp: { $band }, taso { $level }: { $words }
growth-observed-title = Koordinaattorin havainnot
growth-observed-by = { $name }, { $date }
growth-observed-none = Koordinaattori arvioi työelämätaitojasi muutaman vuoron jälkeen.
growth-area-support = Digituki
growth-area-support-about = Toisen ihmisen opastaminen oikealla tavalla.
assess-title = Itsearviointi
assess-progress = Osa { $part }/{ $parts }
assess-lead = Valitse, mikä sopii sinuun parhaiten. Vääriä vastauksia ei ole.
assess-save = Tallenna ja jatka
assess-save-last = Tallenna
flash-assessed = Tallennettu. Kiitos!
observe-title = Työelämätaitojen havainnot
observe-lead = Valitse, mitä olet nähnyt vuoroilla: { $name }. Vapaaehtoinen näkee havaintosi nimesi ja päivämäärän kanssa.
observe-save = Tallenna havainnot
flash-observed = Havainnot on tallennettu.
volunteer-observe = Arvioi työelämätaidot

## The growth page's charts and the tables of their numbers

growth-charts-title = Viimeiset 12 kuukautta
growth-chart-sessions = Avut kuukausittain osaamisalueen mukaan
growth-chart-sessions-lead = Apu, joka koskee useaa aluetta, lasketaan jokaiseen niistä.
growth-chart-levels = Taitotasoni ajan mittaan: oma arvio ja havainnot
growth-chart-levels-lead = Askeleet 0–4: 0 en vielä osaa, 4 osaan opastaa muita. Piste on yhden arvioinnin keskiarvo.
growth-chart-hours = Vuorojen tunnit kuukausittain
growth-chart-table = Luvut taulukkona
growth-chart-month = Kuukausi
growth-chart-total = Yhteensä
growth-chart-date = Päivä
growth-chart-series = Alue
growth-chart-mean = Keskiarvo
growth-chart-hours-col = Tunnit
growth-chart-observed = Työelämätaidot, koordinaattorin havainnot
growth-chart-none = Ei vielä mitään viimeisen 12 kuukauden ajalta.
# A number to a tenth, written with the locale's decimal separator.
growth-chart-number = { $n }
