# The privacy notice, the retention rules and a volunteer's own data.
footer-privacy = Захист даних: що ми зберігаємо і як довго
privacy-title = Захист даних
privacy-intro = Digikaveri зберігає лише те, що потрібно для допомоги, змін волонтерів і звітів для донорів. Нижче сказано, що зберігається, навіщо і як довго.
privacy-kept-title = Що зберігається і як довго
privacy-rights-title = Ваші дані
privacy-rights = Волонтер може завантажити всі дані про себе в розділі «Мої дані» і побачити, хто з працівників переглядав його сторінку. Ми не зберігаємо імен і контактів тих, хто приходить по допомогу.
rule-unclaimed-tickets = Номери в черзі
rule-unclaimed-tickets-why = Номер, мови й теми потрібні, щоб знайти відповідного волонтера. Цифри за день лишаються для звітів, без номера.
rule-ticket-links = Зв’язок номера в черзі із записаною допомогою
rule-ticket-links-why = Зв’язок потрібен для відгуку і запису. Його видаляють після відгуку або наприкінці дня.
rule-sign-in-sessions = Входи в систему
rule-sign-in-sessions-why = Вхід закінчується після восьми годин без дій. Завершений вхід видаляється.
rule-sign-in-attempts = Спроби входу
rule-sign-in-attempts-why = Спроби рахуються, щоб ніхто не міг вгадати пароль.
rule-used-links = Використані та прострочені посилання
rule-used-links-why = Посилання для зміни пароля, запрошення і приєднання видаляються, коли їх використано або вони прострочені.
rule-limit-counts = Обмеження публічних форм
rule-limit-counts-why = Рахуються, щоб ніхто не міг заповнити чергу. Від адреси зберігається лише хеш.
rule-audit-log = Журнал подій
rule-audit-log-why = Журнал показує, хто що зробив і хто переглядав чиї дані.
rule-inactive-volunteers = Обліковий запис волонтера
rule-inactive-volunteers-why = Якщо ви не входили рік, ми запитаємо, чи хочете ви зберегти обліковий запис. Якщо ви не відповісте протягом місяця, ваше ім’я, пошту і телефон буде видалено. Кількість записаної допомоги лишається у звітах.
period-end-of-day = До кінця дня черги.
period-hours = { $count ->
    [one] { $count } година.
    [few] { $count } години.
   *[other] { $count } годин.
}
period-days = { $count ->
    [one] { $count } день.
    [few] { $count } дні.
   *[other] { $count } днів.
}
period-months = { $count ->
    [one] { $count } місяць.
    [few] { $count } місяці.
   *[other] { $count } місяців.
}
period-years = { $count ->
    [one] { $count } рік.
    [few] { $count } роки.
   *[other] { $count } років.
}
retention-title = Зберігання даних
retention-help = Ці правила самі видаляють дані, коли їхній строк минув. Вони запускаються щогодини.
retention-last-run = Останній запуск: { $when }.
retention-never-run = Правила ще не запускалися.
retention-col-rule = Що
retention-col-period = Як довго
retention-col-removed = Видалено минулого разу
retention-asked = { $count ->
    [0] Минулого разу нікого не питали.
    [one] Минулого разу { $count } волонтера запитали, чи зберегти обліковий запис.
   *[other] Минулого разу { $count } волонтерів запитали, чи зберегти обліковий запис.
}
audit-retention-run = Старі дані видалено
audit-account-kept = Волонтер вирішив зберегти обліковий запис
audit-data-exported = Свої дані завантажено
audit-subject-service = Сервіс
inactive-title = Хочете зберегти обліковий запис?
inactive-help = Ви не входили рік. Якщо ви не відповісте протягом місяця, ваші дані буде видалено.
inactive-keep = Зберегти мій обліковий запис
flash-account-kept = Дякуємо! Ваш обліковий запис збережено.
mail-inactive-subject = Хочете зберегти обліковий запис Digikaveri?
mail-inactive-body = Ви не входили в Digikaveri рік. Щоб зберегти обліковий запис, увійдіть протягом місяця: { $link }
    Інакше ваше ім’я, пошту і телефон буде видалено.
account-data-link = Мої дані: що про мене зберігається
data-title = Мої дані
data-help = Тут усе, що про вас зберігається. Ті самі дані можна завантажити файлом. Кожне завантаження записується в журнал подій.
data-download = Завантажити мої дані (JSON)
data-staff-views-title = Хто з працівників переглядав вашу сторінку
data-staff-view = { $when }: { $who }
data-staff-view-gone = { $when }: видалений обліковий запис
data-staff-views-empty = Ніхто з працівників не переглядав вашу сторінку.
data-section-empty = Немає даних.
