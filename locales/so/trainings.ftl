## Group trainings: recording one, the attendees' ratings

trainings-record-title = Diiwaan geli tababar koox
trainings-record-intro = Diiwaan geli tababar ay dad badan ka qayb galeen. Qof kasta oo ka qayb galay waxaa loo qorayaa in uu dhammeeyay maalintaas.
trainings-back = Ku noqo tababarrada
trainings-field-module = Tababarka
trainings-choose-module = Dooro tababar
trainings-field-date = Maalinta tababarka
trainings-field-trainer = Tababaraha
trainings-trainer-hint = Magaca tababaraha. Ugu badnaan { $count } xaraf.
trainings-field-attendees = Ka qayb galayaasha
trainings-attendees-hint = Dooro qof kasta oo tababarka joogay. Isuduwayaashu sidoo kale way ka qayb geli karaan.
trainings-coordinator = isuduwe
trainings-no-people = Ururka weli ma laha mutadawiciin.
trainings-record-save = Kaydi tababarka
trainings-error-no-attendee = Dooro ugu yaraan hal qof oo ka qayb galay.
trainings-column-ratings = Jawaab celin
trainings-means = Qanacsanaanta { $satisfaction } / 5, faa'iidada shaqada { $usefulness } / 5
trainings-means-hidden = Celceliska weli lama muujinayo.
trainings-answers = { $count ->
    [0] Jawaab ma jirto.
    [one] { $count } jawaab
   *[other] { $count } jawaabood
}
trainings-means-note = Celceliska waxaa la muujiyaa marka jawaabuhu yihiin ugu yaraan { $count }. Sidaas darteed jawaabta qof keliya lama arki karo.
trainings-mine-title = Tababarrada aan ka qayb galay
trainings-mine-intro = Halkan waxaa ku yaal tababarrada kooxeed ee aad ka qayb gashay. Noo sheeg waxa aad ka qabto.
trainings-mine-empty = Weli kama aadan qayb gelin tababar koox.
trainings-mine-link = Tababarrada aan ka qayb galay
trainings-column-date = Maalinta
trainings-column-trainer = Tababaraha
trainings-column-rating = Jawaab celintaada
trainings-rated = Waad bixisay jawaab celintaada. Mahadsanid!
trainings-rate = Bixi jawaab celin
trainings-rate-title = Jawaab celin ku saabsan tababarka
trainings-back-mine = Ku noqo tababarrada aan ka qayb galay
trainings-question-satisfaction = Intee in le'eg ayaad ku qanacday?
trainings-question-usefulness = Intee in le'eg ayuu shaqadaada ugu faa'iido lahaa?
trainings-satisfaction-low = Haba yaraatee kuma qanacsani
trainings-satisfaction-high = Aad baan ugu qanacsanahay
trainings-usefulness-low = Haba yaraatee faa'iido ma lahayn
trainings-usefulness-high = Aad buu faa'iido u lahaa
trainings-rate-hint = Jawaab celin waxaad bixin kartaa hal mar. Isuduwuhu wuxuu arkaa celceliska oo keliya.
trainings-rate-send = Dir jawaab celinta
flash-training-session-recorded = Tababarka waa la kaydiyay. Ka qayb galayaashu way dhammeeyeen.
flash-training-rated = Waad ku mahadsan tahay jawaab celintaada!
flash-training-rated-already = Horay ayaad jawaab celin uga bixisay tababarkan. Waxba lama beddelin.
audit-training-session-recorded = Wuxuu diiwaan geliyay tababar koox
