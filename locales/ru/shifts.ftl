## Navigation

nav-shifts = Смены
nav-shift-board = Смены недели
nav-help = Помощь на своём языке

## Shift form (coordinator)

shift-new-title = Новая смена
shift-edit-title = Изменить смену
shift-create = Создать смену
shift-edit = Изменить
shift-cancel = Отменить смену
field-site = Место
field-date = День
field-start = Начало
field-end = Конец
field-places = Число мест для волонтёров
form-hint-places = Сколько цифровых помощников может быть в смене (1–50).
shift-wanted-languages = Нужные языки
form-hint-wanted-languages = Языки, которые особенно нужны в этом месте. Можно оставить пустым.
field-shift-notes = Информация для волонтёров
form-hint-shift-notes = Например, через какую дверь входить.
field-repeat = Смена повторяется?
shift-repeat-once = Только один раз
shift-repeat-weekly = Каждую неделю в то же время
field-until = Последний день
form-hint-until = Последний день смены, которая повторяется каждую неделю.
shift-error-ends-before-start = Конец смены должен быть позже начала.
shift-error-places = Напишите число от 1 до 50.
shift-error-places-taken = В смене уже больше волонтёров. Мест не может быть меньше.
shift-error-series-end = Напишите последний день, если смена повторяется каждую неделю.
shift-error-series-end-before = Последний день не может быть раньше первого дня.
shift-error-series-too-long = Повторяющаяся смена может длиться не больше года.
board-back = Назад к сменам недели

## Week board (coordinator)

board-title = Смены недели
board-week-nav = Недели
board-previous-week = Предыдущая неделя
board-next-week = Следующая неделя
board-gaps-title = Чего не хватает на этой неделе
board-no-gaps = Всего хватает. Во всех сменах достаточно людей и языков.
board-empty = На этой неделе смен нет.
board-places = Занято мест: { $confirmed } из { $places }
board-waiting = { $count ->
    [one] { $count } человек в очереди
    [few] { $count } человека в очереди
    [many] { $count } человек в очереди
   *[other] { $count } человека в очереди
}
board-nobody = Ещё никто не записался.
board-new-volunteer = Новичок
board-checked-in = На месте
board-no-show = Неявка
board-check-in = Отметить, что на месте: { $name }
board-mark-no-show = Отметить неявку: { $name }
board-gap-language = Никто не говорит на языке: { $language }
board-gap-places = { $count ->
    [one] { $count } свободное место
    [few] { $count } свободных места
    [many] { $count } свободных мест
   *[other] { $count } свободного места
}
board-gap-new-alone = Новый волонтёр будет в смене один
board-gap-line = { $when }, { $site }: { $gap }
board-settings-title = Настройки
field-withdraw-limit = Крайний срок отмены (в часах)
form-hint-withdraw-limit = Волонтёр может сам отменить смену не позже чем за столько часов до начала (0–336).
shift-error-withdraw-limit = Напишите число от 0 до 336.
shift-cancelled = Смена отменена.

## A volunteer's shifts

shifts-mine-title = Мои смены
shifts-mine-coming = Мои будущие смены
shifts-mine-none = У вас нет будущих смен.
shift-you-are-confirmed = Вы записаны
shift-you-are-waiting = Вы в очереди. Ваш номер: { $place }
shift-you-checked-in = Вы отметились на месте.
shift-check-in = Я на месте
shift-check-out = Я ухожу
shift-withdraw = Отменить участие
shifts-open-title = Смены, на которые вы можете прийти
shifts-open-none = Сейчас свободных смен нет.
shift-free-places = { $count ->
    [one] { $count } свободное место
    [few] { $count } свободных места
    [many] { $count } свободных мест
   *[other] { $count } свободного места
}
shift-sign-up = Я приду на эту смену
shifts-full-title = Заполненные смены
shift-join-waiting-list = Встать в очередь на эту смену
shifts-not-active = Вы сможете выбирать смены, когда координатор подтвердит, что вы прошли обучение.
shifts-past-title = Прошедшие смены
shifts-past-when = Когда
shifts-past-hours = Часы
notices-title = Изменения в ваших сменах
notices-read = Прочитано
notice-changed = Смена изменилась: { $when }, { $site }.
notice-cancelled = Смена отменена: { $when }, { $site }.
notice-promoted = Место освободилось. Вы записаны на смену: { $when }, { $site }.
shift-refusal-not-active = Вы сможете выбирать смены только после того, как координатор подтвердит, что вы прошли обучение.
shift-refusal-no-such-shift = Смена не найдена.
shift-refusal-cancelled = Смена отменена.
shift-refusal-started = Смена уже началась.
shift-refusal-already = Вы уже записаны на эту смену.
shift-refusal-overlaps = У вас уже есть смена в это же время.
shift-refusal-not-signed-up = Вы не записаны на эту смену.
shift-refusal-too-late = Сами вы уже не можете отменить смену. Позвоните координатору.
shift-refusal-check-in-closed = Отметиться на месте можно только незадолго до начала смены.
flash-signed-up = Вы записаны на смену.
flash-waiting-list = Смена заполнена. Вы в очереди. Если место освободится, вы получите сообщение на этой странице.
flash-withdrawn = Ваше участие отменено.
flash-checked-in = Вы отметились на месте. Хорошей смены!
flash-checked-out = Ваш уход отмечен. Спасибо!
flash-notices-read = Сообщения прочитаны.
flash-shifts-created = Смены созданы.
flash-shift-changed = Смена изменена. Участники смены увидят изменение на своей странице.
flash-shift-cancelled = Смена отменена. Участники смены увидят это на своей странице.
flash-attendance-recorded = Отметка сохранена.
flash-withdraw-limit-saved = Срок отмены сохранён.
flash-calendar-link-renewed = У календаря новый адрес. Старый адрес больше не работает.

## Calendar feed

calendar-title = Смены в вашем календаре
calendar-help = Добавьте этот адрес в календарь на телефоне. Там будут видны ваши смены. Не давайте этот адрес другим людям.
calendar-renew = Создать новый адрес
calendar-name = Смены Digikaveri
calendar-event = Digikaveri: { $site }

## Help in my language (public)

help-title = Помощь на своём языке
help-lead = Выберите язык. Вы увидите, когда и где помощник-волонтёр говорит на этом языке.
field-help-language = Язык
field-help-topic = С чем вам нужна помощь? (не обязательно)
help-any-topic = С чем угодно
help-search = Показать расписание
help-times-title = Помощь на языке: { $language }
help-topic-fallback = Никто не сказал, что знает именно эту тему. Эти цифровые помощники говорят на вашем языке. Возможно, они всё равно помогут.
help-none = { $days ->
    [one] В ближайший { $days } день помощи на этом языке пока нет. Посмотрите ещё раз позже.
    [few] В ближайшие { $days } дня помощи на этом языке пока нет. Посмотрите ещё раз позже.
    [many] В ближайшие { $days } дней помощи на этом языке пока нет. Посмотрите ещё раз позже.
   *[other] В ближайшие { $days } дня помощи на этом языке пока нет. Посмотрите ещё раз позже.
}
