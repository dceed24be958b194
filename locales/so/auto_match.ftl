# Automatic matching: the engine confirms its own suggestions at a site.
duty-by-engine-title = Nidaamku wuu isku xiray
duty-by-engine-lead = Nidaamku kuwan keligiis ayuu isku xiray. Sababaha hoos ayay ku qoran yihiin.
duty-auto-is-on = Goobtan nidaamku dadka keligiis ayuu isku xiraa.
duty-auto-is-off = Dadka gacan ayaa lagu isku xiraa. Nidaamku talo keliya ayuu bixiyaa.
duty-auto-on = U oggolow nidaamka inuu keligiis isku xiro
duty-auto-off = Gacan ku isku xir
flash-auto-match-on = Hadda nidaamku keligiis ayuu isku xiraa.
flash-auto-match-off = Hadda dadka gacan ayaa lagu isku xiraa.
audit-auto-match-on = Daaray isku xirka tooska ah
audit-auto-match-off = Damiyay isku xirka tooska ah
