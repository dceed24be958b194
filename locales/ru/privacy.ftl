# The privacy notice, the retention rules and a volunteer's own data.
footer-privacy = Защита данных: что мы храним и как долго
privacy-title = Защита данных
privacy-intro = Digikaveri хранит только то, что нужно для помощи, смен волонтёров и отчётов для спонсоров. Ниже сказано, что хранится, зачем и как долго.
privacy-kept-title = Что хранится и как долго
privacy-rights-title = Ваши данные
privacy-rights = Волонтёр может скачать все данные о себе в разделе «Мои данные» и увидеть, кто из сотрудников смотрел его страницу. Мы не храним имён и контактов тех, кто приходит за помощью.
rule-unclaimed-tickets = Номера в очереди
rule-unclaimed-tickets-why = Номер, языки и темы нужны, чтобы найти подходящего волонтёра. Цифры за день остаются для отчётов, без номера.
rule-ticket-links = Связь номера в очереди с записанной помощью
rule-ticket-links-why = Связь нужна для отзыва и записи. Она удаляется после отзыва или в конце дня.
rule-sign-in-sessions = Входы в систему
rule-sign-in-sessions-why = Вход заканчивается через восемь часов без действий. Законченный вход удаляется.
rule-sign-in-attempts = Попытки входа
rule-sign-in-attempts-why = Попытки считаются, чтобы никто не мог подобрать пароль.
rule-used-links = Использованные и просроченные ссылки
rule-used-links-why = Ссылки для смены пароля, приглашения и вступления удаляются, когда они использованы или просрочены.
rule-limit-counts = Ограничения публичных форм
rule-limit-counts-why = Считаются, чтобы никто не мог заполнить очередь. От адреса хранится только хеш.
rule-audit-log = Журнал событий
rule-audit-log-why = Журнал показывает, кто что сделал и кто смотрел чьи данные.
rule-inactive-volunteers = Учётная запись волонтёра
rule-inactive-volunteers-why = Если вы не входили год, мы спросим, хотите ли вы сохранить учётную запись. Если вы не ответите в течение месяца, ваше имя, почта и телефон будут удалены. Число записанных случаев помощи остаётся в отчётах.
period-end-of-day = До конца дня очереди.
period-hours = { $count ->
    [one] { $count } час.
    [few] { $count } часа.
   *[other] { $count } часов.
}
period-days = { $count ->
    [one] { $count } день.
    [few] { $count } дня.
   *[other] { $count } дней.
}
period-months = { $count ->
    [one] { $count } месяц.
    [few] { $count } месяца.
   *[other] { $count } месяцев.
}
period-years = { $count ->
    [one] { $count } год.
    [few] { $count } года.
   *[other] { $count } лет.
}
retention-title = Хранение данных
retention-help = Эти правила сами удаляют данные, когда их срок прошёл. Они запускаются раз в час.
retention-last-run = Последний запуск: { $when }.
retention-never-run = Правила ещё не запускались.
retention-col-rule = Что
retention-col-period = Как долго
retention-col-removed = Удалено в прошлый раз
retention-asked = { $count ->
    [0] В прошлый раз никого не спросили.
    [one] В прошлый раз { $count } волонтёра спросили, сохранить ли учётную запись.
   *[other] В прошлый раз { $count } волонтёров спросили, сохранить ли учётную запись.
}
audit-retention-run = Старые данные удалены
audit-account-kept = Волонтёр решил сохранить учётную запись
audit-data-exported = Свои данные скачаны
audit-subject-service = Сервис
inactive-title = Хотите сохранить учётную запись?
inactive-help = Вы не входили год. Если вы не ответите в течение месяца, ваши данные будут удалены.
inactive-keep = Сохранить мою учётную запись
flash-account-kept = Спасибо! Ваша учётная запись сохранена.
mail-inactive-subject = Хотите сохранить учётную запись Digikaveri?
mail-inactive-body = Вы не входили в Digikaveri год. Чтобы сохранить учётную запись, войдите в течение месяца: { $link }
    Иначе ваше имя, почта и телефон будут удалены.
account-data-link = Мои данные: что обо мне хранится
data-title = Мои данные
data-help = Здесь всё, что о вас хранится. Те же данные можно скачать файлом. Каждое скачивание записывается в журнал событий.
data-download = Скачать мои данные (JSON)
data-staff-views-title = Кто из сотрудников смотрел вашу страницу
data-staff-view = { $when }: { $who }
data-staff-view-gone = { $when }: удалённая учётная запись
data-staff-views-empty = Никто из сотрудников не смотрел вашу страницу.
data-section-empty = Нет данных.
