## Signing in

login-title = Вход
login-submit = Войти
login-error-refused = Неверная электронная почта или пароль.
login-error-throttled = Слишком много попыток. Подождите 15 минут и попробуйте снова.

## New password from a link

reset-title = Создайте новый пароль
reset-help = Введите новый пароль. Потом войдите с новым паролем.
reset-submit = Сохранить пароль
reset-link-created-title = Ссылка для нового пароля
reset-link-created-help = Передайте эту ссылку волонтёру сами. Ссылка работает один раз, в течение 24 часов.

## My page

dashboard-title = Моя страница
dashboard-hello = Здравствуйте, { $name }!
dashboard-status-title = Ваш статус
dashboard-applicant-help = Координатор рассмотрит вашу заявку. Потом вы узнаете об обучении.
dashboard-in-training-help = Вы проходите обучение. Когда обучение закончится, вы сможете брать смены.
dashboard-active-help = Вы можете брать смены и помогать людям.
dashboard-paused-help = У вас перерыв. Свяжитесь с координатором, когда захотите продолжить.
dashboard-left-help = Вы больше не волонтёр. Спасибо за вашу помощь!
dashboard-coordinator-title = Вас ждёт
dashboard-applicants-waiting = { $count ->
    [0] Новых кандидатов нет.
    [one] { $count } новый кандидат ждёт одобрения.
    [few] { $count } новых кандидата ждут одобрения.
    [many] { $count } новых кандидатов ждут одобрения.
   *[other] { $count } новых кандидата ждут одобрения.
}
dashboard-admin-title = Администрирование

## Volunteer statuses

status-applicant = Кандидат
status-in-training = На обучении
status-active = Активный
status-paused = Перерыв
status-left = Больше не участвует

## My details

account-title = Мои данные
account-profile-title = Имя и язык
account-email = Электронная почта:
account-save = Сохранить мои данные
account-password-title = Изменить пароль
account-password-submit = Изменить пароль
account-delete-title = Удалить учётную запись
account-delete-help = Ваша учётная запись и ваши данные будут удалены. В статистике останутся случаи помощи, но без вашего имени. Это нельзя отменить.
account-delete-submit = Удалить мою учётную запись

## Joining as a volunteer

join-title = Станьте цифровым помощником
join-intro = Вы вступаете в организацию { $organisation } как волонтёр. Координатор одобрит вас и расскажет об обучении.
join-privacy = Ваши данные использует только ваша организация. Вы можете удалить свою учётную запись в любое время.
join-submit = Отправить заявку

## Invitations for coordinators

invitation-accept-title = Создайте учётную запись координатора
invitation-accept-intro = Вас приглашают стать координатором организации { $organisation }.
invitation-accept-submit = Создать учётную запись
invitation-error-email-taken = С этой электронной почтой уже есть учётная запись. Войдите с этой почтой.
invitation-created-title = Приглашение создано
invitation-created-help = Мы отправили приглашение по электронной почте. Вы также можете сами передать эту ссылку. Ссылка работает один раз, в течение 7 дней.

## Mail

mail-invitation-subject = Приглашение в Digikaveri: { $organisation }
mail-invitation-body = Здравствуйте! Вас приглашают стать координатором организации { $organisation } в сервисе Digikaveri. Создайте учётную запись по этой ссылке: { $link } Ссылка работает один раз, в течение 7 дней.
