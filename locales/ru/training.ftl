## Navigation and the volunteer's dashboard

nav-training = Обучение
nav-profile = Мои умения и языки
dashboard-skills-title = Расскажите о своих умениях
dashboard-skills-missing = Расскажите, на каких языках и с чем вы можете помочь. Тогда вы сможете помочь тому, кому нужна именно ваша помощь.

## Language levels

level-native = Родной язык
level-fluent = Свободное владение
level-basic = Базовый уровень

## The volunteer's own page: languages, topics, training, badges

profile-title = Мои умения и языки
profile-intro = Расскажите, на каких языках и с чем вы можете помочь. Вы можете изменить эти данные в любое время.
profile-skills-title = Языки и темы
profile-languages-legend = Языки, на которых вы можете помочь
profile-languages-hint = Выберите уровень для каждого языка, на котором вы говорите. Выберите хотя бы один язык.
profile-level-none = Не говорю
profile-topics-legend = Темы
profile-topics-hint = Выберите, с чем вы можете помочь. Можно также выбрать то, чему вы хотите научиться.
profile-topic-none = Не сейчас
profile-topic-confident = Могу помочь с этим
profile-topic-learning = Хочу этому научиться
profile-languages-more = Больше языков
profile-group-chosen = выбрано: { $count }
profile-group-identity = Идентификация и госорганы
profile-group-health = Здоровье
profile-group-work = Работа
profile-group-money = Банк и безопасность в интернете
profile-group-devices = Телефон, приложения и устройства
profile-group-everyday = Сообщения и повседневные дела
profile-save = Сохранить языки и темы
profile-error-no-language = Выберите хотя бы один язык и его уровень.
profile-training-title = Моё обучение
profile-training-help = Координатор отмечает здесь курс, когда вы его прошли.

## External badges and courses

credentials-title = Цифровые значки и курсы
credentials-help = Добавьте значки и курсы, которые вы прошли в другом месте. Координатор их видит.
credentials-empty = Вы ещё не добавили значки или курсы.
credentials-issued = { $issuer }, { $date }
credentials-link = Открыть ссылку
credentials-delete = Удалить
credentials-add-title = Добавить значок или курс
credentials-add = Добавить
field-credential-name = Название значка или курса
field-credential-issuer = Кто выдал
field-credential-date = Дата
field-credential-link = Ссылка (не обязательно)
form-hint-credential-name = Напишите название так, как оно указано в сертификате.
form-hint-credential-issuer = Например, организация или учебное заведение.
form-hint-credential-link = Адрес начинается с https://

## Training modules

training-title = Обучение
training-intro = Волонтёры проходят эти курсы. Волонтёр может начать работу, когда все обязательные курсы пройдены.
training-modules-title = Курсы вашей организации
training-column-module = Курс
training-column-required = Обязательный?
training-column-done = Пройден
training-required = Обязательный
training-optional = Необязательный
training-not-yet = Ещё нет
training-empty = Курсов пока нет.
training-make-optional = Сделать необязательным
training-make-required = Сделать обязательным
training-add-title = Добавить курс
training-add = Добавить курс
field-training-title = Название курса
field-training-required = Обязательный курс
form-hint-max-length = { $count ->
    [one] Не более { $count } символа.
    [few] Не более { $count } символов.
    [many] Не более { $count } символов.
   *[other] Не более { $count } символа.
}
training-seed-role = Роль цифрового помощника
training-seed-ethics = Этика цифровой помощи: не брать чужие коды и пароли, не делать дела за другого человека, когда направить человека за другой помощью
training-seed-data-protection = Защита данных и конфиденциальность
training-seed-security = Информационная безопасность и мошенничество

## One volunteer (coordinator)

volunteer-title = Данные волонтёра
volunteer-back = Назад к волонтёрам
volunteer-status-title = Статус
volunteer-status-new = Новый статус
volunteer-status-hint = Статус «Активный» можно поставить, только когда пройдены все обязательные курсы.
volunteer-status-save = Изменить статус
volunteer-status-error-training = Статус пока нельзя изменить на «Активный». Эти обязательные курсы не пройдены:
volunteer-history-title = Изменения статуса
volunteer-history-when = Время
volunteer-history-from = Было
volunteer-history-to = Стало
volunteer-history-by = Кто изменил
volunteer-history-empty = Статус ещё не меняли.
volunteer-languages-title = Языки
volunteer-languages-empty = Волонтёр ещё не выбрал языки.
volunteer-topics-title = Темы
volunteer-topics-confident = Может помочь
volunteer-topics-learning = Хочет научиться
volunteer-topics-empty = Тем нет.
volunteer-training-title = Обучение
volunteer-training-date = Дата прохождения
volunteer-training-record = Отметить как пройденный
volunteer-credentials-empty = Нет значков и курсов.

## Errors next to fields

form-error-date = Проверьте дату.
form-error-future-date = Дата не может быть в будущем.
form-error-link = Проверьте ссылку. Она должна начинаться с https:// или http://.

## Messages after an action

flash-skills-saved = Языки и темы сохранены.
flash-credential-added = Значок или курс добавлен.
flash-credential-deleted = Значок или курс удалён.
flash-training-module-added = Курс добавлен.
flash-training-module-saved = Курс изменён.
flash-training-recorded = Курс отмечен как пройденный.
flash-status-changed = Статус изменён.
flash-status-unchanged = Статус уже такой. Ничего не изменилось.

## Event log

audit-volunteer-viewed = Просмотр данных волонтёра
audit-volunteer-status-changed = Изменение статуса волонтёра
audit-training-recorded = Отметка о прохождении курса
audit-training-module-added = Добавление курса
audit-training-module-changed = Изменение курса
audit-subject-training-module = Курс { $id }
