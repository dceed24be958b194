## Skills growth: the growth page, the self-assessment screens, a coordinator's observation

nav-growth = Моё развитие
growth-title = Моё развитие
growth-due = Пора оценить свои навыки. Это займёт несколько минут.
growth-start = Начать оценку
growth-work-title = Моя работа
growth-shifts = { $count ->
    [one] { $count } смена
    [few] { $count } смены
    [many] { $count } смен
   *[other] { $count } смены
}, { $hours } часа
growth-trainings = Пройденные курсы: { $count }
growth-credentials = Цифровые значки и курсы: { $count }
growth-evidence-title = Что показывает моя работа
growth-evidence-lead = Здесь учитывается каждая запись о помощи. Вам не нужно ничего писать.
growth-evidence-none = Пока ничего нет. Записывайте помощь каждый раз, когда вы помогли.
growth-col-sessions = Сколько раз
growth-col-dates = Первый и последний раз
growth-col-languages = Языки
growth-col-on-their-own = Научились делать сами
growth-dates = { $first } – { $last }
growth-percent = { $percent } %
growth-goals-title = Чему я хочу научиться
growth-goal = Вы хотели научиться: { $topic }. { $count ->
    [one] Уже { $count } раз
    [few] Уже { $count } раза
    [many] Уже { $count } раз
   *[other] Уже { $count } раза
}, последний раз { $date }.
growth-goal-none = Вы хотели научиться: { $topic }. Пока ни разу.
growth-levels-title = Мои навыки
growth-assessed-on = оценка от { $date }
growth-not-assessed = оценки ещё нет
growth-assess-again = Оценить снова
growth-digcomp = DigComp: { $band }, уровень { $level }: { $words }
growth-observed-title = Наблюдения координатора
growth-observed-by = { $name }, { $date }
growth-observed-none = Координатор оценит ваши навыки для работы после нескольких смен.
growth-area-support = Цифровая поддержка
growth-area-support-about = Как правильно помогать другому человеку.
assess-title = Оценка своих навыков
assess-progress = Часть { $part } из { $parts }
assess-lead = Выберите то, что вам больше всего подходит. Неправильных ответов нет.
assess-save = Сохранить и продолжить
assess-save-last = Сохранить
flash-assessed = Сохранено. Спасибо!
observe-title = Наблюдения: навыки для работы
observe-lead = Выберите то, что вы видели на сменах: { $name }. Волонтёр увидит ваши наблюдения с вашим именем и датой.
observe-save = Сохранить наблюдения
flash-observed = Наблюдения сохранены.
volunteer-observe = Оценить навыки для работы

## The growth page's charts and the tables of their numbers

growth-charts-title = Последние 12 месяцев
growth-chart-sessions = Помощь по месяцам и областям компетенций
growth-chart-sessions-lead = Помощь, которая касается нескольких областей, считается в каждой из них.
growth-chart-levels = Мои уровни со временем: моя оценка и наблюдения координатора
growth-chart-levels-lead = Шаги 0–4: 0 пока не умею, 4 могу учить других. Точка — среднее одной оценки.
growth-chart-hours = Часы на сменах по месяцам
growth-chart-table = Цифры в таблице
growth-chart-month = Месяц
growth-chart-total = Всего
growth-chart-date = Дата
growth-chart-series = Область
growth-chart-mean = Средний шаг
growth-chart-hours-col = Часы
growth-chart-observed = Навыки для работы, наблюдения координатора
growth-chart-none = За последние 12 месяцев пока ничего нет.
# A number to a tenth, written with the locale's decimal separator.
growth-chart-number = { $n }
