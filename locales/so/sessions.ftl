## Help sessions: the volunteer's record, the coordinator's lists, the person's answers

session-record-title = Qor caawimaadda
session-walk-in-lead = Qor caawimaadda marka qof si toos ah miiskaaga u yimaado isagoo aan lambar safka haysan, ama marka aad caawiso koox yar.
field-session-outcome = Sidee ayay caawimaaddu ku dhammaatay?
outcome-self = Qofku wuxuu bartay inuu isagu sameeyo
outcome-together = Waan wada samaynay
outcome-partly = Qayb ahaan ayaa la dhammeeyay
outcome-referred = Meel kale ayaan u diray
outcome-unsolved = Arrinta lama xallin karin
field-session-referred-to = Xaggee ayaad u dirtay?
form-hint-session-referred-to = Kaliya haddii aad qofka meel kale u dirtay.
session-not-referred = Meel kale uma dirin
referral-kela = Xafiiska adeegga Kela
referral-city-digital-support = Taageerada dijitaalka ah ee magaalada
referral-library = Maktabadda
referral-employment-services = Adeegyada shaqada
referral-social-worker = Shaqaale bulsho
referral-family = Qoyska ama qof la yaqaan
referral-other-service = Adeeg kale
field-session-saw-codes = Ma aragtay ama ma qortay koodhadhka ama furayaasha sirta ah ee qofka?
form-hint-session-saw-codes = Si daacad ah uga jawaab. Isku-duwaha ayaa arrinta kaala hadli doona. Ciqaab ma aha.
session-saw-codes-no = Maya
session-saw-codes-yes = Haa, waan arkay ama waan qoray koodhadh
session-save = Kaydi
session-details = Hubi faahfaahinta
field-session-minutes = Muddada, daqiiqado
form-hint-session-minutes = 1–480 daqiiqo.
field-session-people = Imisa qof?
form-hint-session-people = 1 waa hal qof, 2–10 waa koox yar.
field-session-language = Luqadda aad ku caawisay
field-session-device = Qalabka yaa leh?
device-own-phone = Taleefanka qofka
device-own-computer = Kombiyuutarka qofka
device-site-computer = Kombiyuutarka goobta
field-session-topics = Arrimaha aad ka caawisay
field-session-first-visit = Tani waxay ahayd markii ugu horreysay ee qofku halkan yimaado
field-session-note = Waxa aan maanta bartay (khasab ma aha)
form-hint-session-note = Adiga keliya ayaa arka tan. Wax ka qor waxa adiga aad baratay, ha wax ka qorin qofka.
form-error-identifies = Tirtir lambarka aqoonsiga shakhsiga, lambarka taleefanka, iimaylka ama lambarka kaarka. Qoraalku waa inuusan muujin cidda qofku yahay.
session-error-minutes = Qor muddada daqiiqado, 1–480.
session-error-people = Qor tirada dadka, 1–10.
session-error-outcome = Dooro sida ay caawimaaddu ku dhammaatay.
session-error-referred-to = Dooro meesha aad u dirtay.
session-error-not-on-duty = Caawimaaddan oo kale waxaad qori kartaa oo keliya marka la qoray inaad joogto wareeg shaqo.
flash-session-recorded = Caawimaadda waa la qoray. Mahadsanid!
duty-to-record = Weli lama qorin
duty-record-ticket = Qor { $code }
duty-record-walk-in = Qor caawimaad aan lambar safka lahayn
sessions-own-title = Caawimaadda aan bixiyay
sessions-none = Weli wax caawimaad ah ma aadan qorin.
session-line = { $people ->
    [one] { $minutes } daqiiqo
   *[other] { $minutes } daqiiqo, { $people } qof
}
session-own-note = Qoraalkayga
sessions-feedback-title = Waxa dadka la caawiyay sheegeen
sessions-feedback-totals = Jawaabaha: { $answers }. Wanaagsan: { $good }, dhexdhexaad: { $okay }, xun: { $bad }.
sessions-feedback-alone = { $count ->
    [one] 1 qof ayaa sheegay inuu mar kale isagu samayn karo.
   *[other] { $count } qof ayaa sheegay inay mar kale iyagu samayn karaan.
}
sessions-feedback-too-few = Soo koobid ayaad arki doontaa marka ay jiraan ugu yaraan { $count } jawaabood. Sidaas darteed qofna ma ogaan karo waxa qof kasta ka jawaabay.
sessions-title = Caawimaadda la bixiyay
field-session-site = Goobta
field-session-day = Maalinta
sessions-show = Muuji
sessions-none-day = Maalintan goobtan caawimaad laguma qorin.
sessions-follow-up-link = { $count ->
    [one] 1 caawimaad ayaa sugaysa in laga wada hadlo
   *[other] { $count } caawimaad ayaa sugaya in laga wada hadlo
}
follow-up-title = Kala hadal tabarrucaha
follow-up-lead = Halkan waxaa ku jira caawimaad uu tabarrucuhu ku arkay ama ku qoray koodhadhka qof kale. La hadal tabarrucaha si aad u taageerto, ee ha u ciqaabin.
follow-up-done = Waa laga wada hadlay
follow-up-none = Wax laga wada hadlo ma jiraan.
flash-followed-up = Waxaa la calaamadeeyay in laga wada hadlay.
nav-sessions = Caawimaadda la bixiyay
feedback-title = Noo sheeg
feedback-how-was-it = Caawimaaddu sidee ayay ahayd?
feedback-face-good = Wanaagsan
feedback-face-okay = Dhexdhexaad
feedback-face-bad = Xun
feedback-next-time = Mar kale ma adigu samayn kartaa tan?
feedback-next-alone = Haa
feedback-next-little-help = Caawimaad yar ayaan u baahanahay
feedback-next-not-yet = Weli maya
feedback-come-again = Mar kale ma iman lahayd?
feedback-yes = Haa
feedback-no = Maya
feedback-anonymous = Jawaabtaada magacaaga kuma jiro.
feedback-send = Dir
flash-feedback-thanks = Mahadsanid jawaabtaada!
flash-feedback-closed = Horay ayaad u jawaabtay, ama wakhtigii jawaabta waa dhammaaday.

## Changing a record afterwards, the person's answers on the volunteer's phone, unrecorded help

session-edit-title = Beddel qoraalka
session-edit = Beddel
session-correct = Sax
session-hand-over = Telefoon ma haystaan? Ha ku jawaabaan telefoonkaaga
flash-session-changed = Qoraalka waa la beddelay.
flash-session-corrected = Qoraalka waa la saxay. Saxitaanku wuxuu ku jiraa diiwaanka dhacdooyinka.
flash-feedback-handed-back = Jawaabta waa la kaydiyay. Mahadsanid! Hadda waad qori kartaa caawimaadda.
sessions-unrecorded-title = Caawimaad aan la qorin
sessions-unrecorded-lead = Caawimaaddan waa la dhammeeyay, laakiin maalintaas lama qorin. Kala hadal saaxiibka dijitaalka ah.
sessions-unrecorded = { $volunteer }: { $count ->
    [one] 1 caawimaad aan la qorin
   *[other] { $count } caawimaad oo aan la qorin
} – { $site }, { $day }
sessions-unrecorded-done = Waa laga wada hadlay
flash-reminder-done = Waxaa la calaamadeeyay in laga wada hadlay.
audit-session-corrected = Wuxuu saxay caawimaad la qoray
audit-subject-help-session = Caawimaad la qoray { $id }
