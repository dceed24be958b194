## Navigation

nav-shifts = Зміни
nav-shift-board = Зміни тижня
nav-help = Допомога своєю мовою

## Shift form (coordinator)

shift-new-title = Нова зміна
shift-edit-title = Редагувати зміну
shift-create = Створити зміну
shift-edit = Редагувати
shift-cancel = Скасувати зміну
field-site = Місце
field-date = Дата
field-start = Початок
field-end = Кінець
field-places = Кількість місць для волонтерів
form-hint-places = Скільки цифрових помічників може бути на зміні (1–50).
shift-wanted-languages = Потрібні мови
form-hint-wanted-languages = Мови, які особливо потрібні в цьому місці. Це поле можна не заповнювати.
field-shift-notes = Додаткова інформація для волонтерів
form-hint-shift-notes = Наприклад, через які двері заходити.
field-repeat = Зміна повторюється?
shift-repeat-once = Тільки один раз
shift-repeat-weekly = Щотижня в той самий час
field-until = Останній день
form-hint-until = Останній день зміни, яка повторюється щотижня.
shift-error-ends-before-start = Зміна має закінчуватися пізніше, ніж починається.
shift-error-places = Напишіть число від 1 до 50.
shift-error-places-taken = На зміні вже більше волонтерів. Місць не може бути менше.
shift-error-series-end = Напишіть останній день, якщо зміна повторюється щотижня.
shift-error-series-end-before = Останній день не може бути раніше за перший день.
shift-error-series-too-long = Зміна може повторюватися щонайбільше один рік.
board-back = Назад до змін тижня

## Week board (coordinator)

board-title = Зміни тижня
board-week-nav = Тижні
board-previous-week = Попередній тиждень
board-next-week = Наступний тиждень
board-gaps-title = Чого бракує цього тижня
board-no-gaps = Усього вистачає. На всіх змінах достатньо людей і мов.
board-empty = Цього тижня змін немає.
board-places = Зайнято місць: { $confirmed } / { $places }
board-waiting = { $count ->
    [one] { $count } людина в черзі
    [few] { $count } людини в черзі
    [many] { $count } людей у черзі
   *[other] { $count } людини в черзі
}
board-nobody = Ще ніхто не записався.
board-new-volunteer = Новачок
board-checked-in = На місці
board-no-show = Не було на зміні
board-check-in = Відмітити, що на місці: { $name }
board-mark-no-show = Не було на зміні: { $name }
board-gap-language = Ніхто не говорить мовою: { $language }
board-gap-places = { $count ->
    [one] { $count } вільне місце
    [few] { $count } вільні місця
    [many] { $count } вільних місць
   *[other] { $count } вільного місця
}
board-gap-new-alone = Новий волонтер буде на зміні сам
board-gap-line = { $when }, { $site }: { $gap }
board-settings-title = Налаштування
field-withdraw-limit = Крайній строк для скасування (у годинах)
form-hint-withdraw-limit = Волонтер може сам скасувати участь у зміні не пізніше ніж за стільки годин до її початку (0–336).
shift-error-withdraw-limit = Напишіть число від 0 до 336.
shift-cancelled = Зміну скасовано.

## A volunteer's shifts

shifts-mine-title = Мої зміни
shifts-mine-coming = Мої майбутні зміни
shifts-mine-none = У вас немає майбутніх змін.
shift-you-are-confirmed = Ви записані на цю зміну
shift-you-are-waiting = Ваш номер у черзі: { $place }
shift-you-checked-in = Ви відмітили, що ви на місці.
shift-check-in = Я на місці
shift-check-out = Я вже йду
shift-withdraw = Скасувати мою участь
shifts-open-title = Зміни, на які ви можете прийти
shifts-open-none = Зараз вільних змін немає.
shift-free-places = { $count ->
    [one] { $count } вільне місце
    [few] { $count } вільні місця
    [many] { $count } вільних місць
   *[other] { $count } вільного місця
}
shift-sign-up = Я прийду на цю зміну
shifts-full-title = Заповнені зміни
shift-join-waiting-list = Стати в чергу на цю зміну
shifts-not-active = Ви зможете вибирати зміни, коли координатор підтвердить, що ви пройшли навчання.
shifts-past-title = Минулі зміни
shifts-past-when = Коли
shifts-past-hours = Години
notices-title = Новини про ваші зміни
notices-read = Прочитано
notice-changed = Зміну оновлено: { $when }, { $site }.
notice-cancelled = Зміну скасовано: { $when }, { $site }.
notice-promoted = Ви перейшли з черги на зміну: { $when }, { $site }.
shift-refusal-not-active = Ви можете вибирати зміни тільки тоді, коли координатор підтвердить, що ви пройшли навчання.
shift-refusal-no-such-shift = Зміну не знайдено.
shift-refusal-cancelled = Зміну скасовано.
shift-refusal-started = Зміна вже почалася.
shift-refusal-already = Ви вже записалися на цю зміну.
shift-refusal-overlaps = У вас уже є зміна в цей самий час.
shift-refusal-not-signed-up = Ви не записані на цю зміну.
shift-refusal-too-late = Скасувати участь самостійно вже не можна. Зателефонуйте координатору.
shift-refusal-check-in-closed = Відмітитися на місці можна тільки незадовго до початку зміни.
flash-signed-up = Ви записалися на зміну.
flash-waiting-list = Зміна заповнена. Ви в черзі. Якщо місце звільниться, ви отримаєте повідомлення на цій сторінці.
flash-withdrawn = Вашу участь скасовано.
flash-checked-in = Ви відмітили, що ви на місці. Гарної зміни!
flash-checked-out = Ми відмітили, що ви пішли. Дякуємо!
flash-notices-read = Повідомлення прочитано.
flash-shifts-created = Зміни створено.
flash-shift-changed = Зміну оновлено. Люди, записані на цю зміну, побачать це на своїй сторінці.
flash-shift-cancelled = Зміну скасовано. Люди, записані на цю зміну, побачать це на своїй сторінці.
flash-attendance-recorded = Збережено.
flash-withdraw-limit-saved = Крайній строк збережено.
flash-calendar-link-renewed = У вашого календаря нова адреса. Стара адреса більше не працює.

## Calendar feed

calendar-title = Зміни у вашому календарі
calendar-help = Додайте цю адресу в календар на телефоні. Там буде видно ваші зміни. Не давайте цю адресу іншим людям.
calendar-renew = Створити нову адресу
calendar-name = Зміни Digikaveri
calendar-event = Digikaveri: { $site }

## Help in my language (public)

help-title = Допомога своєю мовою
help-lead = Виберіть мову. Ви побачите, коли і де помічник-волонтер говорить цією мовою.
field-help-language = Мова
field-help-topic = З чим вам потрібна допомога? (не обов'язково)
help-any-topic = З будь-чим
help-search = Показати розклад
help-times-title = Допомога мовою: { $language }
help-topic-fallback = Ніхто не сказав, що знає саме цю тему. Ці цифрові помічники говорять вашою мовою. Можливо, вони все одно допоможуть.
help-none = { $days ->
    [one] Цією мовою ще немає допомоги на найближчий { $days } день. Подивіться пізніше ще раз.
    [few] Цією мовою ще немає допомоги на найближчі { $days } дні. Подивіться пізніше ще раз.
    [many] Цією мовою ще немає допомоги на найближчі { $days } днів. Подивіться пізніше ще раз.
   *[other] Цією мовою ще немає допомоги на найближчі { $days } дня. Подивіться пізніше ще раз.
}
