## A coordinator confirms a volunteer's self-assessed levels

confirm-title = Bekräfta självbedömningen
confirm-volunteer = Frivillig: { $name }
confirm-lead = Bekräfta ett område när du har sett den frivilliga arbeta på de här nivåerna, till exempel under passen. Bekräftelsen syns på intyget med ditt namn och datumet.
confirm-save = Bekräfta nivåerna
confirm-none = { $name } har inte bedömt sin kompetens ännu.
confirm-back = Tillbaka till den frivilligas sida
growth-confirmed-by = Bekräftat av { $name }, { $date }
growth-confirmed = Bekräftat { $date }
growth-level-evidence = { $count ->
    [one] 1 hjälptillfälle som belägg
   *[other] { $count } hjälptillfällen som belägg
}
flash-levels-confirmed = Nivåerna är bekräftade.
volunteer-confirm-levels = Bekräfta självbedömda nivåer
audit-levels-confirmed = Bekräftade självbedömda nivåer
proof-level-confirmed = { $step } (egen bedömning { $date }, bekräftad av { $name } { $confirmed })
