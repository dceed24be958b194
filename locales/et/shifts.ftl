## Navigation

nav-shifts = Vahetused
nav-shift-board = Nädala vahetused
nav-help = Abi oma keeles

## Shift form (coordinator)

shift-new-title = Uus vahetus
shift-edit-title = Muuda vahetust
shift-create = Loo vahetus
shift-edit = Muuda
shift-cancel = Tühista vahetus
field-site = Koht
field-date = Päev
field-start = Algab
field-end = Lõpeb
field-places = Kohti vabatahtlikele
form-hint-places = Mitu digisõpra saab selles vahetuses olla (1–50).
shift-wanted-languages = Soovitud keeled
form-hint-wanted-languages = Keeled, mida selles kohas eriti vaja on. Võid jätta tühjaks.
field-shift-notes = Lisainfo vabatahtlikele
form-hint-shift-notes = Näiteks millisest uksest sisse tulla.
field-repeat = Kas vahetus kordub?
shift-repeat-once = Ainult üks kord
shift-repeat-weekly = Iga nädal samal ajal
field-until = Viimane päev
form-hint-until = Iganädalase vahetuse viimane päev.
shift-error-ends-before-start = Vahetus peab lõppema hiljem, kui see algab.
shift-error-places = Kirjuta arv 1 kuni 50.
shift-error-places-taken = Vahetuses on juba rohkem vabatahtlikke. Kohti ei saa olla vähem.
shift-error-series-end = Kirjuta viimane päev, kui vahetus kordub iga nädal.
shift-error-series-end-before = Viimane päev ei saa olla enne esimest päeva.
shift-error-series-too-long = Korduv vahetus võib kesta kõige rohkem ühe aasta.
board-back = Tagasi nädala vahetuste juurde

## Week board (coordinator)

board-title = Nädala vahetused
board-week-nav = Nädalad
board-previous-week = Eelmine nädal
board-next-week = Järgmine nädal
board-gaps-title = Puudused sel nädalal
board-no-gaps = Puudusi ei ole. Igas vahetuses on piisavalt inimesi ja keeli.
board-empty = Sel nädalal ei ole vahetusi.
board-places = { $confirmed } / { $places } kohta täidetud
board-waiting = { $count ->
    [one] 1 järjekorras
   *[other] { $count } järjekorras
}
board-nobody = Keegi ei ole end veel kirja pannud.
board-new-volunteer = Uus
board-checked-in = Kohal
board-no-show = Ei tulnud
board-check-in = Märgi kohalolijaks: { $name }
board-mark-no-show = Ei tulnud: { $name }
board-gap-language = Keegi ei räägi keelt: { $language }
board-gap-places = { $count ->
    [one] 1 koht vaba
   *[other] { $count } kohta vaba
}
board-gap-new-alone = Uus vabatahtlik oleks üksi
board-gap-line = { $when }, { $site }: { $gap }
board-settings-title = Seaded
field-withdraw-limit = Loobumise tähtaeg tundides
form-hint-withdraw-limit = Vabatahtlik saab ise vahetusest loobuda kõige hiljem nii mitu tundi enne algust (0–336).
shift-error-withdraw-limit = Kirjuta arv 0 kuni 336.
shift-cancelled = Vahetus on tühistatud.

## A volunteer's shifts

shifts-mine-title = Minu vahetused
shifts-mine-coming = Minu tulevased vahetused
shifts-mine-none = Sul ei ole tulevasi vahetusi.
shift-you-are-confirmed = Sa oled selles vahetuses
shift-you-are-waiting = Sinu number järjekorras: { $place }
shift-you-checked-in = Sinu kohalolek on märgitud.
shift-check-in = Ma olen kohal
shift-check-out = Ma lähen nüüd ära
shift-withdraw = Loobu vahetusest
shifts-open-title = Vahetused, kuhu võid tulla
shifts-open-none = Praegu ei ole vabu vahetusi.
shift-free-places = { $count ->
    [one] 1 koht vaba
   *[other] { $count } kohta vaba
}
shift-sign-up = Ma tulen sellesse vahetusse
shifts-full-title = Täis vahetused
shift-join-waiting-list = Lisa mind järjekorda
shifts-not-active = Sa saad vahetusi valida, kui koordinaator on sinu koolituse kinnitanud.
shifts-past-title = Möödunud vahetused
shifts-past-when = Millal
shifts-past-hours = Tunnid
notices-title = Muudatused sinu vahetustes
notices-read = Ma olen need läbi lugenud
notice-changed = Vahetust on muudetud: { $when }, { $site }.
notice-cancelled = Vahetus on tühistatud: { $when }, { $site }.
notice-promoted = Sa said järjekorrast vahetusse: { $when }, { $site }.
shift-refusal-not-active = Sa saad vahetusi valida alles siis, kui koordinaator on sinu koolituse kinnitanud.
shift-refusal-no-such-shift = Vahetust ei leitud.
shift-refusal-cancelled = Vahetus on tühistatud.
shift-refusal-started = Vahetus on juba alanud.
shift-refusal-already = Sa oled end juba sellesse vahetusse kirja pannud.
shift-refusal-overlaps = Sul on samal ajal juba teine vahetus.
shift-refusal-not-signed-up = Sa ei ole selles vahetuses.
shift-refusal-too-late = Sa ei saa enam ise vahetusest loobuda. Helista koordinaatorile.
shift-refusal-check-in-closed = Kohalolekut saad märkida alles veidi enne vahetuse algust.
flash-signed-up = Sa oled nüüd selles vahetuses.
flash-waiting-list = Vahetus on täis. Sa oled järjekorras. Kui sa saad vahetusse, näed sõnumit sellel lehel.
flash-withdrawn = Sa loobusid vahetusest.
flash-checked-in = Sinu kohalolek on märgitud. Head vahetust!
flash-checked-out = Sinu lahkumine on märgitud. Aitäh!
flash-notices-read = Sõnumid on loetud.
flash-shifts-created = Vahetused on loodud.
flash-shift-changed = Vahetust on muudetud. Vahetuses olijad näevad muudatust oma lehel.
flash-shift-cancelled = Vahetus on tühistatud. Vahetuses olijad näevad seda oma lehel.
flash-attendance-recorded = Märge on salvestatud.
flash-withdraw-limit-saved = Tähtaeg on salvestatud.
flash-calendar-link-renewed = Kalendril on uus aadress. Vana aadress enam ei tööta.

## Calendar feed

calendar-title = Vahetused oma kalendrisse
calendar-help = Lisa see aadress oma telefoni kalendrisse. Seal on näha sinu vahetused. Ära anna aadressi teistele.
calendar-renew = Tee uus aadress
calendar-name = Digikaveri vahetused
calendar-event = Digikaveri: { $site }

## Help in my language (public)

help-title = Abi oma keeles
help-lead = Vali keel. Sa näed, millal ja kus digisõber seda keelt räägib.
field-help-language = Keel
field-help-topic = Millega sa abi vajad? (ei ole kohustuslik)
help-any-topic = Ükskõik millega
help-search = Näita aegu
help-times-title = Abi keeles: { $language }
help-topic-fallback = Keegi ei ole öelnud, et oskab just selle teemaga aidata. Need digisõbrad räägivad sinu keelt ja võivad ikkagi aidata.
help-none = Järgmise { $days } päeva jooksul ei ole selles keeles veel aegu. Vaata hiljem uuesti.
