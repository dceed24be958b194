## Sites run by the coordinators

nav-sites = Platser
sites-title = Platser
site-add = Lägg till en plats
site-new-title = Ny plats
site-edit-title = Platsens uppgifter
site-create = Lägg till platsen
site-edit = Ändra
site-close = Stäng platsen
site-reopen = Öppna platsen igen
site-closed = Platsen är stängd.
site-queue-paused = Det är paus. Det går inte att ta könummer just nu.
sites-back = Tillbaka till platserna
sites-empty-title = Inga platser ännu
sites-empty-help = Lägg först till en plats där digikompisar hjälper. Sedan kan du göra pass där och skriva ut platsens affisch.
field-site-name = Platsens namn
field-site-kind = Typ av plats
field-site-address = Adress
field-site-code = Kort kod
form-hint-site-code = 3–10 bokstäver A–Z eller siffror. Den första ska vara en bokstav. Koden står på affischen och på könumren. Om du ändrar koden, fungerar den gamla adressen på affischen ännu i ett halvår.
field-site-opening = Öppettider och hur man hittar hjälpen
form-hint-site-opening = De som söker hjälp ser det här. Skriv på ditt eget språk. Du kan också skriva på andra språk.
field-site-access = Tillgänglighet
form-hint-site-access = Till exempel trappor, hiss eller ingång utan trappsteg.
field-site-tables = Bord
form-hint-site-tables = Ett bord eller en disk per rad, till exempel 1 och 2. En digikompis väljer ett bord när hen kommer till sitt pass.
site-error-code = Koden har 3–10 bokstäver A–Z eller siffror, och den första är en bokstav.
site-error-code-taken = Den här koden används redan. Välj en annan.
site-error-tables = Kontrollera borden: högst 30, alla med olika namn, högst 30 tecken.
flash-site-created = Platsen är tillagd.
flash-site-saved = Platsens uppgifter är sparade.
flash-site-closed = Platsen är stängd.
flash-site-reopened = Platsen är öppen igen.
site-close-title = Vill du stänga platsen?
site-close-help = Ingen kan ta könummer på en stängd plats, och de som söker hjälp ser den inte. Platsens pass och historik sparas. Du kan öppna platsen igen.
site-close-confirm = Ja, stäng platsen
form-keep = Nej, gå tillbaka
form-other-languages = På andra språk
audit-site-created = Lade till en plats
audit-site-changed = Ändrade uppgifter om en plats
audit-site-closed = Stängde en plats
audit-site-reopened = Öppnade en plats igen
audit-subject-site = Plats { $id }

## The first steps of a new organisation

steps-title = Så kommer du i gång
steps-site = Lägg till din första plats
steps-series = Gör ett pass som upprepas varje vecka
steps-join-link = Dela anslutningslänken med frivilliga
steps-poster = Skriv ut platsens affisch
steps-done = Klart
shift-no-sites = Ett pass är alltid på en plats. Lägg först till en plats.

## The day at the site

nav-today = I dag
today-title = I dag
today-open = Det går att ta könummer
today-not-open = Inte öppet just nu
today-waiting = { $count ->
    [one] 1 väntar
   *[other] { $count } väntar
}
today-empty-title = Inga pass i dag
today-empty-help = När en plats har ett pass i dag, ser du här vem som är på plats och hur många som väntar.
nav-queue = Kö
field-table = Bord
table-none = Inget bord
duty-at-table = Bord { $table }
duty-seat = Byt bord
flash-duty-seated = Bordet är bytt.
flash-duty-not-on-duty = Den här digikompisen är inte på plats nu.
duty-undo-title = Du kan fortfarande ångra
duty-undo-unserved = Ångra: kunde inte hjälpa ({ $code })
flash-duty-undone = Ångrat. Numret är i kön igen.
flash-duty-undo-too-late = Det här går inte att ångra längre.
duty-controls-title = Styr kön
duty-pause = Pausa nya nummer
duty-resume = Tillåt nya nummer igen
flash-queue-paused = Ingen kan ta nya nummer nu.
flash-queue-resumed = Det går att ta nummer igen.
field-remove-minutes = Ta bort väntande nummer som har tagits under de senaste minuterna
form-hint-remove-minutes = Om någon tar många nummer som ingen använder. Skriv antalet minuter (1–240).
duty-remove = Ta bort numren
flash-queue-removed = Numren är borttagna.
duty-on-duty-at = Du har pass här: { $site }. Sidan uppdateras av sig själv.
duty-check-in-first = Anmäl dig först på plats på sidan för ditt pass.
board-undo-check-in = Ångra på plats: { $name }
board-undo-no-show = Ångra kom inte: { $name }
shift-refusal-not-started = Passet har inte börjat ännu.
shift-refusal-undo-too-late = Markeringen går inte att ångra längre.

