## A coordinator confirms a volunteer's self-assessed levels

confirm-title = Підтвердження самооцінки
confirm-volunteer = Волонтер: { $name }
confirm-lead = Підтвердьте сферу, якщо ви бачили, що волонтер працює на цих рівнях, наприклад на змінах. Підтвердження буде видно в довідці з вашим іменем і датою.
confirm-save = Підтвердити ці рівні
confirm-none = { $name } ще не оцінював(ла) свої навички.
confirm-back = Назад на сторінку волонтера
growth-confirmed-by = Підтверджено: { $name }, { $date }
growth-confirmed = Підтверджено { $date }
growth-level-evidence = { $count ->
    [one] { $count } випадок допомоги як підтвердження
    [few] { $count } випадки допомоги як підтвердження
    [many] { $count } випадків допомоги як підтвердження
   *[other] { $count } випадку допомоги як підтвердження
}
flash-levels-confirmed = Рівні підтверджено.
volunteer-confirm-levels = Підтвердити рівні самооцінки
audit-levels-confirmed = Підтвердження рівнів самооцінки
proof-level-confirmed = { $step } (власна оцінка від { $date }, підтвердив(ла) { $name } { $confirmed })
