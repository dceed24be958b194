## Form fields

field-email = Электронная почта
field-password = Пароль
field-new-password = Новый пароль
field-current-password = Текущий пароль
field-password-to-confirm = Введите свой пароль для подтверждения
field-display-name = Имя, которое видят другие
field-locale = Язык сервиса
field-phone = Номер телефона (не обязательно)
field-organisation-name = Название организации
field-coordinator-email = Электронная почта первого координатора

## Hints under fields

form-hint-password = { $count ->
    [one] Не менее { $count } символа. Длинное предложение — хороший пароль.
   *[other] Не менее { $count } символов. Длинное предложение — хороший пароль.
}
form-hint-display-name = Например, ваше имя. Люди, которым вы помогаете, видят это имя.
form-hint-phone = Номер видят только координаторы вашей организации.

## Errors next to fields

form-error-required = Это поле не заполнено.
form-error-too-long = Текст слишком длинный.
form-error-email = Проверьте адрес электронной почты. В нём должен быть знак @, например name@example.com.
form-error-password-short = Пароль слишком короткий.
form-error-phone = Проверьте номер телефона. Пишите только цифры, например 040 123 4567.
form-error-choose = Выберите один вариант.
form-error-wrong-password = Пароль неверный.

## Links to pass on

link-label = Ссылка
link-closed-title = Ссылка не работает
link-closed-body = Ссылка уже использована, устарела или неверная. Попросите у координатора новую ссылку.

## Messages after an action

flash-signed-in = Вы вошли в систему.
flash-signed-out = Вы вышли из системы.
flash-profile-saved = Данные сохранены.
flash-password-changed = Пароль изменён. На других устройствах вы вышли из системы.
flash-password-reset = Новый пароль сохранён. Теперь войдите.
flash-account-deleted = Ваша учётная запись удалена.
flash-organisation-created = Организация создана.
flash-volunteer-approved = Волонтёр принят на обучение.
flash-join-link-renewed = Ссылка для вступления обновлена. Старая ссылка больше не работает.
flash-welcome-volunteer = Добро пожаловать! Координатор рассмотрит вашу заявку.
flash-welcome-coordinator = Добро пожаловать! Ваша учётная запись готова.

## Shared by many forms

form-error-time = Напишите время в виде чч:мм, например 10:00.
form-problem = В форме есть ошибка. Посмотрите сообщения рядом с полями.
form-choose = Выберите
form-save = Сохранить
