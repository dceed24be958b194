## A coordinator confirms a volunteer's self-assessed levels

confirm-title = Подтверждение самооценки
confirm-volunteer = Волонтёр: { $name }
confirm-lead = Подтвердите область, если вы видели, что волонтёр работает на этих уровнях, например на сменах. Подтверждение будет видно в справке с вашим именем и датой.
confirm-save = Подтвердить эти уровни
confirm-none = { $name } ещё не оценивал(а) свои навыки.
confirm-back = Назад на страницу волонтёра
growth-confirmed-by = Подтверждено: { $name }, { $date }
growth-confirmed = Подтверждено { $date }
growth-level-evidence = { $count ->
    [one] { $count } случай помощи как подтверждение
    [few] { $count } случая помощи как подтверждение
    [many] { $count } случаев помощи как подтверждение
   *[other] { $count } случая помощи как подтверждение
}
flash-levels-confirmed = Уровни подтверждены.
volunteer-confirm-levels = Подтвердить уровни самооценки
audit-levels-confirmed = Подтверждение уровней самооценки
proof-level-confirmed = { $step } (собственная оценка от { $date }, подтвердил(а) { $name } { $confirmed })
