## Navigation

nav-shifts = Wareegyada shaqada
nav-shift-board = Wareegyada shaqada ee toddobaadka
nav-help = Ku hel caawimaad luqaddaada

## Shift form (coordinator)

shift-new-title = Wareeg shaqo oo cusub
shift-edit-title = Beddel wareegga shaqada
shift-create = Samee wareegga shaqada
shift-edit = Beddel
shift-cancel = Jooji wareegga shaqada
field-site = Goobta
field-date = Maalinta
field-start = Wakhtiga bilowga
field-end = Wakhtiga dhammaadka
field-places = Boosaska tabarrucayaasha
form-hint-places = Imisa saaxiib dijitaal ah ayaa ka qayb geli kara wareegga shaqada (1–50).
shift-wanted-languages = Luqadaha loo baahan yahay
form-hint-wanted-languages = Luqadaha si gaar ah loogu baahan yahay goobtan. Tan waad iska dhaafi kartaa.
field-shift-notes = Xog dheeraad ah oo tabarrucayaasha loogu talagalay
form-hint-shift-notes = Tusaale ahaan albaabka laga soo galo.
field-repeat = Wareegga shaqadu ma soo noqnoqdaa?
shift-repeat-once = Hal mar oo keliya
shift-repeat-weekly = Toddobaad kasta isla wakhtigaas
field-until = Maalinta ugu dambaysa
form-hint-until = Maalinta ugu dambaysa ee wareegga shaqada ee toddobaad kasta.
shift-error-ends-before-start = Wareegga shaqadu waa inuu dhammaadaa kadib marka uu bilaabmo.
shift-error-places = Qor tiro u dhaxaysa 1 iyo 50.
shift-error-places-taken = Wareegga shaqada tabarrucayaal ka badan ayaa horay ugu jira. Boosaska lama yarayn karo.
shift-error-series-end = Qor maalinta ugu dambaysa marka wareegga shaqadu toddobaad kasta soo noqnoqdo.
shift-error-series-end-before = Maalinta ugu dambaysa ma noqon karto ka hor maalinta koowaad.
shift-error-series-too-long = Wareeg shaqo oo soo noqnoqda wuxuu socon karaa ugu badnaan hal sano.
board-back = Ku noqo wareegyada shaqada ee toddobaadka

## Week board (coordinator)

board-title = Wareegyada shaqada ee toddobaadka
board-week-nav = Toddobaadyada
board-previous-week = Toddobaadkii hore
board-next-week = Toddobaadka xiga
board-gaps-title = Waxa maqan toddobaadkan
board-no-gaps = Wax maqan ma jiro. Wareeg shaqo kasta waxaa ku jira dad iyo luqado ku filan.
board-empty = Toddobaadkan wareegyo shaqo ma jiraan.
board-places = { $confirmed } / { $places } boos ayaa la qaatay
board-waiting = { $count ->
    [one] 1 ayaa sugaya
   *[other] { $count } ayaa sugaya
}
board-nobody = Weli qofna ma is qorin.
board-new-volunteer = Cusub
board-checked-in = Joogo
board-no-show = Ma iman
board-check-in = Calaamadee inuu joogo: { $name }
board-mark-no-show = Ma iman: { $name }
board-gap-language = Qofna kuma hadlo luqadda { $language }
board-gap-places = { $count ->
    [one] 1 boos ayaa bannaan
   *[other] { $count } boos ayaa bannaan
}
board-gap-new-alone = Tabarruce cusub keligiis ayuu noqonayaa
board-gap-line = { $when }, { $site }: { $gap }
board-settings-title = Dejinta
field-withdraw-limit = Wakhtiga ugu dambeeya ee ka noqoshada, saacado
form-hint-withdraw-limit = Tabarrucuhu isaga laftiisa wuu ka noqon karaa wareegga shaqada ilaa tiradan saacadood ka hor bilowga (0–336).
shift-error-withdraw-limit = Qor tiro u dhaxaysa 0 iyo 336.
shift-cancelled = Wareegga shaqada waa la joojiyay.

## A volunteer's shifts

