## Organisations (administrator)

organisations-title = Организации
organisations-new-title = Новая организация
organisations-create = Создать организацию
organisations-list-title = Все организации
organisations-people = Координаторы: { $coordinators }, волонтёры: { $volunteers }
organisations-invite = Отправить приглашение
organisations-empty = Организаций пока нет.

## Coordinators

coordinators-title = Координаторы
coordinators-list-title = Координаторы вашей организации
coordinators-pending-title = Открытые приглашения
coordinators-pending-expires = действует до { $time }
coordinators-invite-title = Пригласить координатора
coordinators-invite-help = Этот человек получит ссылку, чтобы создать учётную запись. Он станет координатором вашей организации.
coordinators-invite-submit = Создать приглашение

## Volunteers (coordinator)

volunteers-title = Волонтёры
volunteers-join-link-title = Ссылка для вступления
volunteers-join-link-help = Новые волонтёры вступают по этой ссылке. Отправляйте её только тем людям, которых вы хотите пригласить.
volunteers-join-link-renew = Создать новую ссылку
volunteers-list-title = Все волонтёры
volunteers-contact = Контакты
volunteers-status = Статус
volunteers-joined = Дата вступления
volunteers-actions = Действия
volunteers-approve = Одобрить: { $name }
volunteers-reset-link = Ссылка для пароля: { $name }
volunteers-empty = Волонтёров пока нет. Отправьте ссылку для вступления.

## Event log

audit-title = Журнал событий
audit-help = Журнал показывает, кто, что и когда сделал. Сначала новые.
audit-when = Время
audit-who = Кто
audit-what = Что
audit-record = Объект
audit-nobody = (неизвестно)
audit-empty = Событий пока нет.
audit-sign-in = Вход
audit-sign-in-failed = Неудачный вход
audit-sign-out = Выход
audit-organisation-created = Создание организации
audit-invitation-created = Создание приглашения
audit-invitation-accepted = Принятие приглашения
audit-volunteer-registered = Вступление в волонтёры
audit-volunteer-approved = Одобрение волонтёра
audit-volunteers-viewed = Просмотр данных волонтёров
audit-join-link-renewed = Новая ссылка для вступления
audit-password-reset-link-created = Создание ссылки для пароля
audit-password-reset = Новый пароль по ссылке
audit-password-changed = Смена пароля
audit-profile-changed = Изменение своих данных
audit-account-deleted = Учётная запись удалена
audit-admin-created = Создан администратор
audit-subject-user = Пользователь { $id }
audit-subject-organisation = Организация { $id }
audit-subject-invitation = Приглашение { $id }
audit-subject-unknown-account = Неизвестная электронная почта
