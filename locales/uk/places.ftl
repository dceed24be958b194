## Sites run by the coordinators

nav-sites = Місця
sites-title = Місця
site-add = Додати місце
site-new-title = Нове місце
site-edit-title = Дані місця
site-create = Додати місце
site-edit = Редагувати
site-close = Закрити місце
site-reopen = Знову відкрити місце
site-closed = Це місце закрите.
site-queue-paused = Видачу номерів у черзі призупинено.
sites-back = Назад до місць
sites-empty-title = Місць ще немає
sites-empty-help = Спочатку додайте місце, де допомагають цифрові помічники. Потім ви зможете створювати там зміни й роздрукувати плакат цього місця.
field-site-name = Назва місця
field-site-kind = Тип місця
field-site-address = Адреса
field-site-code = Короткий код
form-hint-site-code = 3–10 літер A–Z або цифр, перший знак — літера. Код є на плакаті й на номерах у черзі. Якщо ви зміните код, стара адреса на плакаті працюватиме ще пів року.
field-site-opening = Години роботи і як знайти допомогу
form-hint-site-opening = Це бачать люди, яким потрібна допомога. Пишіть своєю мовою. Можна писати й іншими мовами.
field-site-access = Доступність
form-hint-site-access = Наприклад, сходи, ліфт або вхід без сходинок.
field-site-tables = Столи
form-hint-site-tables = Один стіл або пункт на рядок, наприклад 1 і 2. Цифровий помічник вибирає стіл, коли приходить на зміну.
site-error-code = У коді 3–10 літер A–Z або цифр, і перший знак — літера.
site-error-code-taken = Цей код уже зайнятий. Виберіть інший.
site-error-tables = Перевірте столи: не більше 30, у кожного своя назва, не більше 30 символів.
flash-site-created = Місце додано.
flash-site-saved = Дані місця збережено.
flash-site-closed = Місце закрито.
flash-site-reopened = Місце знову відкрите.
site-close-title = Закрити місце?
site-close-help = У закритому місці не можна взяти номер у черзі, і люди, яким потрібна допомога, не бачать цього місця. Зміни та історія місця зберігаються. Ви можете знову відкрити місце.
site-close-confirm = Так, закрити місце
form-keep = Ні, повернутися назад
form-other-languages = Іншими мовами
audit-site-created = Додавання місця
audit-site-changed = Редагування даних місця
audit-site-closed = Закриття місця
audit-site-reopened = Повторне відкриття місця
audit-subject-site = Місце { $id }

## The first steps of a new organisation

steps-title = З чого почати
steps-site = Додайте перше місце
steps-series = Створіть зміну, яка повторюється щотижня
steps-join-link = Надішліть волонтерам посилання для приєднання
steps-poster = Роздрукуйте плакат місця
steps-done = Готово
shift-no-sites = Зміна завжди проходить у якомусь місці. Спочатку додайте місце.

## The day at the site

nav-today = Сьогодні
today-title = Сьогодні
today-open = Можна взяти номер у черзі
today-not-open = Зараз закрито
today-waiting = { $count ->
    [one] { $count } людина в черзі
    [few] { $count } людини в черзі
    [many] { $count } людей у черзі
   *[other] { $count } людини в черзі
}
today-empty-title = Сьогодні змін немає
today-empty-help = Коли в якомусь місці сьогодні є зміна, тут видно, хто на місці і скільки людей чекає.
nav-queue = Черга
field-table = Стіл
table-none = Без столу
duty-at-table = Стіл { $table }
duty-seat = Вибрати інший стіл
flash-duty-seated = Стіл вибрано.
flash-duty-not-on-duty = Цього цифрового помічника зараз немає на місці.
duty-undo-title = Ще можна скасувати
duty-undo-unserved = Скасувати: не змогли допомогти ({ $code })
flash-duty-undone = Скасовано. Номер знову в черзі.
flash-duty-undo-too-late = Це вже не можна скасувати.
duty-controls-title = Керування чергою
duty-pause = Призупинити видачу номерів
duty-resume = Відновити видачу номерів
flash-queue-paused = Зараз не можна взяти новий номер.
flash-queue-resumed = Номери знову можна брати.
field-remove-minutes = Видалити номери в черзі, взяті за останні хвилини
form-hint-remove-minutes = Якщо хтось бере багато номерів, якими ніхто не користується. Напишіть кількість хвилин (1–240).
duty-remove = Видалити номери
flash-queue-removed = Номери видалено.
duty-on-duty-at = Ви на зміні. Місце: { $site }. Ця сторінка оновлюється сама.
duty-check-in-first = Спочатку відмітьтеся на місці на сторінці вашої зміни.
board-undo-check-in = Скасувати відмітку «на місці»: { $name }
board-undo-no-show = Скасувати відмітку «не було на зміні»: { $name }
shift-refusal-not-started = Зміна ще не почалася.
shift-refusal-undo-too-late = Цю відмітку вже не можна скасувати.