shifts-mine-title = Wareegyadayda shaqada
shifts-mine-coming = Wareegyadayda shaqada ee soo socda
shifts-mine-none = Ma lihid wareegyo shaqo oo soo socda.
shift-you-are-confirmed = Waad ku jirtaa wareeggan shaqada
shift-you-are-waiting = Waxaad tahay lambarka { $place } ee liiska sugitaanka
shift-you-checked-in = Waxaa la qoray inaad goobta joogto.
shift-check-in = Waan joogaa
shift-check-out = Hadda waan tegayaa
shift-withdraw = Ka noqo wareegga shaqada
shifts-open-title = Wareegyada shaqada ee aad qaadan karto
shifts-open-none = Hadda ma jiraan wareegyo shaqo oo bannaan.
shift-free-places = { $count ->
    [one] 1 boos ayaa bannaan
   *[other] { $count } boos ayaa bannaan
}
shift-sign-up = Waan imanayaa wareeggan shaqada
shifts-full-title = Wareegyada shaqada ee buuxa
shift-join-waiting-list = Ku biir liiska sugitaanka
shifts-not-active = Waxaad dooran kartaa wareegyo shaqo marka isku-duwe ansixiyo tababarkaaga.
shifts-past-title = Wareegyadii shaqada ee hore
shifts-past-when = Goorma
shifts-past-hours = Saacadaha
notices-title = Isbeddellada wareegyadaada shaqada
notices-read = Waan akhriyay kuwan
notice-changed = Wareeg shaqo waa la beddelay: { $when }, { $site }.
notice-cancelled = Wareeg shaqo waa la joojiyay: { $when }, { $site }.
notice-promoted = Liiska sugitaanka waad ka soo baxday. Hadda waxaad ku jirtaa wareegga shaqada: { $when }, { $site }.
shift-refusal-not-active = Waxaad dooran kartaa wareegyo shaqo oo keliya marka isku-duwe ansixiyo tababarkaaga.
shift-refusal-no-such-shift = Wareegga shaqada lama helin.
shift-refusal-cancelled = Wareegga shaqada waa la joojiyay.
shift-refusal-started = Wareegga shaqada horay ayuu u bilaabmay.
shift-refusal-already = Horay ayaad isugu qortay wareeggan shaqada.
shift-refusal-overlaps = Horay ayaad u leedahay wareeg shaqo isla wakhtigaas.
shift-refusal-not-signed-up = Kuma jirtid wareeggan shaqada.
shift-refusal-too-late = Hadda adigu kama noqon kartid wareegga shaqada. Wac isku-duwahaaga.
shift-refusal-check-in-closed = Waxaad qori kartaa inaad joogto oo keliya wax yar ka hor bilowga wareegga shaqada.
flash-signed-up = Waad ku jirtaa wareegga shaqada.
flash-waiting-list = Wareegga shaqadu waa buuxaa. Waxaad ku jirtaa liiska sugitaanka. Haddii boos bannaanaado, fariin ayaad ka heli doontaa boggan.
flash-withdrawn = Waad ka noqotay wareegga shaqada.
flash-checked-in = Waxaa la qoray inaad joogto. Wareeg shaqo wanaagsan!
flash-checked-out = Waxaa la qoray inaad tagtay. Mahadsanid!
flash-notices-read = Fariimaha waa la akhriyay.
flash-shifts-created = Wareegyada shaqada waa la sameeyay.
flash-shift-changed = Wareegga shaqada waa la beddelay. Dadka ku jira waxay isbeddelka ku arkayaan boggooda.
flash-shift-cancelled = Wareegga shaqada waa la joojiyay. Dadka ku jira waxay tan ku arkayaan boggooda.
flash-attendance-recorded = Waa la kaydiyay.
flash-withdraw-limit-saved = Wakhtiga ugu dambeeya waa la kaydiyay.
flash-calendar-link-renewed = Kalandarkaagu wuxuu leeyahay ciwaan cusub. Ciwaanka hore mar dambe ma shaqaynayo.

## Calendar feed

calendar-title = Wareegyada shaqada ku dar kalandarkaaga
calendar-help = Ciwaankan ku dar kalandarka taleefankaaga. Wuxuu muujinayaa wareegyadaada shaqada. Ciwaanka ha siin dad kale.
calendar-renew = Samee ciwaan cusub
calendar-name = Wareegyada shaqada Digikaveri
calendar-event = Digikaveri: { $site }

## Help in my language (public)

help-title = Ku hel caawimaad luqaddaada
help-lead = Dooro luqad. Waxaad arkaysaa goorta iyo meesha saaxiib dijitaal ah uu ku hadlo luqaddaas.
field-help-language = Luqadda
field-help-topic = Maxaad caawimaad u baahan tahay? (khasab ma aha)
help-any-topic = Wax kasta
help-search = Muuji wakhtiyada
help-times-title = Caawimaad, luqadda: { $language }
help-topic-fallback = Qofna ma sheegin inuu arrintan yaqaan. Saaxiibadan dijitaalka ah waxay ku hadlaan luqaddaada. Waxaa laga yaabaa inay ku caawiyaan.
help-none = Muddada { $days } maalmood ee soo socda, weli ma jiraan wakhtiyo luqaddan ah. Mar kale eeg hadhow.
