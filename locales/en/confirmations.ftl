## A coordinator confirms a volunteer's self-assessed levels

confirm-title = Confirm a self-assessment
confirm-volunteer = Volunteer: { $name }
confirm-lead = Confirm an area when you have seen the volunteer work at these levels, for example on shifts. The confirmation shows on the proof with your name and the date.
confirm-save = Confirm these levels
confirm-none = { $name } has not assessed their skills yet.
confirm-back = Back to the volunteer's page
growth-confirmed-by = Confirmed by { $name }, { $date }
growth-confirmed = Confirmed { $date }
growth-level-evidence = { $count ->
    [one] 1 help session as evidence
   *[other] { $count } help sessions as evidence
}
flash-levels-confirmed = The levels are confirmed.
volunteer-confirm-levels = Confirm self-assessed levels
audit-levels-confirmed = Confirmed self-assessed levels
proof-level-confirmed = { $step } (own assessment, { $date }; confirmed by { $name }, { $confirmed })