## Queue numbers: one per phone, pauses, help in another language

queue-you-have = У вас уже є номер { $code } у цьому місці.
queue-open-yours = Відкрити мій номер
flash-ticket-already = У вас уже є номер. Ось він.
queue-paused = Зараз не можна взяти номер. Запитайте працівників на місці.
queue-site-closed = Це місце закрите.
queue-too-many = Щойно взяли забагато номерів. Зачекайте трохи і спробуйте ще раз.
ticket-status-helping = Зараз вам допомагає помічник-волонтер
ticket-helping-help = Допомога почалася. Ви все робите самі, а помічник підказує.
ticket-status-removed = Працівники видалили цей номер.
ticket-your-helper-table = Ваш помічник-волонтер: { $name }. Підійдіть до столу { $table }.
ticket-requeued = Ваш помічник не може допомогти. Ви залишаєтеся в черзі й не втрачаєте своєї черги. Ми шукаємо для вас іншого помічника.
ticket-nobody-speaks = Зараз тут ніхто не говорить мовою: { $language }.
ticket-second-language = Тут ніхто не говорить вашою першою мовою. Помічник-волонтер може допомогти мовою: { $language }.
ticket-next-help = Наступного разу допомога вашою мовою буде: { $when }, { $site }.
ticket-next-help-none = Найближчі два тижні допомоги цією мовою не буде.
ticket-may-wait = Ви все одно можете залишитися в черзі. Можливо, хтось допоможе іншою мовою.
ticket-leave-title = Вийти з черги?
ticket-leave-help = Якщо ви підете, ваш номер буде видалено з черги. Якщо повернетеся, можете взяти новий номер.
ticket-leave-confirm = Так, я виходжу з черги
ticket-stay = Ні, я залишаюся в черзі

## Weekly series: one shift or more

shift-scope-title = Які зміни треба оновити?
form-hint-shift-scope = У щотижневій серії кожна зміна залишається у свій день. Час, місця й мови оновлюються в тих змінах, які ви виберете.
shift-scope-one = Тільки цю зміну
shift-scope-following = Цю і наступні зміни
shift-scope-series = Усі зміни цієї серії
shift-cancel-title = Скасувати зміну?
shift-cancel-help = Ті, хто записався на зміну, отримають повідомлення, що її скасовано.
shift-cancel-confirm = Так, скасувати
shift-error-date-window = Виберіть день не раніше ніж рік тому і не пізніше ніж через два роки.

## Passwords and joining by mail

login-forgot-link = Забули пароль?
forgot-title = Забутий пароль
forgot-help = Напишіть адресу своєї електронної пошти. Ми надішлемо на неї посилання. За цим посиланням можна створити новий пароль.
forgot-submit = Надіслати посилання
forgot-sent = Якщо з цією адресою є обліковий запис, посилання вже надіслано. Перевірте електронну пошту. Посилання працює одну добу.
forgot-too-many = Запитано забагато посилань. Спробуйте пізніше.
mail-reset-subject = Новий пароль для Digikaveri
mail-reset-body = Хтось попросив новий пароль для цієї адреси електронної пошти. Створіть новий пароль за цим посиланням: { $link } Посилання працює одну добу. Якщо ви не просили новий пароль, просто не звертайте уваги на цей лист.
join-mailed-title = Перевірте електронну пошту
join-mailed-body = Ми надіслали посилання на адресу { $email }.
join-mailed-help = Відкрийте посилання протягом двох днів. Тоді ви приєднаєтеся, і координатор зв'яжеться з вами.
mail-join-subject = Стати цифровим помічником: { $organisation }
mail-join-body = Дякуємо, що хочете стати цифровим помічником! Завершіть приєднання за цим посиланням: { $link } Посилання працює два дні.
mail-join-member-subject = У вас уже є обліковий запис у Digikaveri
mail-join-member-body = Хтось намагався приєднатися до організації { $organisation } з цією адресою електронної пошти. У вас уже є обліковий запис. Якщо ви забули пароль, створіть новий тут: { $link }
join-confirm-title = Завершіть приєднання
join-confirm-help = Натисніть кнопку. Тоді буде створено ваш обліковий запис, і ви приєднаєтеся.
join-confirm-submit = Стати цифровим помічником
flash-join-member = У вас уже є обліковий запис. Увійдіть.
form-error-too-often = Забагато спроб. Спробуйте пізніше.
audit-password-reset-requested = Запит посилання для нового пароля
error-403-form-body = Не вдалося перевірити форму. Браузер не повернув свій файл cookie. Відкрийте сервіс за його власною адресою і дозвольте файли cookie:
