## Group trainings: recording one, the attendees' ratings

trainings-record-title = Merkitse ryhmäkoulutus
trainings-record-intro = Merkitse koulutus, johon osallistui monta ihmistä. Jokainen osallistuja saa koulutuksen suoritetuksi sinä päivänä.
trainings-back = Takaisin koulutuksiin
trainings-field-module = Koulutus
trainings-choose-module = Valitse koulutus
trainings-field-date = Koulutuksen päivä
trainings-field-trainer = Kouluttaja
trainings-trainer-hint = Kouluttajan nimi. Enintään { $count } merkkiä.
trainings-field-attendees = Osallistujat
trainings-attendees-hint = Valitse kaikki, jotka olivat koulutuksessa. Myös koordinaattorit voivat osallistua.
trainings-coordinator = koordinaattori
trainings-no-people = Organisaatiossa ei ole vielä vapaaehtoisia.
trainings-record-save = Tallenna koulutus
trainings-error-no-attendee = Valitse vähintään yksi osallistuja.
trainings-column-ratings = Palaute
trainings-means = Tyytyväisyys { $satisfaction } / 5, hyöty työssä { $usefulness } / 5
trainings-means-hidden = Keskiarvot eivät vielä näy.
trainings-answers = { $count ->
    [0] Ei vastauksia.
    [one] { $count } vastaus
   *[other] { $count } vastausta
}
trainings-means-note = Keskiarvot näkyvät, kun vastauksia on vähintään { $count }. Näin kenenkään yksittäistä vastausta ei voi nähdä.
trainings-mine-title = Koulutukset, joihin osallistuin
trainings-mine-intro = Tässä ovat ryhmäkoulutukset, joihin olet osallistunut. Kerro, mitä pidit niistä.
trainings-mine-empty = Et ole vielä osallistunut ryhmäkoulutukseen.
trainings-mine-link = Koulutukset, joihin osallistuin
trainings-column-date = Päivä
trainings-column-trainer = Kouluttaja
trainings-column-rating = Palautteesi
trainings-rated = Olet antanut palautteen. Kiitos!
trainings-rate = Anna palaute
trainings-rate-title = Palaute koulutuksesta
trainings-back-mine = Takaisin koulutuksiin, joihin osallistuin
trainings-question-satisfaction = Kuinka tyytyväinen olit?
trainings-question-usefulness = Kuinka hyödyllinen koulutus oli työssäsi?
trainings-satisfaction-low = En yhtään tyytyväinen
trainings-satisfaction-high = Erittäin tyytyväinen
trainings-usefulness-low = Ei yhtään hyödyllinen
trainings-usefulness-high = Erittäin hyödyllinen
trainings-rate-hint = Voit antaa palautteen kerran. Koordinaattori näkee vain keskiarvot.
trainings-rate-send = Lähetä palaute
flash-training-session-recorded = Koulutus on tallennettu. Osallistujat saivat sen suoritetuksi.
flash-training-rated = Kiitos palautteesta!
flash-training-rated-already = Olet jo antanut palautteen tästä koulutuksesta. Mitään ei muutettu.
audit-training-session-recorded = Merkitsi ryhmäkoulutuksen
