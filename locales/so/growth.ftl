## Skills growth: the growth page, the self-assessment screens, a coordinator's observation

nav-growth = Horumarkayga
growth-title = Horumarkayga
growth-due = Waa waqtiga is-qiimaynta. Waxay qaadanaysaa dhowr daqiiqo.
growth-start = Bilow is-qiimaynta
growth-work-title = Shaqadayda
growth-shifts = { $count ->
    [one] 1 wareeg shaqo
   *[other] { $count } wareeg shaqo
}, { $hours } saacadood
growth-trainings = Tababarrada aad dhammaysay: { $count }
growth-credentials = Calaamadaha aqoonta iyo koorsooyinka: { $count }
growth-evidence-title = Waxa shaqadaydu muujinayso
growth-evidence-lead = Caawimaad kasta oo aad qorto halkan ayaa lagu tiriyaa. Uma baahnid inaad wax kale qorto.
growth-evidence-none = Weli waxba ma jiraan. Qor caawimaadda mar kasta oo aad qof caawiso.
growth-col-sessions = Imisa jeer
growth-col-dates = Markii ugu horreysay iyo tii ugu dambeysay
growth-col-languages = Luqadaha
growth-col-on-their-own = Waxay barteen inay iyagu sameeyaan
growth-dates = { $first } – { $last }
growth-percent = { $percent }%
growth-goals-title = Waxa aan doonayo inaan barto
growth-goal = Waxaad rabtay inaad barato: { $topic }. { $count ->
    [one] Ilaa hadda hal mar
   *[other] Ilaa hadda { $count } jeer
}, markii ugu dambeysay { $date }.
growth-goal-none = Waxaad rabtay inaad barato: { $topic }. Weli marna ma dhicin.
growth-levels-title = Xirfadahayga
growth-assessed-on = la qiimeeyay { $date }
growth-not-assessed = weli lama qiimayn
growth-assess-again = Mar kale qiimee
growth-digcomp = DigComp: { $band }, heerka { $level }: { $words }
growth-observed-title = Waxa isku-duwuhu arkay
growth-observed-by = { $name }, { $date }
growth-observed-none = Dhowr wareeg shaqo kadib, isku-duwaha ayaa qiimayn doona xirfadahaaga shaqada.
growth-area-support = Taageerada dijitaalka ah
growth-area-support-about = Hagidda qof kale si sax ah.
assess-title = Is-qiimayn
assess-progress = Qaybta { $part }/{ $parts }
assess-lead = Dooro waxa sida ugu wanaagsan kuugu habboon. Jawaab khaldan ma jirto.
assess-save = Kaydi oo sii wad
assess-save-last = Kaydi
flash-assessed = Waa la kaydiyay. Mahadsanid!
observe-title = Xirfadaha shaqada: waxa la arkay
observe-lead = Dooro waxa aad ku aragtay wareegyada shaqada: { $name }. Tabarrucuhu wuxuu arki doonaa waxa aad dooratay, magacaaga iyo taariikhda.
observe-save = Kaydi waxa aad aragtay
flash-observed = Waxa aad aragtay waa la kaydiyay.
volunteer-observe = Qiimee xirfadaha shaqada

## The growth page's charts and the tables of their numbers

growth-charts-title = 12-kii bilood ee ugu dambeeyay
growth-chart-sessions = Caawimaadyada bil kasta iyo qaybta xirfadda
growth-chart-sessions-lead = Caawimaad taabata dhowr qaybood waxaa lagu tiriyaa mid kasta.
growth-chart-levels = Heerarkayga waqti ka dib: qiimaynteyda iyo indha-indheynta
growth-chart-levels-lead = Tallaabooyinka 0–4: 0 weli ma aqaan, 4 waan hagi karaa dadka kale. Barku waa celceliska hal qiimayn.
growth-chart-hours = Saacadaha shaqada bil kasta
growth-chart-table = Tirooyinka shax ahaan
growth-chart-month = Bisha
growth-chart-total = Wadar
growth-chart-date = Taariikhda
growth-chart-series = Qaybta
growth-chart-mean = Celceliska tallaabada
growth-chart-hours-col = Saacadaha
growth-chart-observed = Xirfadaha shaqada, indha-indheynta isuduwaha
growth-chart-none = Weli waxba ma jiraan 12-kii bilood ee ugu dambeeyay.
# A number to a tenth, written with the locale's decimal separator.
growth-chart-number = { $n }
