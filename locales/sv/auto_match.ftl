# Automatic matching: the engine confirms its own suggestions at a site.
duty-by-engine-title = Ihopparade av systemet
duty-by-engine-lead = Systemet parade ihop dessa själv. Skälen står nedan.
duty-auto-is-on = Systemet parar ihop människor själv på den här platsen.
duty-auto-is-off = Människor paras ihop för hand. Systemet ger bara förslag.
duty-auto-on = Låt systemet para ihop själv
duty-auto-off = Para ihop för hand
flash-auto-match-on = Systemet parar nu ihop själv.
flash-auto-match-off = Människor paras nu ihop för hand.
audit-auto-match-on = Slog på automatisk ihopparning
audit-auto-match-off = Slog av automatisk ihopparning
