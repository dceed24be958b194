## Group trainings: recording one, the attendees' ratings

trainings-record-title = Märgi rühmakoolitus
trainings-record-intro = Märgi koolitus, kus osales mitu inimest. Iga osaleja saab koolituse sel päeval läbituks.
trainings-back = Tagasi koolituste juurde
trainings-field-module = Koolitus
trainings-choose-module = Vali koolitus
trainings-field-date = Koolituse päev
trainings-field-trainer = Koolitaja
trainings-trainer-hint = Koolitaja nimi. Kuni { $count } märki.
trainings-field-attendees = Osalejad
trainings-attendees-hint = Vali kõik, kes olid koolitusel. Ka koordinaatorid võivad osaleda.
trainings-coordinator = koordinaator
trainings-no-people = Organisatsioonis pole veel vabatahtlikke.
trainings-record-save = Salvesta koolitus
trainings-error-no-attendee = Vali vähemalt üks osaleja.
trainings-column-ratings = Tagasiside
trainings-means = Rahulolu { $satisfaction } / 5, kasu tööks { $usefulness } / 5
trainings-means-hidden = Keskmisi veel ei näidata.
trainings-answers = { $count ->
    [0] Vastuseid pole.
    [one] { $count } vastus
   *[other] { $count } vastust
}
trainings-means-note = Keskmised on näha, kui vastuseid on vähemalt { $count }. Nii ei saa kellegi üksikut vastust näha.
trainings-mine-title = Koolitused, kus osalesin
trainings-mine-intro = Siin on rühmakoolitused, kus sa osalesid. Ütle, mida sa neist arvasid.
trainings-mine-empty = Sa pole veel rühmakoolitusel osalenud.
trainings-mine-link = Koolitused, kus osalesin
trainings-column-date = Päev
trainings-column-trainer = Koolitaja
trainings-column-rating = Sinu tagasiside
trainings-rated = Sa oled tagasiside andnud. Aitäh!
trainings-rate = Anna tagasisidet
trainings-rate-title = Tagasiside koolitusele
trainings-back-mine = Tagasi koolituste juurde, kus osalesin
trainings-question-satisfaction = Kui rahul sa olid?
trainings-question-usefulness = Kui kasulik see sinu tööks oli?
trainings-satisfaction-low = Üldse mitte rahul
trainings-satisfaction-high = Väga rahul
trainings-usefulness-low = Üldse mitte kasulik
trainings-usefulness-high = Väga kasulik
trainings-rate-hint = Tagasisidet saad anda ühe korra. Koordinaator näeb ainult keskmisi.
trainings-rate-send = Saada tagasiside
flash-training-session-recorded = Koolitus on salvestatud. Osalejad said selle läbituks.
flash-training-rated = Aitäh tagasiside eest!
flash-training-rated-already = Sa oled sellele koolitusele juba tagasisidet andnud. Midagi ei muudetud.
audit-training-session-recorded = Märkis rühmakoolituse
