## Layout: header, navigation, language choice, footer

app-name = Digikaveri
skip-to-content = Перейти к содержанию
nav-label = Главное меню
nav-home = Главная
language-switcher-label = Язык
footer-about = Цифровые помощники — это волонтёры. Они бесплатно помогают с цифровыми делами.

nav-sign-in = Войти
nav-sign-out = Выйти
nav-dashboard = Моя страница
nav-account = Мои данные
nav-organisations = Организации
nav-volunteers = Волонтёры
nav-coordinators = Координаторы
nav-audit = Журнал событий
nav-retention = Хранение данных

## A day and its hours, each written by the code from CLDR data in Finnish time.
## Translate only what joins them.

time-span = { $day }, { $times }

## Error pages

error-code = Код ошибки { $code }
error-back-home = На главную страницу
error-400-title = Запрос не удался
error-400-body = Что-то пошло не так. Вернитесь назад и попробуйте ещё раз.
error-403-title = Нет доступа
error-403-body = У вас нет права открывать эту страницу.
error-404-title = Страница не найдена
error-404-body = Такой страницы нет, или она переехала. Проверьте адрес.
error-422-title = В данных есть ошибка
error-422-body = Данные в форме не подходят. Вернитесь назад и проверьте их.
error-429-title = Слишком много попыток
error-429-body = Подождите немного и попробуйте ещё раз.
error-500-title = Что-то пошло не так
error-500-body = В сервисе произошла ошибка. Попробуйте ещё раз чуть позже.
error-503-title = Сервис сейчас не работает
error-503-body = Сервис ненадолго отключён. Попробуйте ещё раз чуть позже.
error-other-title = Запрос не удался
error-other-body = Что-то пошло не так. Перейдите на главную страницу и попробуйте ещё раз.
