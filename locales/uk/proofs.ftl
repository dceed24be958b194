## Proof of experience: composing it, the printable page, confirming it, verifying it

proofs-title = Довідка про досвід
proofs-lead = Складіть довідку для пошуку роботи. Виберіть, що в ній буде і якою мовою. Координатор підтвердить її, а роботодавець зможе перевірити її за кодом.
field-proof-language = Мова довідки
form-hint-proof-language = Мови, якими читають роботодавці у Фінляндії.
proof-language-fi = фінська
proof-language-sv = шведська
proof-language-en = англійська
field-proof-parts = Що буде в довідці
proof-part-work = Зміни та години
proof-part-topics = Допомога за темами
proof-part-languages = Мови, якими я допомагаю
proof-part-trainings = Навчання
proof-part-credentials = Значки та курси
proof-part-skills = Навички і що показує робота
proof-part-levels = Рівні навичок
proof-error-parts = Виберіть щонайменше один пункт.
proof-compose = Скласти довідку
proofs-own-title = Мої довідки
proofs-none = У вас ще немає довідок.
proof-status-waiting = Чекає на підтвердження координатора
proof-status-confirmed = Підтверджено
proof-status-withdrawn = Відкликано
flash-proof-composed = Довідку складено. Координатор підтвердить її.
proof-title = Довідка про волонтерську роботу в ролі цифрового помічника
proof-lead = Досвід волонтерської роботи в ролі цифрового помічника в організації { $organisation }. Цифровий помічник допомагає людям із цифровими послугами так, щоб вони навчилися робити це самі.
proof-period = { $from } – { $until }
proof-times = { $count ->
    [one] { $count } раз
    [few] { $count } рази
    [many] { $count } разів
   *[other] { $count } разу
}
proof-evidence = { $count ->
    [one] { $count } випадок допомоги
    [few] { $count } випадки допомоги
    [many] { $count } випадків допомоги
   *[other] { $count } випадку допомоги
}, { $first } – { $last }
proof-level-self = { $step } (власна оцінка від { $date })
proof-level-observed = { $step } (спостереження координатора від { $date })
proof-signed = Підтверджено: { $name }, { $date }
proof-not-signed = Координатор ще не підтвердив цю довідку.
proof-withdrawn = Волонтер відкликав цю довідку { $date }.
proof-verify-at = Перевірити довідку можна за адресою
proof-code = Код:
proof-qr-label = QR-код для перевірки довідки
proof-print = Щоб роздрукувати довідку, скористайтеся друком у браузері (Ctrl+P).
proof-withdraw = Відкликати довідку
flash-proof-withdrawn = Довідку відкликано. Її більше не можна перевірити.
proofs-waiting-title = Довідки для підтвердження
proofs-waiting-lead = Прочитайте довідку і підтвердьте її, якщо все вказано правильно.
proofs-waiting-none = Довідок для підтвердження немає.
proof-confirm-lead = Коли ви підтверджуєте довідку, ви кажете, що все вказано правильно. Ваше ім'я і дату буде видно в довідці.
proof-confirm = Підтвердити довідку
flash-proof-signed = Довідку підтверджено.
volunteer-proofs = Довідки для підтвердження
audit-proof-signed = Підтвердження довідки
audit-subject-proof = Довідка { $id }
