## Navigation and the volunteer's dashboard

nav-training = Навчання
nav-profile = Мої навички та мови
dashboard-skills-title = Розкажіть, що ви вмієте
dashboard-skills-missing = Напишіть, якими мовами ви можете допомагати і з чим. Тоді людина, якій потрібна саме ваша допомога, зможе її отримати.

## Language levels

level-native = Рідна мова
level-fluent = Вільне володіння
level-basic = Базовий рівень

## The volunteer's own page: languages, topics, training, badges

profile-title = Мої навички та мови
profile-intro = Напишіть, якими мовами ви можете допомагати і з чим. Ви можете змінити ці дані будь-коли.
profile-skills-title = Мови та теми
profile-languages-legend = Мови, якими ви можете допомагати
profile-languages-hint = Виберіть рівень для кожної мови, якою ви розмовляєте. Виберіть щонайменше одну мову.
profile-level-none = Не розмовляю
profile-topics-legend = Теми
profile-topics-hint = Виберіть, із чим ви можете допомогти. Ви також можете вибрати те, чого хочете навчитися.
profile-topic-none = Не зараз
profile-topic-confident = Можу допомогти з цим
profile-topic-learning = Хочу цього навчитися
profile-languages-more = Більше мов
profile-group-chosen = вибрано: { $count }
profile-group-identity = Ідентифікація та державні органи
profile-group-health = Здоров'я
profile-group-work = Робота
profile-group-money = Банк і безпека в інтернеті
profile-group-devices = Телефон, застосунки та пристрої
profile-group-everyday = Повідомлення та повсякденні справи
profile-save = Зберегти мови та теми
profile-error-no-language = Виберіть щонайменше одну мову та її рівень.
profile-training-title = Моє навчання
profile-training-help = Коли ви пройдете курс, координатор позначить його тут.

## External badges and courses

credentials-title = Значки та курси
credentials-help = Додайте значки та курси, які ви пройшли в інших місцях. Координатор їх бачить.
credentials-empty = Ви ще не додали значків або курсів.
credentials-issued = { $issuer }, { $date }
credentials-link = Відкрити посилання
credentials-delete = Видалити
credentials-add-title = Додати значок або курс
credentials-add = Додати
field-credential-name = Назва значка або курсу
field-credential-issuer = Хто видав
field-credential-date = Дата
field-credential-link = Посилання (не обов'язково)
form-hint-credential-name = Напишіть назву так, як у сертифікаті.
form-hint-credential-issuer = Наприклад, організація або навчальний заклад.
form-hint-credential-link = Адреса починається з https://

## Training modules

training-title = Навчання
training-intro = Волонтери проходять ці курси. Волонтер може почати роботу, коли пройде всі обов'язкові курси.
training-modules-title = Курси вашої організації
training-column-module = Курс
training-column-required = Обов'язковий?
training-column-done = Пройдено
training-required = Обов'язковий
training-optional = Необов'язковий
training-not-yet = Ще ні
training-empty = Курсів ще немає.
training-make-optional = Зробити необов'язковим
training-make-required = Зробити обов'язковим
training-add-title = Додати курс
training-add = Додати курс
field-training-title = Назва курсу
field-training-required = Обов'язковий курс
form-hint-max-length = { $count ->
        [one] Щонайбільше { $count } символ.
        [few] Щонайбільше { $count } символи.
        [many] Щонайбільше { $count } символів.
       *[other] Щонайбільше { $count } символу.
    }
training-seed-role = Роль цифрового помічника
training-seed-ethics = Правила цифрової допомоги: не брати паролі й банківські коди, не робити справи замість людини, коли направити людину до інших
training-seed-data-protection = Захист даних і конфіденційність
training-seed-security = Безпека в інтернеті та шахрайство

## One volunteer (coordinator)

volunteer-title = Дані волонтера
volunteer-back = Назад до списку волонтерів
volunteer-status-title = Статус
volunteer-status-new = Новий статус
volunteer-status-hint = Статус «Активний» можна поставити тільки тоді, коли пройдено всі обов'язкові курси.
volunteer-status-save = Змінити статус
volunteer-status-error-training = Статус ще не може бути «Активний». Не пройдено ці обов'язкові курси:
volunteer-history-title = Зміни статусу
volunteer-history-when = Час
volunteer-history-from = Було
volunteer-history-to = Стало
volunteer-history-by = Хто змінив
volunteer-history-empty = Статус ще не змінювали.
volunteer-languages-title = Мови
volunteer-languages-empty = Волонтер ще не вибрав мови.
volunteer-topics-title = Теми
volunteer-topics-confident = Може допомогти
volunteer-topics-learning = Хоче навчитися
volunteer-topics-empty = Тем немає.
volunteer-training-title = Навчання
volunteer-training-date = Дата проходження
volunteer-training-record = Позначити як пройдений
volunteer-credentials-empty = Значків або курсів немає.

## Errors next to fields

form-error-date = Перевірте дату.
form-error-future-date = Дата не може бути в майбутньому.
form-error-link = Перевірте посилання. Воно має починатися з https:// або http://.

## Messages after an action

flash-skills-saved = Мови та теми збережено.
flash-credential-added = Значок або курс додано.
flash-credential-deleted = Значок або курс видалено.
flash-training-module-added = Курс додано.
flash-training-module-saved = Курс змінено.
flash-training-recorded = Курс позначено як пройдений.
flash-status-changed = Статус змінено.
flash-status-unchanged = Статус уже такий. Нічого не змінено.

## Event log

audit-volunteer-viewed = Перегляд даних волонтера
audit-volunteer-status-changed = Зміна статусу волонтера
audit-training-recorded = Позначка про пройдений курс
audit-training-module-added = Додавання курсу
audit-training-module-changed = Зміна курсу
audit-subject-training-module = Курс { $id }
