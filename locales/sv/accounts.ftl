## Signing in

login-title = Logga in
login-submit = Logga in
login-error-refused = E-postadressen eller lösenordet är fel.
login-error-throttled = För många försök. Vänta 15 minuter och försök sedan igen.

## New password from a link

reset-title = Gör ett nytt lösenord
reset-help = Skriv ett nytt lösenord. Logga sedan in med det nya lösenordet.
reset-submit = Spara lösenordet
reset-link-created-title = Länk för ett nytt lösenord
reset-link-created-help = Ge själv den här länken till den frivilliga. Länken fungerar en gång och i 24 timmar.

## My page

dashboard-title = Min sida
dashboard-hello = Hej { $name }!
dashboard-status-title = Din status
dashboard-applicant-help = En koordinator går igenom din ansökan. Sedan får du veta mer om utbildningen.
dashboard-in-training-help = Du går en utbildning. När utbildningen är klar kan du ta pass.
dashboard-active-help = Du kan ta pass och hjälpa människor.
dashboard-paused-help = Du har paus. Kontakta en koordinator när du vill fortsätta.
dashboard-left-help = Du har slutat som frivillig. Tack för din hjälp!
dashboard-coordinator-title = Väntar på dig
dashboard-applicants-waiting = { $count ->
    [0] Det finns inga nya sökande.
    [one] En ny sökande väntar på godkännande.
   *[other] { $count } nya sökande väntar på godkännande.
}
dashboard-admin-title = Administration

## Volunteer statuses

status-applicant = Sökande
status-in-training = I utbildning
status-active = Aktiv
status-paused = På paus
status-left = Har slutat

## My details

account-title = Mina uppgifter
account-profile-title = Namn och språk
account-email = E-post:
account-save = Spara mina uppgifter
account-password-title = Byt lösenord
account-password-submit = Byt lösenordet
account-delete-title = Ta bort ditt konto
account-delete-help = Ditt konto och dina uppgifter tas bort. Statistiken behåller hjälptillfällena, men utan ditt namn. Du kan inte ångra det här.
account-delete-submit = Ta bort mitt konto

## Joining as a volunteer

join-title = Bli digikompis
join-intro = Du blir frivillig i { $organisation }. En koordinator godkänner dig och berättar om utbildningen.
join-privacy = Bara din egen organisation använder dina uppgifter. Du kan ta bort ditt konto när som helst.
join-submit = Skicka ansökan

## Invitations for coordinators

invitation-accept-title = Skapa ett konto som koordinator
invitation-accept-intro = Du är inbjuden att bli koordinator i { $organisation }.
invitation-accept-submit = Skapa kontot
invitation-error-email-taken = Det finns redan ett konto med den här e-postadressen. Logga in med den.
invitation-created-title = Inbjudan är gjord
invitation-created-help = Vi skickade inbjudan per e-post. Du kan också själv ge den här länken. Länken fungerar en gång och i 7 dagar.

## Mail

mail-invitation-subject = Inbjudan till Digikaveri: { $organisation }
mail-invitation-body = Hej! Du är inbjuden att bli koordinator i { $organisation } i tjänsten Digikaveri. Skapa ditt konto med den här länken: { $link } Länken fungerar en gång och i 7 dagar.
