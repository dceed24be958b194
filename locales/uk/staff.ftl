## Organisations (administrator)

organisations-title = Організації
organisations-new-title = Нова організація
organisations-create = Створити організацію
organisations-list-title = Усі організації
organisations-people = Координаторів: { $coordinators }, волонтерів: { $volunteers }
organisations-invite = Надіслати запрошення
organisations-empty = Організацій ще немає.

## Coordinators

coordinators-title = Координатори
coordinators-list-title = Координатори вашої організації
coordinators-pending-title = Відкриті запрошення
coordinators-pending-expires = дійсне до { $time }
coordinators-invite-title = Запросити координатора
coordinators-invite-help = Людина отримає посилання, щоб створити обліковий запис. Вона стане координатором вашої організації.
coordinators-invite-submit = Створити запрошення

## Volunteers (coordinator)

volunteers-title = Волонтери
volunteers-join-link-title = Посилання для приєднання
volunteers-join-link-help = Нові волонтери приєднуються за цим посиланням. Давайте його тільки тим людям, яких ви хочете запросити.
volunteers-join-link-renew = Створити нове посилання
volunteers-list-title = Усі волонтери
volunteers-contact = Контакти
volunteers-status = Статус
volunteers-joined = Дата приєднання
volunteers-actions = Дії
volunteers-approve = Схвалити: { $name }
volunteers-reset-link = Посилання для пароля: { $name }
volunteers-empty = Волонтерів ще немає. Поділіться посиланням для приєднання.

## Event log

audit-title = Журнал подій
audit-help = Журнал показує, хто що зробив і коли. Спочатку найновіші.
audit-when = Час
audit-who = Хто
audit-what = Що
audit-record = Об'єкт
audit-nobody = (невідомо)
audit-empty = Подій ще немає.
audit-sign-in = Вхід
audit-sign-in-failed = Невдалий вхід
audit-sign-out = Вихід
audit-organisation-created = Створення організації
audit-invitation-created = Створення запрошення
audit-invitation-accepted = Прийняття запрошення
audit-volunteer-registered = Приєднання волонтера
audit-volunteer-approved = Схвалення волонтера
audit-volunteers-viewed = Перегляд даних волонтерів
audit-join-link-renewed = Нове посилання для приєднання
audit-password-reset-link-created = Створення посилання для пароля
audit-password-reset = Новий пароль за посиланням
audit-password-changed = Зміна пароля
audit-profile-changed = Зміна власних даних
audit-account-deleted = Обліковий запис видалено
audit-admin-created = Адміністратора створено
audit-subject-user = Користувач { $id }
audit-subject-organisation = Організація { $id }
audit-subject-invitation = Запрошення { $id }
audit-subject-unknown-account = Невідома електронна пошта
