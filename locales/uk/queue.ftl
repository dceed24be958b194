## Taking a queue number at a site (no account, nothing personal)

queue-take-title = Взяти номер у черзі
queue-take-help = Скажіть, якою мовою вам потрібна допомога і з чим. Ви отримаєте номер. Цифровий помічник покличе вас.
field-first-language = Якою мовою вам потрібна допомога?
queue-error-language = Виберіть мову.
field-second-language = Інша мова, яка вам підходить (не обов'язково)
form-hint-second-language = Якщо ніхто не говорить вашою першою мовою, іншою мовою ви отримаєте допомогу швидше.
queue-no-second-language = Іншої мови немає
field-ticket-topics = З чим вам потрібна допомога?
form-hint-ticket-topics = Виберіть одну або кілька тем. Можна нічого не вибирати.
field-first-visit = Я тут уперше
queue-nothing-personal = Ми не питаємо ваше ім'я чи інші дані про вас.
queue-take-submit = Взяти номер
queue-closed-title = Зараз тут немає цифрових помічників
queue-closed-next = Наступного разу допомога тут буде: { $when }.
queue-closed-none = Поки невідомо, коли тут будуть цифрові помічники. Подивіться інші місця.
flash-ticket-taken = Тепер у вас є номер. Не закривайте цю сторінку.

## The ticket page

ticket-title = Ваш номер у черзі
ticket-status-waiting = Ви чекаєте своєї черги
ticket-status-matched = Цифровий помічник іде до вас
ticket-status-done = Вам допомогли. Дякуємо, що прийшли!
ticket-status-left = Ви вийшли з черги.
ticket-status-unserved = На жаль, сьогодні ми не встигли вам допомогти.
ticket-ahead = { $count ->
    [0] Перед вами нікого немає.
    [one] Перед вами { $count } людина.
    [few] Перед вами { $count } людини.
    [many] Перед вами { $count } людей.
   *[other] Перед вами { $count } людини.
}
ticket-expected-wait = { $minutes ->
    [one] Чекати приблизно { $minutes } хвилину.
    [few] Чекати приблизно { $minutes } хвилини.
    [many] Чекати приблизно { $minutes } хвилин.
   *[other] Чекати приблизно { $minutes } хвилини.
}
ticket-refresh = Оновити
ticket-needs-title = З чим вам потрібна допомога
ticket-safety = Цифровий помічник ніколи не питає ваші банківські коди, PIN-коди або паролі. Ви вводите їх самі.
ticket-leave = Я виходжу з черги
flash-ticket-left = Ви вийшли з черги. Якщо повернетеся, можете взяти новий номер.
flash-ticket-not-waiting = Цього номера вже немає в черзі.

## The poster at the site

poster-title = Плакат
poster-call = Візьміть номер у черзі з телефону
poster-qr-label = QR-код: адреса, де можна взяти номер у черзі
poster-print-help = Роздрукуйте цю сторінку і повісьте її на двері цього місця.
board-posters-title = Плакати для номерів у черзі
board-poster-link = Плакат: { $site }
