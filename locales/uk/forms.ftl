## Form fields

field-email = Електронна пошта
field-password = Пароль
field-new-password = Новий пароль
field-current-password = Поточний пароль
field-password-to-confirm = Введіть свій пароль для підтвердження
field-display-name = Ім'я, яке бачать інші
field-locale = Мова сервісу
field-phone = Номер телефону (не обов'язково)
field-organisation-name = Назва організації
field-coordinator-email = Електронна пошта першого координатора

## Hints under fields

form-hint-password = { $count ->
        [one] Щонайменше { $count } символ. Довге речення — це хороший пароль.
        [few] Щонайменше { $count } символи. Довге речення — це хороший пароль.
        [many] Щонайменше { $count } символів. Довге речення — це хороший пароль.
       *[other] Щонайменше { $count } символу. Довге речення — це хороший пароль.
    }
form-hint-display-name = Наприклад, ваше ім'я. Люди, яким ви допомагаєте, бачать це ім'я.
form-hint-phone = Номер бачать тільки координатори вашої організації.

## Errors next to fields

form-error-required = Це поле потрібно заповнити.
form-error-too-long = Текст задовгий.
form-error-email = Перевірте адресу електронної пошти. У ній має бути знак @, наприклад name@example.com.
form-error-password-short = Пароль закороткий.
form-error-phone = Перевірте номер телефону. Пишіть тільки цифри, наприклад 040 123 4567.
form-error-choose = Виберіть один варіант.
form-error-wrong-password = Пароль неправильний.

## Links to pass on

link-label = Посилання
link-closed-title = Це посилання не працює
link-closed-body = Посилання вже використали, воно застаріло або воно неправильне. Попросіть у координатора нове посилання.

## Messages after an action

flash-signed-in = Ви увійшли.
flash-signed-out = Ви вийшли.
flash-profile-saved = Ваші дані збережено.
flash-password-changed = Ваш пароль змінено. На інших пристроях вас виведено з облікового запису.
flash-password-reset = Ваш новий пароль збережено. Тепер увійдіть.
flash-account-deleted = Ваш обліковий запис видалено.
flash-organisation-created = Організацію створено.
flash-volunteer-approved = Волонтера допущено до навчання.
flash-join-link-renewed = Посилання для приєднання оновлено. Старе посилання більше не працює.
flash-welcome-volunteer = Ласкаво просимо! Координатор перегляне вашу заявку.
flash-welcome-coordinator = Ласкаво просимо! Ваш обліковий запис готовий.

## Shared by many forms

form-error-time = Напишіть час у форматі год:хв, наприклад 10:00.
form-problem = У формі є помилка. Подивіться повідомлення біля полів.
form-choose = Виберіть
form-save = Зберегти
