## Group trainings: recording one, the attendees' ratings

trainings-record-title = Registrera en utbildning i grupp
trainings-record-intro = Registrera en utbildning som många deltog i. Varje deltagare får utbildningen markerad som genomförd den dagen.
trainings-back = Tillbaka till utbildningarna
trainings-field-module = Utbildning
trainings-choose-module = Välj en utbildning
trainings-field-date = Utbildningens dag
trainings-field-trainer = Utbildare
trainings-trainer-hint = Utbildarens namn. Högst { $count } tecken.
trainings-field-attendees = Deltagare
trainings-attendees-hint = Välj alla som var med på utbildningen. Också koordinatorer kan delta.
trainings-coordinator = koordinator
trainings-no-people = Organisationen har inga frivilliga ännu.
trainings-record-save = Spara utbildningen
trainings-error-no-attendee = Välj minst en deltagare.
trainings-column-ratings = Respons
trainings-means = Nöjdhet { $satisfaction } / 5, nytta i arbetet { $usefulness } / 5
trainings-means-hidden = Medelvärdena visas inte ännu.
trainings-answers = { $count ->
    [0] Inga svar.
    [one] { $count } svar
   *[other] { $count } svar
}
trainings-means-note = Medelvärdena visas från { $count } svar. Så kan ingen se en enskild persons svar.
trainings-mine-title = Utbildningar jag deltog i
trainings-mine-intro = Här är utbildningarna i grupp du har deltagit i. Berätta vad du tyckte om dem.
trainings-mine-empty = Du har inte deltagit i en utbildning i grupp ännu.
trainings-mine-link = Utbildningar jag deltog i
trainings-column-date = Dag
trainings-column-trainer = Utbildare
trainings-column-rating = Din respons
trainings-rated = Du har gett respons. Tack!
trainings-rate = Ge respons
trainings-rate-title = Respons på en utbildning
trainings-back-mine = Tillbaka till utbildningarna jag deltog i
trainings-question-satisfaction = Hur nöjd var du?
trainings-question-usefulness = Hur nyttig var den för ditt arbete?
trainings-satisfaction-low = Inte alls nöjd
trainings-satisfaction-high = Mycket nöjd
trainings-usefulness-low = Inte alls nyttig
trainings-usefulness-high = Mycket nyttig
trainings-rate-hint = Du kan ge respons en gång. Koordinatorn ser bara medelvärdena.
trainings-rate-send = Skicka respons
flash-training-session-recorded = Utbildningen är sparad. Deltagarna har den markerad som genomförd.
flash-training-rated = Tack för din respons!
flash-training-rated-already = Du har redan gett respons på den här utbildningen. Inget ändrades.
audit-training-session-recorded = Registrerade en utbildning i grupp