## Queue numbers: one per phone, pauses, help in another language

queue-you-have = Du har redan nummer { $code } på den här platsen.
queue-open-yours = Öppna ditt nummer
flash-ticket-already = Du har redan ett nummer. Här är det.
queue-paused = Det går inte att ta nummer just nu. Fråga personalen här.
queue-site-closed = Den här platsen är stängd.
queue-too-many = Många har tagit nummer just nu. Vänta en stund och försök igen.
ticket-status-helping = En digikompis hjälper dig nu
ticket-helping-help = Hjälpen har börjat. Du gör det själv, och digikompisen visar hur.
ticket-status-removed = Personalen tog bort det här numret.
ticket-your-helper-table = Din digikompis heter { $name }. Gå till bord { $table }.
ticket-requeued = Din digikompis kan inte hjälpa dig. Du har kvar din plats i kön. Vi letar efter en ny digikompis åt dig.
ticket-nobody-speaks = Just nu finns ingen här som talar språket: { $language }.
ticket-second-language = Ingen här talar ditt första språk. En digikompis kan hjälpa dig på språket: { $language }.
ticket-next-help = Nästa gång det finns hjälp på ditt språk: { $when }, { $site }.
ticket-next-help-none = De närmaste två veckorna finns det ingen hjälp på det här språket.
ticket-may-wait = Du kan ändå stanna i kön. Någon kan kanske hjälpa dig på ett annat språk.
ticket-leave-title = Vill du lämna kön?
ticket-leave-help = Om du går, tas ditt nummer bort från kön. Du kan ta ett nytt nummer om du kommer tillbaka.
ticket-leave-confirm = Ja, jag lämnar kön
ticket-stay = Nej, jag stannar i kön

## Weekly series: one shift or more

shift-scope-title = Vilka pass gäller ändringen?
form-hint-shift-scope = Passen i en veckoserie behåller var sin dag. Tiderna, platserna och språken ändras i de pass som du väljer.
shift-scope-one = Bara det här passet
shift-scope-following = Det här passet och de senare
shift-scope-series = Alla pass i den här serien
shift-cancel-title = Vill du ställa in passet?
shift-cancel-help = De som har anmält sig till passet får veta att det är inställt.
shift-cancel-confirm = Ja, ställ in
shift-error-date-window = Välj en dag som är högst ett år bakåt eller högst två år framåt.

## Passwords and joining by mail

login-forgot-link = Har du glömt lösenordet?
forgot-title = Glömt lösenord
forgot-help = Skriv din e-postadress. Vi skickar en länk dit. Med länken kan du göra ett nytt lösenord.
forgot-submit = Skicka länken
forgot-sent = Om det finns ett konto med den här adressen, är länken på väg. Titta i din e-post. Länken fungerar i ett dygn.
forgot-too-many = Någon har bett om för många länkar. Försök igen senare.
mail-reset-subject = Ett nytt lösenord till Digikaveri
mail-reset-body = Någon bad om ett nytt lösenord för den här e-postadressen. Gör ett nytt lösenord med den här länken: { $link } Länken fungerar i ett dygn. Om du inte bad om det, kan du strunta i det här meddelandet.
join-mailed-title = Titta i din e-post
join-mailed-body = Vi skickade en länk till { $email }.
join-mailed-help = Öppna länken inom två dagar. Sedan är du med, och en koordinator kontaktar dig.
mail-join-subject = Bli digikompis: { $organisation }
mail-join-body = Tack för att du vill bli digikompis! Gör klart din anslutning med den här länken: { $link } Länken fungerar i två dagar.
mail-join-member-subject = Du har redan ett konto i Digikaveri
mail-join-member-body = Någon försökte ansluta sig till { $organisation } med den här e-postadressen. Du har redan ett konto. Om du har glömt ditt lösenord, gör ett nytt här: { $link }
join-confirm-title = Gör klart din anslutning
join-confirm-help = Tryck på knappen. Då skapas ditt konto och du är med.
join-confirm-submit = Bli digikompis
flash-join-member = Du har redan ett konto. Logga in.
form-error-too-often = Det här har provats för många gånger. Försök igen senare.
audit-password-reset-requested = Bad om en lösenordslänk
error-403-form-body = Formuläret kunde inte kontrolleras. Webbläsaren skickade inte tillbaka sin kaka (cookie). Öppna tjänsten på dess egen adress och tillåt kakor:
