## Layout: header, navigation, language choice, footer

app-name = Digikaveri
skip-to-content = Перейти до вмісту
nav-label = Головне меню
nav-home = Головна сторінка
language-switcher-label = Мова
footer-about = Цифрові помічники — це волонтери. Вони безкоштовно допомагають із цифровими справами.

nav-sign-in = Увійти
nav-sign-out = Вийти
nav-dashboard = Моя сторінка
nav-account = Мої дані
nav-organisations = Організації
nav-volunteers = Волонтери
nav-coordinators = Координатори
nav-audit = Журнал подій
nav-retention = Зберігання даних

## A day and its hours, each written by the code from CLDR data in Finnish time.
## Translate only what joins them.

time-span = { $day }, { $times }

## Error pages

error-code = Код помилки { $code }
error-back-home = На головну сторінку
error-400-title = Запит не вдався
error-400-body = Щось пішло не так. Поверніться назад і спробуйте ще раз.
error-403-title = Немає доступу
error-403-body = У вас немає права бачити цю сторінку.
error-404-title = Сторінку не знайдено
error-404-body = Цієї сторінки немає, або її перенесли. Перевірте адресу.
error-422-title = У формі є помилка
error-422-body = Дані у формі не підходять. Поверніться назад і перевірте їх.
error-429-title = Забагато спроб
error-429-body = Зачекайте трохи, а потім спробуйте ще раз.
error-500-title = Щось пішло не так
error-500-body = У сервісі сталася помилка. Спробуйте ще раз трохи пізніше.
error-503-title = Сервіс зараз не працює
error-503-body = Сервіс ненадовго вимкнено. Спробуйте ще раз трохи пізніше.
error-other-title = Запит не вдався
error-other-body = Щось пішло не так. Перейдіть на головну сторінку і спробуйте ще раз.
