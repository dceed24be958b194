## Taking a queue number at a site (no account, nothing personal)

queue-take-title = Qaado lambar safka
queue-take-help = Waxaad helaysaa lambar. Saaxiib dijitaal ah ayaa ku dhawaaqi doona lambarkaaga.
field-first-language = Luqaddee ayaad caawimaad ku rabtaa?
queue-error-language = Dooro luqad.
field-second-language = Luqad kale oo kuu fiican (khasab ma aha)
form-hint-second-language = Haddii qofna uusan ku hadlin luqaddaada koowaad, caawimaad ayaad si ka dhakhso badan ugu heli kartaa luqad kale.
queue-no-second-language = Luqad kale ma lihi
queue-second-language-open = Waxaan ku hadlaa luqad kale
field-ticket-topics = Maxaad caawimaad u baahan tahay?
form-hint-ticket-topics = Dooro hal ama dhowr. Tan sidoo kale waad iska dhaafi kartaa.
queue-more-topics = Arrimo dheeraad ah
queue-tile-strong-eid = Koodhadhka bangiga
queue-tile-kela = Kela
queue-tile-omakanta = OmaKanta
queue-tile-jobmarket = Raadinta shaqada
queue-tile-banking = Bangiga internetka
queue-tile-email = Iimayl
queue-tile-smartphone-basics = Taleefanka casriga ah
queue-tile-scams-security = Khiyaanada
field-first-visit = Tani waa markii ugu horreysay ee aan halkan imaado
queue-nothing-personal = Ma weydiinno magacaaga ama wax kale oo adiga ku saabsan.
queue-take-submit = Qaado lambar
queue-closed-title = Hadda saaxiib dijitaal ah halkan ma joogo
queue-closed-next = Marka xigta ee caawimaad halkan la helayo: { $when }.
queue-closed-none = Weli lama qorsheyn saaxiib dijitaal ah oo halkan imanaya. Eeg meelaha kale.
flash-ticket-taken = Hadda waxaad haysataa lambar. Boggan ha xirin.

## The ticket page

ticket-title = Lambarkaaga safka
ticket-status-waiting = Waxaad sugaysaa in lagu yeero
ticket-status-matched = Saaxiib dijitaal ah ayaa kuu imanaya
ticket-status-done = Caawimaad waad heshay. Mahadsanid inaad timid!
ticket-status-left = Safka waad ka baxday.
ticket-status-unserved = Waan ka xunnahay, maanta wakhti looma helin in lagu caawiyo.
ticket-ahead = { $count ->
    [0] Adiga ayaa xiga.
    [one] 1 qof ayaa kaa horreeya.
   *[other] { $count } qof ayaa kaa horreeya.
}
ticket-expected-wait = Sugitaanku waa qiyaastii { $minutes } daqiiqo.
ticket-refresh = Cusboonaysii
ticket-needs-title = Waxa aad caawimaad u baahan tahay
ticket-safety = Saaxiibka dijitaalka ah marnaba kuma weydiiyo koodhadhka bangigaaga, PIN-kaaga ama furahaaga sirta ah. Adiga ayaa iskaa u qoraya.
ticket-leave = Safka waan ka baxayaa
flash-ticket-left = Safka waad ka baxday. Haddii aad soo noqoto, lambar cusub ayaad qaadan kartaa.
flash-ticket-not-waiting = Lambarku mar dambe safka kuma jiro.

## The poster at the site

poster-title = Ogeysiis
poster-call = Ku qaado lambar safka taleefankaaga
poster-qr-label = Koodka QR: ciwaanka aad ka helayso lambar safka
poster-print-help = Daabac boggan oo ku dheji albaabka goobta.
board-posters-title = Ogeysiisyada lambarada safka
board-poster-link = Ogeysiis: { $site }
board-queue-link = Safka hadda: { $site }
ticket-your-helper = Saaxiibkaaga dijitaalka ah waa { $name }. Wuxuu kuugu imanayaa goobta { $site }.

## The queue board of a site (staff on duty)

