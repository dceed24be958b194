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
