## Skills growth: the growth page, the self-assessment screens, a coordinator's observation

nav-growth = Minu areng
growth-title = Minu areng
growth-due = On aeg teha enesehindamine. See võtab paar minutit.
growth-start = Alusta enesehindamist
growth-work-title = Minu töö
growth-shifts = { $count ->
    [one] 1 vahetus
   *[other] { $count } vahetust
}, { $hours } tundi
growth-trainings = Läbitud koolitused: { $count }
growth-credentials = Oskusmärgid ja kursused: { $count }
growth-evidence-title = Mida minu töö näitab
growth-evidence-lead = Siia loetakse kokku kõik abistamised, mille sa üles märgid. Sa ei pea midagi kirjutama.
growth-evidence-none = Veel ei ole midagi. Märgi abi üles pärast iga abistamist.
growth-col-sessions = Mitu korda
growth-col-dates = Esimene ja viimane kord
growth-col-languages = Keeled
growth-col-on-their-own = Õppisid ise tegema
growth-dates = { $first } – { $last }
growth-percent = { $percent } %
growth-goals-title = Mida ma tahan õppida
growth-goal = Sa tahtsid õppida: { $topic }. { $count ->
    [one] Seni 1 kord
   *[other] Seni { $count } korda
}, viimati { $date }.
growth-goal-none = Sa tahtsid õppida: { $topic }. Veel mitte ühtegi korda.
growth-levels-title = Minu oskused
growth-assessed-on = hinnatud { $date }
growth-not-assessed = veel hindamata
growth-assess-again = Hinda uuesti
growth-digcomp = DigComp: { $band }, tase { $level }: { $words }
growth-observed-title = Koordinaatori tähelepanekud
growth-observed-by = { $name }, { $date }
growth-observed-none = Pärast paari vahetust hindab koordinaator sinu tööeluoskusi.
growth-area-support = Digitugi
growth-area-support-about = Teise inimese juhendamine õigel viisil.
assess-title = Enesehindamine
assess-progress = Osa { $part }/{ $parts }
assess-lead = Vali, mis sulle kõige paremini sobib. Valesid vastuseid ei ole.
assess-save = Salvesta ja jätka
assess-save-last = Salvesta
flash-assessed = Salvestatud. Aitäh!
observe-title = Tähelepanekud tööeluoskuste kohta
observe-lead = Vali, mida sa oled vahetuste ajal näinud: { $name }. Vabatahtlik näeb sinu tähelepanekuid koos sinu nime ja kuupäevaga.
observe-save = Salvesta tähelepanekud
flash-observed = Tähelepanekud on salvestatud.
volunteer-observe = Hinda tööeluoskusi

## The growth page's charts and the tables of their numbers

growth-charts-title = Viimased 12 kuud
growth-chart-sessions = Abikorrad kuude ja pädevusvaldkondade kaupa
growth-chart-sessions-lead = Abi, mis puudutab mitut valdkonda, loetakse igaühe alla.
growth-chart-levels = Minu tasemed aja jooksul: enda hinnang ja vaatlused
growth-chart-levels-lead = Sammud 0–4: 0 ei oska veel, 4 oskan teisi juhendada. Punkt on ühe hindamise keskmine.
growth-chart-hours = Vahetuste tunnid kuude kaupa
growth-chart-table = Arvud tabelina
growth-chart-month = Kuu
growth-chart-total = Kokku
growth-chart-date = Kuupäev
growth-chart-series = Valdkond
growth-chart-mean = Keskmine samm
growth-chart-hours-col = Tunnid
growth-chart-observed = Tööelu oskused, koordinaatori vaatlused
growth-chart-none = Viimase 12 kuu jooksul pole veel midagi.
# A number to a tenth, written with the locale's decimal separator.
growth-chart-number = { $n }
