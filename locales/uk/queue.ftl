## Taking a queue number at a site (no account, nothing personal)

queue-take-title = Взяти номер у черзі
queue-take-help = Ви отримаєте номер. Помічник-волонтер назве ваш номер.
field-first-language = Якою мовою вам потрібна допомога?
queue-error-language = Виберіть мову.
field-second-language = Інша мова, яка вам підходить (не обов'язково)
form-hint-second-language = Якщо ніхто не говорить вашою першою мовою, іншою мовою ви отримаєте допомогу швидше.
queue-no-second-language = Без другої мови
queue-second-language-open = Я також розмовляю іншою мовою
field-ticket-topics = З чим вам потрібна допомога?
form-hint-ticket-topics = Виберіть одну або кілька тем. Можна нічого не вибирати.
queue-more-topics = Більше тем
queue-tile-strong-eid = Банківські коди
queue-tile-kela = Kela
queue-tile-omakanta = OmaKanta
queue-tile-jobmarket = Пошук роботи
queue-tile-banking = Інтернет-банк
queue-tile-email = Електронна пошта
queue-tile-smartphone-basics = Смартфон
queue-tile-scams-security = Шахрайство
field-first-visit = Я тут уперше
queue-nothing-personal = Ми не запитуємо вашого імені чи інших даних про вас.
queue-take-submit = Взяти номер
queue-closed-title = Зараз тут немає помічників-волонтерів
queue-closed-next = Наступного разу допомога тут буде: { $when }.
queue-closed-none = Поки невідомо, коли тут будуть цифрові помічники. Подивіться інші місця.
flash-ticket-taken = Тепер у вас є номер. Не закривайте цю сторінку.

## The ticket page

ticket-title = Ваш номер у черзі
ticket-status-waiting = Ви чекаєте своєї черги
ticket-status-matched = Помічник-волонтер іде до вас
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
ticket-safety = Помічник-волонтер ніколи не просить назвати ваші банківські коди, PIN-коди чи паролі. Ви вводите їх самі.
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
board-queue-link = Черга зараз: { $site }
ticket-your-helper = Ваш помічник-волонтер { $name } підійде до вас. Місце: { $site }.

## The queue board of a site (staff on duty)

duty-board-title = Черга зараз
duty-suggestions-title = Пропозиції
duty-suggestions-none = Зараз пропозицій немає.
duty-accept = Призначити помічника для { $code }: { $name }
duty-unmatched-title = Поки без помічника
duty-widening = Може допомогти:
duty-waiting-title = У черзі
duty-waiting-none = У черзі нікого немає.
duty-waited = чекає { $minutes } хв
field-duty-volunteer = Цифровий помічник
duty-match = Призначити
duty-volunteers-title = Цифрові помічники на місці
duty-volunteers-none = Ще ніхто не відмітився на місці.
duty-free = Вільний
duty-busy-with = Допомагає: { $code }
flash-duty-matched = Готово. Цифровий помічник бачить це у своєму телефоні.
flash-duty-taken = Не вдалося призначити помічника. Хтось устиг раніше, або цифровий помічник уже зайнятий.
reason-speaks = Говорить мовою: { $language } ({ $level })
reason-speaks-second = Говорить другою вибраною мовою: { $language } ({ $level })
reason-confident = Може допомогти: { $topic }
reason-learning = Хоче навчитися: { $topic }
reason-helped-before = Ця людина вже отримувала допомогу від цього помічника
reason-waiting = Чекає { $minutes } хв
reason-sessions-today = { $count ->
    [one] Допомога сьогодні: { $count } раз
    [few] Допомога сьогодні: { $count } рази
    [many] Допомога сьогодні: { $count } разів
   *[other] Допомога сьогодні: { $count } разу
}
why-nobody-speaks = Тут ніхто не говорить потрібною мовою: { $languages }.
why-only-trainee = Потрібною мовою говорить тільки волонтер, який ще проходить навчання: { $languages }.
why-all-busy = Усі, хто говорить цією мовою, зараз допомагають іншим.
widening-second-language = друга вибрана мова: { $language }
widening-pair-trainee = { $trainee } і { $with } разом

## The volunteer's next person

nav-duty = Наступна людина
duty-next-title = Наступна людина
duty-next-none = Зараз у вас нікого немає. Оновіть сторінку трохи пізніше.
duty-call-help = Назвіть номер уголос і скажіть, хто ви.
duty-start = Я починаю допомагати
duty-finish = Готово
flash-duty-started = Гарної роботи!
flash-duty-finished = Дякуємо! Допомогу позначено як надану.

## Nobody can help today

field-unserved-reason = Чому ніхто не може допомогти?
duty-unserved = Сьогодні ніхто не може допомогти
unserved-no-language = Сьогодні ніхто не говорить цією мовою
unserved-no-time = Сьогодні не вистачає часу
unserved-needs-authority = Цим займається офіційна установа
flash-duty-unserved = Збережено. Людина бачить причину на своїй сторінці.
ticket-unserved-no-language = Сьогодні тут немає нікого, хто говорить вашою мовою. Подивіться, коли буде допомога вашою мовою.
ticket-unserved-no-time = Сьогодні не вистачає часу. Приходьте іншого дня.
ticket-unserved-needs-authority = У цьому вам допоможе офіційна установа, наприклад Kela або муніципалітет. Попросіть поради в працівників на місці.

## Volunteers on duty may match

field-volunteers-may-match = Цифрові помічники на місці можуть користуватися чергою і призначати помічників
flash-volunteer-matching-saved = Налаштування збережено.
