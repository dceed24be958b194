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
