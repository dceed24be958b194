## Skills growth: the growth page, the self-assessment screens, a coordinator's observation

nav-growth = Min utveckling
growth-title = Min utveckling
growth-due = Det är dags för din självbedömning. Den tar några minuter.
growth-start = Börja självbedömningen
growth-work-title = Mitt arbete
growth-shifts = { $count ->
    [one] 1 pass
   *[other] { $count } pass
}, { $hours } timmar
growth-trainings = Genomgångna utbildningar: { $count }
growth-credentials = Kompetensmärken och kurser: { $count }
growth-evidence-title = Det här visar mitt arbete
growth-evidence-lead = All hjälp som du registrerar räknas här. Du behöver inte skriva något.
growth-evidence-none = Inget ännu. Registrera hjälpen efter varje hjälptillfälle.
growth-col-sessions = Gånger
growth-col-dates = Första och senaste
growth-col-languages = Språk
growth-col-on-their-own = Lärde sig att göra det själv
growth-dates = { $first } – { $last }
growth-percent = { $percent } %
growth-goals-title = Det här vill jag lära mig
growth-goal = Du ville lära dig: { $topic }. { $count ->
    [one] 1 gång hittills
   *[other] { $count } gånger hittills
}, senast { $date }.
growth-goal-none = Du ville lära dig: { $topic }. Ingen gång ännu.
growth-levels-title = Min kompetens
growth-assessed-on = bedömt { $date }
growth-not-assessed = inte bedömt ännu
growth-assess-again = Bedöm igen
growth-digcomp = DigComp: { $band }, nivå { $level }: { $words }
growth-observed-title = Koordinatorns iakttagelser
growth-observed-by = { $name }, { $date }
growth-observed-none = En koordinator bedömer dina arbetslivsfärdigheter efter några pass.
growth-area-support = Digitalt stöd
growth-area-support-about = Att vägleda en annan person på rätt sätt.
assess-title = Självbedömning
assess-progress = Del { $part } av { $parts }
assess-lead = Välj det som passar dig bäst. Det finns inga fel svar.
assess-save = Spara och fortsätt
assess-save-last = Spara
flash-assessed = Sparat. Tack!
observe-title = Iakttagelser av arbetslivsfärdigheter
observe-lead = Välj det som du har sett under passen: { $name }. Den frivilliga ser dina iakttagelser tillsammans med ditt namn och datumet.
observe-save = Spara iakttagelserna
flash-observed = Iakttagelserna är sparade.
volunteer-observe = Bedöm arbetslivsfärdigheterna

## The growth page's charts and the tables of their numbers

growth-charts-title = De senaste 12 månaderna
growth-chart-sessions = Hjälptillfällen per månad och kompetensområde
growth-chart-sessions-lead = Hjälp som gäller flera områden räknas i vart och ett av dem.
growth-chart-levels = Mina nivåer över tid: egen bedömning och observationer
growth-chart-levels-lead = Steg 0–4: 0 kan inte ännu, 4 kan handleda andra. En punkt är medelvärdet av en bedömning.
growth-chart-hours = Timmar på pass per månad
growth-chart-table = Siffrorna som tabell
growth-chart-month = Månad
growth-chart-total = Totalt
growth-chart-date = Datum
growth-chart-series = Område
growth-chart-mean = Medelvärde
growth-chart-hours-col = Timmar
growth-chart-observed = Arbetslivsfärdigheter, koordinatorns observationer
growth-chart-none = Inget ännu under de senaste 12 månaderna.
# A number to a tenth, written with the locale's decimal separator.
growth-chart-number = { $n }
