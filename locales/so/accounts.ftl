## Signing in

login-title = Gal
login-submit = Gal
login-error-refused = Iimaylka ama furaha sirta ah waa khalad.
login-error-throttled = Isku-dayo aad u badan. Sug 15 daqiiqo, kadibna mar kale isku day.

## New password from a link

reset-title = Samee fure sir ah oo cusub
reset-help = Qor fure sir ah oo cusub. Kadib ku gal furaha sirta ah ee cusub.
reset-submit = Kaydi furaha sirta ah
reset-link-created-title = Link fure sir ah oo cusub
reset-link-created-help = Adigu linkigan u sii tabarrucaha. Linkigu hal mar ayuu shaqeeyaa, muddo 24 saac ah.

## My page

dashboard-title = Boggayga
dashboard-hello = Salaan { $name }!
dashboard-status-title = Xaaladdaada
dashboard-applicant-help = Isku-duwe ayaa eegi doona codsigaaga. Kadib waxaad war ka heli doontaa tababarka.
dashboard-in-training-help = Waxaad ku jirtaa tababar. Marka tababarku dhammaado, waxaad qaadan kartaa wareegyo shaqo.
dashboard-active-help = Waxaad qaadan kartaa wareegyo shaqo, waxaadna caawin kartaa dadka.
dashboard-paused-help = Waxaad ku jirtaa nasasho. La xiriir isku-duwe marka aad rabto inaad sii wadato.
dashboard-left-help = Waad joojisay inaad tabarruce ahaato. Mahadsanid caawimaaddaada!
dashboard-coordinator-title = Waxyaabaha ku sugaya
dashboard-applicants-waiting = { $count ->
    [0] Ma jiraan codsadayaal cusub.
    [one] Hal codsade oo cusub ayaa sugaya ansixin.
   *[other] { $count } codsade oo cusub ayaa sugaya ansixin.
}
dashboard-admin-title = Maamulka

## Volunteer statuses

status-applicant = Codsade
status-in-training = Tababar ku jira
status-active = Firfircoon
status-paused = Nasasho
status-left = Joojiyay

## My details

account-title = Xogtayda
account-profile-title = Magaca iyo luqadda
account-email = Iimayl:
account-save = Kaydi xogtayda
account-password-title = Beddel furahaaga sirta ah
account-password-submit = Beddel furaha sirta ah
account-delete-title = Tirtir akoonkaaga
account-delete-help = Akoonkaaga iyo xogtaada waa la tirtirayaa. Tirakoobku wuu haynayaa jeerarka caawimaadda, laakiin magacaagu kuma jiri doono. Tan dib looma celin karo.
account-delete-submit = Tirtir akoonkayga

## Joining as a volunteer

join-title = Noqo saaxiib dijitaal ah
join-intro = Waxaad ku biiraysaa { $organisation } adigoo tabarruce ah. Isku-duwe ayaa ku ansixin doona oo kuu sheegi doona tababarka.
join-privacy = Xogtaada waxaa isticmaala oo keliya ururkaaga. Akoonkaaga waad tirtiri kartaa wakhti kasta.
join-submit = Dir codsiga

## Invitations for coordinators

invitation-accept-title = Samee akoon isku-duwe
invitation-accept-intro = Waxaa lagugu martiqaaday inaad isku-duwe ka noqoto { $organisation }.
invitation-accept-submit = Samee akoonka
invitation-error-email-taken = Iimaylkan akoon ayaa horay ugu jira. Ku gal iimaylkan.
invitation-created-title = Martiqaadka waa la sameeyay
invitation-created-help = Martiqaadka waxaan u dirnay iimayl ahaan. Sidoo kale adigu waad bixin kartaa linkigan. Linkigu hal mar ayuu shaqeeyaa, muddo 7 maalmood ah.

## Mail

mail-invitation-subject = Martiqaad Digikaveri: { $organisation }
mail-invitation-body = Salaan! Waxaa lagugu martiqaaday inaad isku-duwe ka noqoto { $organisation }, gudaha adeegga Digikaveri. Akoonkaaga ku samee linkigan: { $link } Linkigu hal mar ayuu shaqeeyaa, muddo 7 maalmood ah.
