## A coordinator confirms a volunteer's self-assessed levels

confirm-title = Itsearvioinnin vahvistus
confirm-volunteer = Vapaaehtoinen: { $name }
confirm-lead = Vahvista osa-alue, kun olet nähnyt vapaaehtoisen toimivan näillä tasoilla, esimerkiksi vuoroilla. Vahvistus näkyy todistuksessa nimesi ja päivämäärän kanssa.
confirm-save = Vahvista nämä tasot
confirm-none = { $name } ei ole vielä arvioinut osaamistaan.
confirm-back = Takaisin vapaaehtoisen sivulle
growth-confirmed-by = Vahvistanut { $name }, { $date }
growth-confirmed = Vahvistettu { $date }
growth-level-evidence = { $count ->
    [one] 1 apu näyttönä
   *[other] { $count } apua näyttönä
}
flash-levels-confirmed = Tasot on vahvistettu.
volunteer-confirm-levels = Vahvista itsearvioinnin tasot
audit-levels-confirmed = Vahvisti itsearvioinnin tasot
proof-level-confirmed = { $step } (oma arvio { $date }, vahvistanut { $name } { $confirmed })
