## Sites run by the coordinators

nav-sites = Места
sites-title = Места
site-add = Добавить место
site-new-title = Новое место
site-edit-title = Данные места
site-create = Добавить место
site-edit = Изменить
site-close = Закрыть место
site-reopen = Снова открыть место
site-closed = Это место закрыто.
site-queue-paused = Выдача номеров в очереди приостановлена.
sites-back = Назад к местам
sites-empty-title = Мест пока нет
sites-empty-help = Сначала добавьте место, где помогают цифровые помощники. Потом вы сможете создавать там смены и распечатать плакат этого места.
field-site-name = Название места
field-site-kind = Тип места
field-site-address = Адрес
field-site-code = Короткий код
form-hint-site-code = 3–10 букв A–Z или цифр, первый знак — буква. Код есть на плакате и на номерах в очереди. Если вы измените код, старый адрес на плакате будет работать ещё полгода.
field-site-opening = Часы работы и как найти помощь
form-hint-site-opening = Это видят люди, которым нужна помощь. Пишите на своём языке. Можно писать и на других языках.
field-site-access = Доступность
form-hint-site-access = Например, лестница, лифт или вход без ступенек.
field-site-tables = Столы
form-hint-site-tables = Один стол или пункт на строку, например 1 и 2. Цифровой помощник выбирает стол, когда приходит на смену.
site-error-code = В коде 3–10 букв A–Z или цифр, и первый знак — буква.
site-error-code-taken = Этот код уже занят. Выберите другой.
site-error-tables = Проверьте столы: не больше 30, у каждого своё название, не больше 30 символов.
flash-site-created = Место добавлено.
flash-site-saved = Данные места сохранены.
flash-site-closed = Место закрыто.
flash-site-reopened = Место снова открыто.
site-close-title = Закрыть место?
site-close-help = В закрытом месте нельзя взять номер в очереди, и люди, которым нужна помощь, не видят это место. Смены и история места сохраняются. Вы можете снова открыть место.
site-close-confirm = Да, закрыть место
form-keep = Нет, вернуться назад
form-other-languages = На других языках
audit-site-created = Добавление места
audit-site-changed = Изменение данных места
audit-site-closed = Закрытие места
audit-site-reopened = Повторное открытие места
audit-subject-site = Место { $id }

## The first steps of a new organisation

steps-title = С чего начать
steps-site = Добавьте первое место
steps-series = Создайте смену, которая повторяется каждую неделю
steps-join-link = Отправьте волонтёрам ссылку для вступления
steps-poster = Распечатайте плакат места
steps-done = Готово
shift-no-sites = Смена всегда проходит в каком-то месте. Сначала добавьте место.

## The day at the site

nav-today = Сегодня
today-title = Сегодня
today-open = Можно взять номер в очереди
today-not-open = Сейчас закрыто
today-waiting = { $count ->
    [one] { $count } человек в очереди
    [few] { $count } человека в очереди
    [many] { $count } человек в очереди
   *[other] { $count } человека в очереди
}
today-empty-title = Сегодня смен нет
today-empty-help = Когда в каком-то месте сегодня есть смена, здесь видно, кто на месте и сколько людей ждёт.
nav-queue = Очередь
field-table = Стол
table-none = Без стола
duty-at-table = Стол { $table }
duty-seat = Сменить стол
flash-duty-seated = Стол изменён.
flash-duty-not-on-duty = Этого цифрового помощника сейчас нет на месте.
duty-undo-title = Ещё можно отменить
duty-undo-unserved = Отменить: не смогли помочь ({ $code })
flash-duty-undone = Отменено. Номер снова в очереди.
flash-duty-undo-too-late = Это уже нельзя отменить.
duty-controls-title = Управление очередью
duty-pause = Приостановить выдачу номеров
duty-resume = Возобновить выдачу номеров
flash-queue-paused = Сейчас нельзя взять новый номер.
flash-queue-resumed = Номера снова можно брать.
field-remove-minutes = Удалить номера в очереди, взятые за последние минуты
form-hint-remove-minutes = Если кто-то берёт много номеров, которыми никто не пользуется. Напишите число минут (1–240).
duty-remove = Удалить номера
flash-queue-removed = Номера удалены.
duty-on-duty-at = Вы на смене. Место: { $site }. Эта страница обновляется сама.
duty-check-in-first = Сначала отметьтесь на месте на странице вашей смены.
board-undo-check-in = Отменить отметку «на месте»: { $name }
board-undo-no-show = Отменить неявку: { $name }
shift-refusal-not-started = Смена ещё не началась.
shift-refusal-undo-too-late = Эту отметку уже нельзя отменить.

