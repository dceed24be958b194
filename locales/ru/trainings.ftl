## Group trainings: recording one, the attendees' ratings

trainings-record-title = Записать групповое обучение
trainings-record-intro = Запишите курс, который прошли сразу несколько человек. Каждому участнику курс будет отмечен как пройденный в этот день.
trainings-back = Назад к обучению
trainings-field-module = Курс
trainings-choose-module = Выберите курс
trainings-field-date = День обучения
trainings-field-trainer = Преподаватель
trainings-trainer-hint = Имя преподавателя. Не более { $count } символов.
trainings-field-attendees = Участники
trainings-attendees-hint = Отметьте всех, кто был на обучении. Координаторы тоже могут участвовать.
trainings-coordinator = координатор
trainings-no-people = В организации пока нет волонтёров.
trainings-record-save = Сохранить обучение
trainings-error-no-attendee = Выберите хотя бы одного участника.
trainings-column-ratings = Отзывы
trainings-means = Удовлетворённость: { $satisfaction } / 5, польза для работы: { $usefulness } / 5
trainings-means-hidden = Средние оценки пока не показываются.
trainings-answers = { $count ->
    [0] Ответов нет.
    [one] { $count } ответ
    [few] { $count } ответа
    [many] { $count } ответов
   *[other] { $count } ответа
}
trainings-means-note = Средние оценки показываются, когда ответов не меньше { $count }. Так ничей отдельный ответ нельзя увидеть.
trainings-mine-title = Обучение, которое я прошёл(а)
trainings-mine-intro = Здесь групповые обучения, в которых вы участвовали. Расскажите, как они вам.
trainings-mine-empty = Вы ещё не участвовали в групповом обучении.
trainings-mine-link = Моё обучение
trainings-column-date = День
trainings-column-trainer = Преподаватель
trainings-column-rating = Ваш отзыв
trainings-rated = Вы уже оставили отзыв. Спасибо!
trainings-rate = Оставить отзыв
trainings-rate-title = Отзыв об обучении
trainings-back-mine = Назад к моему обучению
trainings-question-satisfaction = Насколько вы довольны?
trainings-question-usefulness = Насколько это полезно для вашей работы?
trainings-satisfaction-low = Совсем не доволен(на)
trainings-satisfaction-high = Очень доволен(на)
trainings-usefulness-low = Совсем не полезно
trainings-usefulness-high = Очень полезно
trainings-rate-hint = Отзыв можно оставить один раз. Координатор видит только средние оценки.
trainings-rate-send = Отправить отзыв
flash-training-session-recorded = Обучение сохранено. Участникам курс отмечен как пройденный.
flash-training-rated = Спасибо за отзыв!
flash-training-rated-already = Вы уже оставили отзыв об этом обучении. Ничего не изменилось.
audit-training-session-recorded = Запись группового обучения
