## Taking a queue number at a site (no account, nothing personal)

queue-take-title = Qaado lambar safka
queue-take-help = Noo sheeg luqadda aad caawimaadda ku rabto iyo waxa aad u baahan tahay. Waxaad helaysaa lambar. Saaxiib dijitaal ayaa ku yeeri doona.
field-first-language = Luqaddee ayaad caawimaad ku rabtaa?
queue-error-language = Dooro luqad.
field-second-language = Luqad kale oo kuu fiican (khasab ma aha)
form-hint-second-language = Haddii qofna uusan ku hadlin luqaddaada koowaad, caawimaad ayaad si dhakhso ah ugu heli kartaa luqad kale.
queue-no-second-language = Luqad kale ma lihi
field-ticket-topics = Maxaad caawimaad u baahan tahay?
form-hint-ticket-topics = Dooro hal ama dhowr. Tan sidoo kale waad iska dhaafi kartaa.
field-first-visit = Tani waa markii ugu horreysay ee aan halkan imaado
queue-nothing-personal = Ma weydiinno magacaaga ama wax kale oo adiga ku saabsan.
queue-take-submit = Qaado lambar
queue-closed-title = Hadda saaxiib dijitaal halkan ma joogo
queue-closed-next = Marka xigta ee caawimaad halkan la helayo: { $when }.
queue-closed-none = Weli lama qorsheyn saaxiib dijitaal oo halkan imanaya. Eeg meelaha kale.
flash-ticket-taken = Hadda waxaad haysataa lambar. Boggan ha xirin.

## The ticket page

ticket-title = Lambarkaaga safka
ticket-status-waiting = Waxaad sugaysaa in lagu yeero
ticket-status-matched = Saaxiib dijitaal ayaa kuu imanaya
ticket-status-done = Caawimaad waad heshay. Mahadsanid inaad timid!
ticket-status-left = Safka waad ka baxday.
ticket-status-unserved = Waan ka xunnahay, maanta wakhti looma helin in lagu caawiyo.
ticket-ahead = { $count ->
    [0] Adiga ayaa xiga.
    [one] 1 qof ayaa kaa horreeya.
   *[other] { $count } qof ayaa kaa horreeya.
}
ticket-expected-wait = Sugitaanku waa qiyaastii { $minutes } daqiiqo.
ticket-refresh = Muuji xaaladda cusub
ticket-needs-title = Waxa aad caawimaad u baahan tahay
ticket-safety = Saaxiibka dijitaalka marnaba kuma weydiiyo koodhadhka bangigaaga, PIN-kaaga ama furahaaga sirta ah. Adiga ayaa iskaa u qoraya.
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
