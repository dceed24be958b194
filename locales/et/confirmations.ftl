## A coordinator confirms a volunteer's self-assessed levels

confirm-title = Enesehindamise kinnitamine
confirm-volunteer = Vabatahtlik: { $name }
confirm-lead = Kinnita valdkond, kui oled näinud, et vabatahtlik töötab nendel tasemetel, näiteks vahetuste ajal. Kinnitus on tõendil näha koos sinu nime ja kuupäevaga.
confirm-save = Kinnita need tasemed
confirm-none = { $name } ei ole veel oma oskusi hinnanud.
confirm-back = Tagasi vabatahtliku lehele
growth-confirmed-by = Kinnitanud { $name }, { $date }
growth-confirmed = Kinnitatud { $date }
growth-level-evidence = { $count ->
    [one] 1 abistamine tõendina
   *[other] { $count } abistamist tõendina
}
flash-levels-confirmed = Tasemed on kinnitatud.
volunteer-confirm-levels = Kinnita enesehindamise tasemed
audit-levels-confirmed = Kinnitas enesehindamise tasemed
proof-level-confirmed = { $step } (oma hinnang { $date }, kinnitanud { $name } { $confirmed })
