## Taking a queue number at a site (no account, nothing personal)

queue-take-title = Взять номер в очереди
queue-take-help = Вы получите номер. Помощник-волонтёр назовёт ваш номер.
field-first-language = На каком языке вам нужна помощь?
queue-error-language = Выберите язык.
field-second-language = Другой язык, который вам подходит (не обязательно)
form-hint-second-language = Если никто не говорит на вашем первом языке, на другом языке вы получите помощь быстрее.
queue-no-second-language = Без второго языка
queue-second-language-open = Я говорю и на другом языке
field-ticket-topics = С чем вам нужна помощь?
form-hint-ticket-topics = Выберите одну или несколько тем. Можно ничего не выбирать.
queue-more-topics = Больше тем
queue-tile-strong-eid = Банковские коды
queue-tile-kela = Kela
queue-tile-omakanta = OmaKanta
queue-tile-jobmarket = Поиск работы
queue-tile-banking = Интернет-банк
queue-tile-email = Электронная почта
queue-tile-smartphone-basics = Смартфон
queue-tile-scams-security = Мошен{"\u00AD"}ничество
field-first-visit = Я здесь в первый раз
queue-nothing-personal = Мы не спрашиваем ваше имя и другие данные о вас.
queue-take-submit = Взять номер
queue-closed-title = Сейчас здесь нет помощников-волонтёров
queue-closed-next = В следующий раз помощь здесь будет: { $when }.
queue-closed-none = Пока неизвестно, когда здесь будут цифровые помощники. Посмотрите другие места.
flash-ticket-taken = Теперь у вас есть номер. Не закрывайте эту страницу.

## The ticket page

ticket-title = Ваш номер в очереди
ticket-status-waiting = Вы ждёте своей очереди
ticket-status-matched = Помощник-волонтёр идёт к вам
ticket-status-done = Вам помогли. Спасибо, что пришли!
ticket-status-left = Вы вышли из очереди.
ticket-status-unserved = К сожалению, сегодня мы не успели вам помочь.
ticket-ahead = { $count ->
    [0] Перед вами никого нет.
    [one] Перед вами { $count } человек.
    [few] Перед вами { $count } человека.
    [many] Перед вами { $count } человек.
   *[other] Перед вами { $count } человека.
}
ticket-expected-wait = { $minutes ->
    [one] Ждать примерно { $minutes } минуту.
    [few] Ждать примерно { $minutes } минуты.
    [many] Ждать примерно { $minutes } минут.
   *[other] Ждать примерно { $minutes } минуты.
}
ticket-refresh = Обновить
ticket-needs-title = С чем вам нужна помощь
ticket-safety = Помощник-волонтёр никогда не спрашивает ваши банковские коды, PIN-коды или пароли. Вы вводите их сами.
ticket-leave = Я выхожу из очереди
flash-ticket-left = Вы вышли из очереди. Если вернётесь, можно взять новый номер.
flash-ticket-not-waiting = Этого номера больше нет в очереди.

## The poster at the site

poster-title = Плакат
poster-call = Возьмите номер в очереди с телефона
poster-qr-label = QR-код: адрес, где можно взять номер в очереди
poster-print-help = Распечатайте эту страницу и повесьте её на дверь этого места.
board-posters-title = Плакаты для номеров в очереди
board-poster-link = Плакат: { $site }
board-queue-link = Очередь сейчас: { $site }
ticket-your-helper = Ваш помощник-волонтёр { $name } подойдёт к вам. Место: { $site }.

## The queue board of a site (staff on duty)

duty-board-title = Очередь сейчас
duty-suggestions-title = Предложения
duty-suggestions-none = Сейчас предложений нет.
duty-accept = Назначить помощника для { $code }: { $name }
duty-unmatched-title = Пока без помощника
duty-widening = Может помочь:
duty-waiting-title = В очереди
duty-waiting-none = В очереди никого нет.
duty-waited = ждёт { $minutes } мин
field-duty-volunteer = Цифровой помощник
duty-match = Назначить помощника
duty-volunteers-title = Цифровые помощники на месте
duty-volunteers-none = Ещё никто не отметился на месте.
duty-free = Свободен
duty-busy-with = Помогает: { $code }
flash-duty-matched = Готово. Цифровой помощник видит это в своём телефоне.
flash-duty-taken = Не получилось назначить помощника. Кто-то успел раньше, или цифровой помощник уже занят.
reason-speaks = Говорит на языке: { $language } ({ $level })
reason-speaks-second = Говорит на втором выбранном языке: { $language } ({ $level })
reason-confident = Может помочь: { $topic }
reason-learning = Хочет научиться: { $topic }
reason-helped-before = Этот человек уже получал помощь от этого помощника
reason-waiting = Ждёт { $minutes } мин
reason-sessions-today = { $count ->
    [one] Помощь сегодня: { $count } раз
    [few] Помощь сегодня: { $count } раза
    [many] Помощь сегодня: { $count } раз
   *[other] Помощь сегодня: { $count } раза
}
why-nobody-speaks = Здесь никто не говорит на нужном языке: { $languages }.
why-only-trainee = На нужном языке говорит только волонтёр, который ещё проходит обучение: { $languages }.
why-all-busy = Все, кто говорит на этом языке, сейчас помогают другим.
widening-second-language = второй выбранный язык: { $language }
widening-pair-trainee = { $trainee } и { $with } вместе

## The volunteer's next person

nav-duty = Следующий человек
duty-next-title = Следующий человек
duty-next-none = Сейчас у вас никого нет. Обновите страницу чуть позже.
duty-call-help = Назовите номер вслух и скажите, кто вы.
duty-start = Я начинаю помогать
duty-finish = Готово
flash-duty-started = Хорошей работы!
flash-duty-finished = Спасибо! Помощь отмечена как оказанная.

## Nobody can help today

field-unserved-reason = Почему никто не может помочь?
duty-unserved = Сегодня никто не может помочь
unserved-no-language = Сегодня никто не говорит на этом языке
unserved-no-time = Сегодня не хватает времени
unserved-needs-authority = Этим занимается официальное учреждение
flash-duty-unserved = Сохранено. Человек видит причину на своей странице.
ticket-unserved-no-language = Сегодня здесь нет никого, кто говорит на вашем языке. Посмотрите, когда будет помощь на вашем языке.
ticket-unserved-no-time = Сегодня не хватает времени. Приходите в другой день.
ticket-unserved-needs-authority = В этом вам поможет официальное учреждение, например Kela или муниципалитет. Спросите совета у сотрудников на месте.

## Volunteers on duty may match

field-volunteers-may-match = Цифровые помощники на месте могут пользоваться очередью и назначать помощников
flash-volunteer-matching-saved = Настройка сохранена.
