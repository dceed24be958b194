## A coordinator confirms a volunteer's self-assessed levels

confirm-title = Xaqiiji is-qiimaynta
confirm-volunteer = Tabarruce: { $name }
confirm-lead = Xaqiiji qayb markaad aragtay tabarrucaha oo ka shaqeynaya heerarkan, tusaale ahaan wareegyada shaqada. Xaqiijintu waxay ka muuqan doontaa caddaynta, magacaaga iyo taariikhda.
confirm-save = Xaqiiji heerarkan
confirm-none = { $name } weli ma qiimayn xirfadihiisa.
confirm-back = Ku noqo bogga tabarrucaha
growth-confirmed-by = Waxaa xaqiijiyay { $name }, { $date }
growth-confirmed = La xaqiijiyay { $date }
growth-level-evidence = { $count ->
    [one] 1 caawimaad oo caddayn ah
   *[other] { $count } caawimaad oo caddayn ah
}
flash-levels-confirmed = Heerarka waa la xaqiijiyay.
volunteer-confirm-levels = Xaqiiji heerarka is-qiimaynta
audit-levels-confirmed = Xaqiijiyay heerarka is-qiimaynta
proof-level-confirmed = { $step } (is-qiimayn { $date }, waxaa xaqiijiyay { $name } { $confirmed })
