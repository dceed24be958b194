# Automatic matching: the engine confirms its own suggestions at a site.
duty-by-engine-title = Matched by the system
duty-by-engine-lead = The system matched these by itself. The reasons are below.
duty-auto-is-on = The system matches people by itself at this site.
duty-auto-is-off = People are matched by hand. The system only suggests.
duty-auto-on = Let the system match by itself
duty-auto-off = Match by hand
flash-auto-match-on = The system now matches by itself.
flash-auto-match-off = People are now matched by hand.
audit-auto-match-on = Turned on automatic matching
audit-auto-match-off = Turned off automatic matching
