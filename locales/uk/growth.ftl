## Skills growth: the growth page, the self-assessment screens, a coordinator's observation

nav-growth = Мій розвиток
growth-title = Мій розвиток
growth-due = Час оцінити свої навички. Це займе кілька хвилин.
growth-start = Почати оцінку
growth-work-title = Моя робота
growth-shifts = { $count ->
    [one] { $count } зміна
    [few] { $count } зміни
    [many] { $count } змін
   *[other] { $count } зміни
}, { $hours } години
growth-trainings = Пройдені курси: { $count }
growth-credentials = Значки та курси: { $count }
growth-evidence-title = Що показує моя робота
growth-evidence-lead = Тут ураховується кожен запис про допомогу. Вам не потрібно нічого писати.
growth-evidence-none = Поки нічого немає. Записуйте допомогу щоразу, коли ви допомогли.
growth-col-sessions = Скільки разів
growth-col-dates = Перший і останній раз
growth-col-languages = Мови
growth-col-on-their-own = Навчилися робити самі
growth-dates = { $first } – { $last }
growth-percent = { $percent } %
growth-goals-title = Чого я хочу навчитися
growth-goal = Ви хотіли навчитися: { $topic }. { $count ->
    [one] Уже { $count } раз
    [few] Уже { $count } рази
    [many] Уже { $count } разів
   *[other] Уже { $count } разу
}, востаннє { $date }.
growth-goal-none = Ви хотіли навчитися: { $topic }. Поки жодного разу.
growth-levels-title = Мої навички
growth-assessed-on = оцінка від { $date }
growth-not-assessed = оцінки ще немає
growth-assess-again = Оцінити знову
growth-digcomp = DigComp: { $band }, рівень { $level }: { $words }
growth-observed-title = Спостереження координатора
growth-observed-by = { $name }, { $date }
growth-observed-none = Координатор оцінить ваші навички для роботи після кількох змін.
growth-area-support = Цифрова підтримка
growth-area-support-about = Як правильно допомагати іншій людині.
assess-title = Оцінка своїх навичок
assess-progress = Частина { $part } з { $parts }
assess-lead = Виберіть те, що вам найбільше підходить. Неправильних відповідей немає.
assess-save = Зберегти й продовжити
assess-save-last = Зберегти
flash-assessed = Збережено. Дякуємо!
observe-title = Спостереження: навички для роботи
observe-lead = Виберіть те, що ви бачили на змінах: { $name }. Волонтер побачить ваші спостереження з вашим ім'ям і датою.
observe-save = Зберегти спостереження
flash-observed = Спостереження збережено.
volunteer-observe = Оцінити навички для роботи

## The growth page's charts and the tables of their numbers

growth-charts-title = Останні 12 місяців
growth-chart-sessions = Допомога за місяцями та сферами компетентностей
growth-chart-sessions-lead = Допомога, що стосується кількох сфер, рахується в кожній із них.
growth-chart-levels = Мої рівні з часом: самооцінка і спостереження
growth-chart-levels-lead = Кроки 0–4: 0 ще не вмію, 4 можу навчати інших. Точка — середнє однієї оцінки.
growth-chart-hours = Години на змінах за місяцями
growth-chart-table = Цифри в таблиці
growth-chart-month = Місяць
growth-chart-total = Усього
growth-chart-date = Дата
growth-chart-series = Сфера
growth-chart-mean = Середній крок
growth-chart-hours-col = Години
growth-chart-observed = Навички для роботи, спостереження координатора
growth-chart-none = За останні 12 місяців поки нічого немає.
# A number to a tenth, written with the locale's decimal separator.
growth-chart-number = { $n }
