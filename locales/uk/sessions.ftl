## Help sessions: the volunteer's record, the coordinator's lists, the person's answers

session-record-title = Записати допомогу
session-walk-in-lead = Запишіть допомогу, якщо людина підійшла прямо до вашого столу без номера в черзі або якщо ви допомагали невеликій групі.
field-session-outcome = Чим закінчилася допомога?
outcome-self = Людина навчилася робити це сама
outcome-together = Зробили разом
outcome-partly = Зроблено частково
outcome-referred = Скерували в інше місце
outcome-unsolved = Розв'язати питання не вдалося
field-session-referred-to = Куди ви скерували людину?
form-hint-session-referred-to = Тільки якщо ви скерували людину в інше місце.
session-not-referred = Нікуди не скеровували
referral-kela = Пункт обслуговування Kela
referral-city-digital-support = Цифрова підтримка міста
referral-library = Бібліотека
referral-employment-services = Служби зайнятості
referral-social-worker = Соціальний працівник
referral-family = Родина або знайомі
referral-other-service = Інша служба
field-session-saw-codes = Ви бачили або вводили коди чи паролі цієї людини?
form-hint-session-saw-codes = Відповідайте чесно. Координатор обговорить це з вами. Це не покарання.
session-saw-codes-no = Ні
session-saw-codes-yes = Так, я бачив(-ла) або вводив(-ла) коди
session-save = Зберегти
session-details = Перевірити дані
field-session-minutes = Тривалість у хвилинах
form-hint-session-minutes = 1–480 хвилин.
field-session-people = Скільки людей?
form-hint-session-people = 1 — одна людина, 2–10 — невелика група.
field-session-language = Мова, якою ви допомагали
field-session-device = Чий пристрій?
device-own-phone = Власний телефон людини
device-own-computer = Власний комп'ютер людини
device-site-computer = Комп'ютер на місці
field-session-topics = З чим ви допомагали
field-session-first-visit = Людина прийшла сюди вперше
field-session-note = Що нового я дізнався(-лася) сьогодні (не обов'язково)
form-hint-session-note = Це бачите тільки ви. Пишіть про власне навчання, а не про людину, якій ви допомагали.
form-error-identifies = Видаліть особистий ідентифікаційний код, номер телефону, електронну адресу або номер картки. З нотатки не повинно бути зрозуміло, хто ця людина.
session-error-minutes = Напишіть тривалість у хвилинах, 1–480.
session-error-people = Напишіть кількість людей, 1–10.
session-error-outcome = Виберіть, чим закінчилася допомога.
session-error-referred-to = Виберіть, куди ви скерували людину.
session-error-not-on-duty = Таку допомогу можна записати, тільки коли ви відмітилися на місці на своїй зміні.
flash-session-recorded = Допомогу записано. Дякуємо!
duty-to-record = Ще не записано
duty-record-ticket = Записати { $code }
duty-record-walk-in = Записати допомогу без номера в черзі
sessions-own-title = Мої записи про допомогу
sessions-none = Ви ще нічого не записали.
session-line = { $people ->
    [one] { $minutes } хв
    [few] { $minutes } хв, { $people } людини
    [many] { $minutes } хв, { $people } людей
   *[other] { $minutes } хв, { $people } людини
}
session-own-note = Моя нотатка
sessions-feedback-title = Що відповіли люди
sessions-feedback-totals = Відповідей: { $answers }. Добре: { $good }, нормально: { $okay }, погано: { $bad }.
sessions-feedback-alone = { $count ->
    [one] { $count } людина відповіла, що наступного разу зможе зробити це сама.
    [few] { $count } людини відповіли, що наступного разу зможуть зробити це самі.
    [many] { $count } людей відповіли, що наступного разу зможуть зробити це самі.
   *[other] { $count } людини відповіли, що наступного разу зможуть зробити це самі.
}
sessions-feedback-too-few = Підсумок з'явиться, коли відповідей буде не менше ніж { $count }. Так ніхто не дізнається, хто що відповів.
sessions-title = Записи про допомогу
field-session-site = Місце
field-session-day = День
sessions-show = Показати
sessions-none-day = У цей день у цьому місці немає записів про допомогу.
sessions-follow-up-link = { $count ->
    [one] { $count } запис треба обговорити
    [few] { $count } записи треба обговорити
    [many] { $count } записів треба обговорити
   *[other] { $count } запису треба обговорити
}
follow-up-title = Обговорити з волонтером
follow-up-lead = Під час цієї допомоги волонтер бачив або вводив коди іншої людини. Поговоріть із ним про це, щоб підтримати його, а не покарати.
follow-up-done = Обговорено
follow-up-none = Нічого обговорювати.
flash-followed-up = Позначено як обговорене.
nav-sessions = Записи про допомогу
feedback-title = Розкажіть нам
feedback-how-was-it = Якою була допомога?
feedback-face-good = Добре
feedback-face-okay = Нормально
feedback-face-bad = Погано
feedback-next-time = Наступного разу ви зможете зробити це самі?
feedback-next-alone = Так
feedback-next-little-help = З невеликою допомогою
feedback-next-not-yet = Поки ні
feedback-come-again = Ви прийдете знову?
feedback-yes = Так
feedback-no = Ні
feedback-anonymous = Ваша відповідь анонімна.
feedback-send = Надіслати
flash-feedback-thanks = Дякуємо за відповідь!
flash-feedback-closed = Ви вже відповіли, або час для відповіді закінчився.

## Changing a record afterwards, the person's answers on the volunteer's phone, unrecorded help

session-edit-title = Змінити запис
session-edit = Змінити
session-correct = Виправити
session-hand-over = Немає телефону? Дайте людині відповісти на вашому телефоні
flash-session-changed = Запис змінено.
flash-session-corrected = Запис виправлено. Виправлення є в журналі подій.
flash-feedback-handed-back = Відповідь збережено. Дякуємо! Тепер можна записати допомогу.
sessions-unrecorded-title = Незаписана допомога
sessions-unrecorded-lead = Цю допомогу позначили як завершену, але не записали того дня. Обговоріть це з помічником.
sessions-unrecorded = { $volunteer }: { $count ->
    [one] { $count } незаписаний випадок допомоги
    [few] { $count } незаписані випадки допомоги
   *[many] { $count } незаписаних випадків допомоги
} — { $site }, { $day }
sessions-unrecorded-done = Обговорено
flash-reminder-done = Позначено як обговорене.
audit-session-corrected = Виправив(ла) запис про допомогу
audit-subject-help-session = Запис про допомогу { $id }