## Queue numbers: one per phone, pauses, help in another language

queue-you-have = У вас уже есть номер { $code } в этом месте.
queue-open-yours = Открыть мой номер
flash-ticket-already = У вас уже есть номер. Вот он.
queue-paused = Сейчас нельзя взять номер. Спросите сотрудников на месте.
queue-site-closed = Это место закрыто.
queue-too-many = Только что взяли слишком много номеров. Подождите немного и попробуйте ещё раз.
ticket-status-helping = Сейчас вам помогает помощник-волонтёр
ticket-helping-help = Помощь началась. Вы всё делаете сами, а помощник подсказывает.
ticket-status-removed = Сотрудники удалили этот номер.
ticket-your-helper-table = Ваш помощник-волонтёр: { $name }. Подойдите к столу { $table }.
ticket-requeued = Ваш помощник не может помочь. Вы остаётесь в очереди и не теряете свою очередь. Мы ищем для вас другого помощника.
ticket-nobody-speaks = Сейчас здесь никто не говорит на языке: { $language }.
ticket-second-language = Здесь никто не говорит на вашем первом языке. Помощник-волонтёр может помочь на языке: { $language }.
ticket-next-help = В следующий раз помощь на вашем языке будет: { $when }, { $site }.
ticket-next-help-none = В ближайшие две недели помощи на этом языке не будет.
ticket-may-wait = Вы всё равно можете остаться в очереди. Возможно, кто-то поможет на другом языке.
ticket-leave-title = Выйти из очереди?
ticket-leave-help = Если вы уйдёте, ваш номер будет удалён из очереди. Если вернётесь, можно взять новый номер.
ticket-leave-confirm = Да, я выхожу из очереди
ticket-stay = Нет, я остаюсь в очереди

## Weekly series: one shift or more

shift-scope-title = К каким сменам относится изменение?
form-hint-shift-scope = В еженедельной серии у каждой смены остаётся свой день. Время, места и языки меняются в тех сменах, которые вы выберете.
shift-scope-one = Только эта смена
shift-scope-following = Эта смена и следующие
shift-scope-series = Все смены этой серии
shift-cancel-title = Отменить смену?
shift-cancel-help = Те, кто записался на смену, получат сообщение, что смена отменена.
shift-cancel-confirm = Да, отменить
shift-error-date-window = Выберите день не раньше чем год назад и не позже чем через два года.

## Passwords and joining by mail

login-forgot-link = Забыли пароль?
forgot-title = Забытый пароль
forgot-help = Напишите адрес электронной почты. Мы отправим на него ссылку. По этой ссылке можно создать новый пароль.
forgot-submit = Отправить ссылку
forgot-sent = Если с этим адресом есть учётная запись, ссылка уже отправлена. Проверьте электронную почту. Ссылка работает одни сутки.
forgot-too-many = Запрошено слишком много ссылок. Попробуйте позже.
mail-reset-subject = Новый пароль для Digikaveri
mail-reset-body = Кто-то запросил новый пароль для этого адреса электронной почты. Создайте новый пароль по этой ссылке: { $link } Ссылка работает одни сутки. Если вы не запрашивали новый пароль, просто не обращайте внимания на это письмо.
join-mailed-title = Проверьте электронную почту
join-mailed-body = Мы отправили ссылку на адрес { $email }.
join-mailed-help = Откройте ссылку в течение двух дней. Тогда вы вступите, и координатор свяжется с вами.
mail-join-subject = Станьте цифровым помощником: { $organisation }
mail-join-body = Спасибо, что хотите стать цифровым помощником! Закончите вступление по этой ссылке: { $link } Ссылка работает два дня.
mail-join-member-subject = У вас уже есть учётная запись в Digikaveri
mail-join-member-body = Кто-то пытался вступить в организацию { $organisation } с этим адресом электронной почты. У вас уже есть учётная запись. Если вы забыли пароль, создайте новый здесь: { $link }
join-confirm-title = Завершите вступление
join-confirm-help = Нажмите кнопку. Тогда будет создана ваша учётная запись, и вы вступите.
join-confirm-submit = Стать цифровым помощником
flash-join-member = У вас уже есть учётная запись. Войдите.
form-error-too-often = Слишком много попыток. Попробуйте позже.
audit-password-reset-requested = Запрос ссылки для нового пароля
error-403-form-body = Не удалось проверить форму. Браузер не вернул свой файл cookie. Откройте сервис по его собственному адресу и разрешите файлы cookie:
