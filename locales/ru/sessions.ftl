## Help sessions: the volunteer's record, the coordinator's lists, the person's answers

session-record-title = Записать помощь
session-walk-in-lead = Запишите помощь, если человек подошёл прямо к вашему столу без номера в очереди или если вы помогали небольшой группе.
field-session-outcome = Чем закончилась помощь?
outcome-self = Человек научился делать это сам
outcome-together = Сделали вместе
outcome-partly = Сделано частично
outcome-referred = Направили в другое место
outcome-unsolved = Решить вопрос не удалось
field-session-referred-to = Куда вы направили человека?
form-hint-session-referred-to = Только если вы направили человека в другое место.
session-not-referred = Никуда не направляли
referral-kela = Пункт обслуживания Kela
referral-city-digital-support = Цифровая поддержка города
referral-library = Библиотека
referral-employment-services = Службы занятости
referral-social-worker = Социальный работник
referral-family = Семья или знакомые
referral-other-service = Другая служба
field-session-saw-codes = Вы видели или вводили коды или пароли этого человека?
form-hint-session-saw-codes = Ответьте честно. Координатор обсудит это с вами. Это не наказание.
session-saw-codes-no = Нет
session-saw-codes-yes = Да, я видел(а) или вводил(а) коды
session-save = Сохранить
session-details = Проверить данные
field-session-minutes = Длительность в минутах
form-hint-session-minutes = 1–480 минут.
field-session-people = Сколько человек?
form-hint-session-people = 1 — один человек, 2–10 — небольшая группа.
field-session-language = Язык, на котором вы помогали
field-session-device = Чьё устройство?
device-own-phone = Собственный телефон человека
device-own-computer = Собственный компьютер человека
device-site-computer = Компьютер на месте
field-session-topics = С чем вы помогали
field-session-first-visit = Человек пришёл сюда в первый раз
field-session-note = Что нового я узнал(а) сегодня (не обязательно)
form-hint-session-note = Это видите только вы. Пишите о своём обучении, а не о человеке, которому вы помогали.
form-error-identifies = Удалите личный идентификационный код, номер телефона, адрес электронной почты или номер карты. По заметке не должно быть понятно, кто этот человек.
session-error-minutes = Напишите длительность в минутах, 1–480.
session-error-people = Напишите число людей, 1–10.
session-error-outcome = Выберите, чем закончилась помощь.
session-error-referred-to = Выберите, куда вы направили человека.
session-error-not-on-duty = Такую помощь можно записать, только когда вы отметились на месте в своей смене.
flash-session-recorded = Помощь записана. Спасибо!
duty-to-record = Ещё не записано
duty-record-ticket = Записать { $code }
duty-record-walk-in = Записать помощь без номера в очереди
sessions-own-title = Мои записи о помощи
sessions-none = Вы ещё ничего не записали.
session-line = { $people ->
    [one] { $minutes } мин
    [few] { $minutes } мин, { $people } человека
    [many] { $minutes } мин, { $people } человек
   *[other] { $minutes } мин, { $people } человека
}
session-own-note = Моя заметка
sessions-feedback-title = Что ответили люди
sessions-feedback-totals = Ответов: { $answers }. Хорошо: { $good }, нормально: { $okay }, плохо: { $bad }.
sessions-feedback-alone = { $count ->
    [one] { $count } человек ответил, что в следующий раз сможет сделать это сам.
    [few] { $count } человека ответили, что в следующий раз смогут сделать это сами.
    [many] { $count } человек ответили, что в следующий раз смогут сделать это сами.
   *[other] { $count } человека ответили, что в следующий раз смогут сделать это сами.
}
sessions-feedback-too-few = Сводка появится, когда ответов будет не меньше { $count }. Так никто не узнает, кто что ответил.
sessions-title = Записи о помощи
field-session-site = Место
field-session-day = День
sessions-show = Показать
sessions-none-day = В этот день в этом месте нет записей о помощи.
sessions-follow-up-link = { $count ->
    [one] { $count } запись нужно обсудить
    [few] { $count } записи нужно обсудить
    [many] { $count } записей нужно обсудить
   *[other] { $count } записи нужно обсудить
}
follow-up-title = Обсудить с волонтёром
follow-up-lead = В этих случаях волонтёр видел или вводил коды другого человека. Поговорите с ним об этом, чтобы поддержать его, а не наказать.
follow-up-done = Обсуждено
follow-up-none = Обсуждать нечего.
flash-followed-up = Отмечено как обсуждённое.
nav-sessions = Записи о помощи
feedback-title = Расскажите нам
feedback-how-was-it = Какой была помощь?
feedback-face-good = Хорошо
feedback-face-okay = Нормально
feedback-face-bad = Плохо
feedback-next-time = В следующий раз вы сможете сделать это сами?
feedback-next-alone = Да
feedback-next-little-help = С небольшой помощью
feedback-next-not-yet = Пока нет
feedback-come-again = Вы придёте снова?
feedback-yes = Да
feedback-no = Нет
feedback-anonymous = Ваш ответ анонимный.
feedback-send = Отправить
flash-feedback-thanks = Спасибо за ответ!
flash-feedback-closed = Вы уже ответили, или время для ответа закончилось.

## Changing a record afterwards, the person's answers on the volunteer's phone, unrecorded help

session-edit-title = Изменить запись
session-edit = Изменить
session-correct = Исправить
session-hand-over = Нет телефона? Дайте человеку ответить на вашем телефоне
flash-session-changed = Запись изменена.
flash-session-corrected = Запись исправлена. Исправление есть в журнале событий.
flash-feedback-handed-back = Ответ сохранён. Спасибо! Теперь можно записать помощь.
sessions-unrecorded-title = Незаписанная помощь
sessions-unrecorded-lead = Эта помощь была отмечена как законченная, но не записана в тот день. Обсудите это с помощником.
sessions-unrecorded = { $volunteer }: { $count ->
    [one] { $count } незаписанный случай помощи
    [few] { $count } незаписанных случая помощи
   *[many] { $count } незаписанных случаев помощи
} — { $site }, { $day }
sessions-unrecorded-done = Обсуждено
flash-reminder-done = Отмечено как обсуждённое.
audit-session-corrected = Исправил(а) запись о помощи
audit-subject-help-session = Запись о помощи { $id }