duty-board-title = Safka hadda
duty-suggestions-title = Talooyin
duty-suggestions-none = Hadda talo ma jirto.
duty-accept = Isku xir { $code } iyo { $name }
duty-unmatched-title = Weli qof looma helin
duty-widening = Waxaa caawin kara:
duty-waiting-title = Safka ku jira
duty-waiting-none = Qofna safka kuma jiro.
duty-waited = wakhtiga sugitaanka: { $minutes } daqiiqo
field-duty-volunteer = Saaxiibka dijitaalka ah
duty-match = Isku xir
duty-volunteers-title = Saaxiibada dijitaalka ah ee halkan jooga
duty-volunteers-none = Weli qofna ma qorin inuu joogo.
duty-free = Diyaar
duty-busy-with = Wuxuu caawinayaa: { $code }
flash-duty-matched = Waa la isku xiray. Saaxiibka dijitaalka ah ayaa ku arkaya taleefankiisa.
flash-duty-taken = Lama isku xiri karin. Qof kale ayaa kaa horreeyay, ama saaxiibka dijitaalka ah hadda diyaar ma aha.
reason-speaks = Wuxuu ku hadlaa luqadda { $language } ({ $level })
reason-speaks-second = Wuxuu ku hadlaa luqadda labaad ee la doortay: { $language } ({ $level })
reason-confident = Wuu ka caawin karaa: { $topic }
reason-learning = Wuxuu rabaa inuu barto: { $topic }
reason-helped-before = Horay ayuu u caawiyay isla qofkan
reason-waiting = Wakhtiga sugitaanka: { $minutes } daqiiqo
reason-sessions-today = { $count ->
    [one] Maanta hal mar ayuu caawiyay
   *[other] Maanta { $count } jeer ayuu caawiyay
}
why-nobody-speaks = Halkan qofna kuma hadlo luqadda: { $languages }.
why-only-trainee = Kaliya tabarruce weli tababar ku jira ayaa ku hadla luqadda: { $languages }.
why-all-busy = Qof kasta oo ku hadla luqadda wuxuu caawinayaa qof kale.
widening-second-language = luqadda labaad ee la doortay, { $language }
widening-pair-trainee = { $trainee } iyo { $with } oo wada shaqeeya

## The volunteer's next person

nav-duty = Qofka xiga
duty-next-title = Qofka xiga
duty-next-none = Hadda qofna ma lihid. Mar kale eeg wax yar kadib.
duty-call-help = Ku dhawaaq lambarka oo sheeg cidda aad tahay.
duty-start = Waan bilaabayaa caawimaadda
duty-finish = Waan dhammeeyay
flash-duty-started = Nasiib wacan!
flash-duty-finished = Mahadsanid! Waxaa la calaamadeeyay in caawimaadda la bixiyay.

## Nobody can help today

field-unserved-reason = Waa maxay sababta aan qofna u caawin karin?
duty-unserved = Maanta qofna ma caawin karo
unserved-no-language = Maanta qofna kuma hadlo luqadda
unserved-no-time = Maanta wakhti ma jiro
unserved-needs-authority = Arrintani waxay khusaysaa hay'ad dowladeed
flash-duty-unserved = Waa la calaamadeeyay. Qofku sababta wuxuu ku arkayaa boggiisa.
ticket-unserved-no-language = Maanta halkan ma joogo qof ku hadla luqaddaada. Eeg goorta caawimaad lagu helayo luqaddaada.
ticket-unserved-no-time = Maanta wakhti ma jiro. Fadlan maalin kale soo noqo.
ticket-unserved-needs-authority = Arrintan waxaa kaa caawinaya hay'ad dowladeed, tusaale ahaan Kela ama degmada. Talo ka weydii shaqaalaha halkan jooga.

## Volunteers on duty may match

field-volunteers-may-match = Saaxiibada dijitaalka ah ee halkan jooga waxay isticmaali karaan safka oo ay isku xiri karaan dadka
flash-volunteer-matching-saved = Dejinta waa la kaydiyay.
