## Signing in

login-title = Logi sisse
login-submit = Logi sisse
login-error-refused = E-post või parool on vale.
login-error-throttled = Liiga palju katseid. Oota 15 minutit ja proovi siis uuesti.

## New password from a link

reset-title = Tee uus parool
reset-help = Kirjuta uus parool. Siis logi sisse uue parooliga.
reset-submit = Salvesta parool
reset-link-created-title = Link uue parooli jaoks
reset-link-created-help = Anna see link vabatahtlikule ise. Link töötab üks kord ja 24 tundi.

## My page

dashboard-title = Minu leht
dashboard-hello = Tere, { $name }!
dashboard-status-title = Sinu staatus
dashboard-applicant-help = Koordinaator vaatab sinu taotluse läbi. Siis saad infot koolituse kohta.
dashboard-in-training-help = Sa oled koolitusel. Kui koolitus on läbi, võid võtta vahetusi.
dashboard-active-help = Sa võid võtta vahetusi ja aidata inimesi.
dashboard-paused-help = Sul on paus. Võta ühendust koordinaatoriga, kui tahad jätkata.
dashboard-left-help = Sa oled vabatahtliku töö lõpetanud. Aitäh sinu abi eest!
dashboard-coordinator-title = Ootab sind
dashboard-applicants-waiting = { $count ->
    [0] Uusi taotlejaid ei ole.
    [one] Üks uus taotleja ootab kinnitamist.
   *[other] { $count } uut taotlejat ootab kinnitamist.
}
dashboard-admin-title = Haldus

## Volunteer statuses

status-applicant = Taotleja
status-in-training = Koolitusel
status-active = Aktiivne
status-paused = Pausil
status-left = Lõpetanud

## My details

account-title = Minu andmed
account-profile-title = Nimi ja keel
account-email = E-post:
account-save = Salvesta andmed
account-password-title = Muuda parooli
account-password-submit = Muuda parooli
account-delete-title = Kustuta konto
account-delete-help = Sinu konto ja andmed kustutatakse. Statistikas jäävad abikorrad alles, aga ilma sinu nimeta. Seda ei saa tagasi võtta.
account-delete-submit = Kustuta minu konto

## Joining as a volunteer

join-title = Hakka digisõbraks
join-intro = Sa liitud vabatahtlikuna organisatsiooniga { $organisation }. Koordinaator kinnitab sind ja räägib sulle koolitusest.
join-privacy = Sinu andmeid kasutab ainult sinu oma organisatsioon. Sa võid oma konto igal ajal kustutada.
join-submit = Saada taotlus

## Invitations for coordinators

invitation-accept-title = Loo koordinaatori konto
invitation-accept-intro = Sind on kutsutud organisatsiooni { $organisation } koordinaatoriks.
invitation-accept-submit = Loo konto
invitation-error-email-taken = Selle e-postiga on juba konto olemas. Logi sellega sisse.
invitation-created-title = Kutse on tehtud
invitation-created-help = Saatsime kutse e-postiga. Sa võid selle lingi anda ka ise. Link töötab üks kord ja 7 päeva.

## Mail

mail-invitation-subject = Kutse Digikaveri teenusesse: { $organisation }
mail-invitation-body = Tere! Sind on kutsutud organisatsiooni { $organisation } koordinaatoriks Digikaveri teenuses. Loo oma konto selle lingiga: { $link } Link töötab üks kord ja 7 päeva.
