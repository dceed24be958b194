## Signing in

login-title = Вхід
login-submit = Увійти
login-error-refused = Неправильна електронна пошта або пароль.
login-error-throttled = Забагато спроб. Зачекайте 15 хвилин і спробуйте ще раз.

## New password from a link

reset-title = Створіть новий пароль
reset-help = Введіть новий пароль. Потім увійдіть з новим паролем.
reset-submit = Зберегти пароль
reset-link-created-title = Посилання для нового пароля
reset-link-created-help = Дайте це посилання волонтерові самі. Посилання працює один раз і лише 24 години.

## My page

dashboard-title = Моя сторінка
dashboard-hello = Вітаємо, { $name }!
dashboard-status-title = Ваш статус
dashboard-applicant-help = Координатор перегляне вашу заявку. Потім ви дізнаєтеся про навчання.
dashboard-in-training-help = Ви проходите навчання. Коли навчання закінчиться, ви зможете брати зміни.
dashboard-active-help = Ви можете брати зміни й допомагати людям.
dashboard-paused-help = У вас перерва. Зверніться до координатора, коли захочете продовжити.
dashboard-left-help = Ви більше не волонтер. Дякуємо за вашу допомогу!
dashboard-coordinator-title = Чекає на вас
dashboard-applicants-waiting = { $count ->
    [0] Нових кандидатів немає.
    [one] { $count } новий кандидат чекає на схвалення.
    [few] { $count } нові кандидати чекають на схвалення.
    [many] { $count } нових кандидатів чекають на схвалення.
   *[other] { $count } нових кандидатів чекають на схвалення.
}
dashboard-admin-title = Адміністрування

## Volunteer statuses

status-applicant = Кандидат
status-in-training = На навчанні
status-active = Активний
status-paused = На перерві
status-left = Участь завершено

## My details

account-title = Мої дані
account-profile-title = Ім'я та мова
account-email = Електронна пошта:
account-save = Зберегти дані
account-password-title = Змінити пароль
account-password-submit = Змінити пароль
account-delete-title = Видалити обліковий запис
account-delete-help = Ваш обліковий запис і ваші дані буде видалено. У статистиці залишаться випадки допомоги, але без вашого імені. Цю дію не можна скасувати.
account-delete-submit = Видалити мій обліковий запис

## Joining as a volunteer

join-title = Стати цифровим помічником
join-intro = Ви приєднуєтеся до організації { $organisation } як волонтер. Координатор схвалить вас і розповість про навчання.
join-privacy = Ваші дані використовує тільки ваша організація. Ви можете видалити свій обліковий запис будь-коли.
join-submit = Надіслати заявку

## Invitations for coordinators

invitation-accept-title = Створити обліковий запис координатора
invitation-accept-intro = Вас запрошують стати координатором організації { $organisation }.
invitation-accept-submit = Створити обліковий запис
invitation-error-email-taken = З цією електронною поштою вже є обліковий запис. Увійдіть з цією поштою.
invitation-created-title = Запрошення створено
invitation-created-help = Ми надіслали запрошення електронною поштою. Ви також можете самі дати це посилання. Посилання працює один раз і лише 7 днів.

## Mail

mail-invitation-subject = Запрошення до Digikaveri: { $organisation }
mail-invitation-body = Вітаємо! Вас запрошують стати координатором організації { $organisation } у сервісі Digikaveri. Створіть свій обліковий запис за цим посиланням: { $link } Посилання працює один раз і лише 7 днів.
