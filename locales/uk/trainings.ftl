## Group trainings: recording one, the attendees' ratings

trainings-record-title = Записати групове навчання
trainings-record-intro = Запишіть курс, який пройшли одразу кілька людей. Кожному учасникові курс буде позначено як пройдений у цей день.
trainings-back = Назад до навчання
trainings-field-module = Курс
trainings-choose-module = Виберіть курс
trainings-field-date = День навчання
trainings-field-trainer = Викладач
trainings-trainer-hint = Ім'я викладача. Не більше { $count } символів.
trainings-field-attendees = Учасники
trainings-attendees-hint = Позначте всіх, хто був на навчанні. Координатори теж можуть брати участь.
trainings-coordinator = координатор
trainings-no-people = В організації ще немає волонтерів.
trainings-record-save = Зберегти навчання
trainings-error-no-attendee = Виберіть хоча б одного учасника.
trainings-column-ratings = Відгуки
trainings-means = Задоволеність: { $satisfaction } / 5, користь для роботи: { $usefulness } / 5
trainings-means-hidden = Середні оцінки ще не показуються.
trainings-answers = { $count ->
    [0] Відповідей немає.
    [one] { $count } відповідь
    [few] { $count } відповіді
    [many] { $count } відповідей
   *[other] { $count } відповіді
}
trainings-means-note = Середні оцінки показуються, коли відповідей щонайменше { $count }. Так нічию окрему відповідь не видно.
trainings-mine-title = Навчання, яке я пройшов(ла)
trainings-mine-intro = Тут групові навчання, у яких ви брали участь. Розкажіть, як вони вам.
trainings-mine-empty = Ви ще не брали участі в груповому навчанні.
trainings-mine-link = Моє навчання
trainings-column-date = День
trainings-column-trainer = Викладач
trainings-column-rating = Ваш відгук
trainings-rated = Ви вже залишили відгук. Дякуємо!
trainings-rate = Залишити відгук
trainings-rate-title = Відгук про навчання
trainings-back-mine = Назад до мого навчання
trainings-question-satisfaction = Наскільки ви задоволені?
trainings-question-usefulness = Наскільки це корисно для вашої роботи?
trainings-satisfaction-low = Зовсім не задоволений(а)
trainings-satisfaction-high = Дуже задоволений(а)
trainings-usefulness-low = Зовсім не корисно
trainings-usefulness-high = Дуже корисно
trainings-rate-hint = Відгук можна залишити один раз. Координатор бачить лише середні оцінки.
trainings-rate-send = Надіслати відгук
flash-training-session-recorded = Навчання збережено. Учасникам курс позначено як пройдений.
flash-training-rated = Дякуємо за відгук!
flash-training-rated-already = Ви вже залишили відгук про це навчання. Нічого не змінилося.
audit-training-session-recorded = Запис групового навчання
