## Form fields

field-email = E-post
field-password = Lösenord
field-new-password = Nytt lösenord
field-current-password = Nuvarande lösenord
field-password-to-confirm = Skriv ditt lösenord för att bekräfta
field-display-name = Namn som visas
field-locale = Tjänstens språk
field-phone = Telefonnummer (inte obligatoriskt)
field-organisation-name = Organisationens namn
field-coordinator-email = Den första koordinatorns e-post

## Hints under fields

form-hint-password = Minst { $count } tecken. En lång mening är ett bra lösenord.
form-hint-display-name = Till exempel ditt förnamn. De som du hjälper ser det här namnet.
form-hint-phone = Bara koordinatorerna i din organisation ser numret.

## Errors next to fields

form-error-required = Den här uppgiften saknas.
form-error-too-long = Texten är för lång.
form-error-email = Kontrollera e-postadressen. Den ska ha tecknet @, till exempel name@example.com.
form-error-password-short = Lösenordet är för kort.
form-error-phone = Kontrollera telefonnumret. Använd bara siffror, till exempel 040 123 4567.
form-error-choose = Välj ett alternativ.
form-error-wrong-password = Lösenordet är fel.

## Links to pass on

link-label = Länk
link-closed-title = Länken fungerar inte
link-closed-body = Länken har redan använts, den är för gammal eller den är fel. Be en koordinator om en ny länk.

## Messages after an action

flash-signed-in = Du är inloggad.
flash-signed-out = Du är utloggad.
flash-profile-saved = Dina uppgifter är sparade.
flash-password-changed = Ditt lösenord är bytt. Dina andra inloggningar är stängda.
flash-password-reset = Ditt nya lösenord är sparat. Logga in nu.
flash-account-deleted = Ditt konto har tagits bort.
flash-organisation-created = Organisationen är skapad.
flash-volunteer-approved = Den frivilliga är godkänd för utbildningen.
flash-join-link-renewed = Anslutningslänken är ny. Den gamla länken fungerar inte längre.
flash-welcome-volunteer = Välkommen! En koordinator går igenom din ansökan.
flash-welcome-coordinator = Välkommen! Ditt konto är klart.

## Shared by many forms

form-error-time = Skriv tiden som tt:mm, till exempel 10:00.
form-problem = Det är fel i formuläret. Läs meddelandena vid fälten.
form-choose = Välj
form-save = Spara
