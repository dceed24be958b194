## Form fields

field-email = Iimayl
field-password = Furaha sirta ah
field-new-password = Furaha sirta ah ee cusub
field-current-password = Furaha sirta ah ee hadda
field-password-to-confirm = Qor furahaaga sirta ah si aad u xaqiijiso
field-display-name = Magaca la muujinayo
field-locale = Luqadda adeegga
field-phone = Lambarka taleefanka (khasab ma aha)
field-organisation-name = Magaca ururka
field-coordinator-email = Iimaylka isku-duwaha koowaad

## Hints under fields

form-hint-password = Ugu yaraan { $count } xaraf. Jumlad dheer waa fure sir ah oo wanaagsan.
form-hint-display-name = Tusaale ahaan magacaaga koowaad. Dadka aad caawiso ayaa arka magacan.
form-hint-phone = Lambarka waxaa arka oo keliya isku-duwayaasha ururkaaga.

## Errors next to fields

form-error-required = Xogtan ayaa maqan.
form-error-too-long = Qoraalku aad buu u dheer yahay.
form-error-email = Hubi ciwaanka iimaylka. Waa inuu lahaadaa calaamadda @, tusaale ahaan name@example.com.
form-error-password-short = Furaha sirta ah aad buu u gaaban yahay.
form-error-phone = Hubi lambarka taleefanka. Isticmaal tirooyin oo keliya, tusaale ahaan 040 123 4567.
form-error-choose = Dooro mid ka mid ah doorashooyinka.
form-error-wrong-password = Furaha sirta ah sax ma aha.

## Links to pass on

link-label = Link
link-closed-title = Linkigan ma shaqaynayo
link-closed-body = Linkigan horay ayaa loo isticmaalay, waa duugoobay, ama waa khalad. Isku-duwe ka codso link cusub.

## Messages after an action

flash-signed-in = Waad gashay.
flash-signed-out = Waad ka baxday.
flash-profile-saved = Xogtaada waa la kaydiyay.
flash-password-changed = Furahaaga sirta ah waa la beddelay. Meelaha kale ee aad ka gashay waa lagaa saaray.
flash-password-reset = Furahaaga sirta ah ee cusub waa la kaydiyay. Hadda gal.
flash-account-deleted = Akoonkaaga waa la tirtiray.
flash-organisation-created = Ururka waa la sameeyay.
flash-volunteer-approved = Tabarrucaha waxaa loo ansixiyay tababarka.
flash-join-link-renewed = Linkiga ku biirista waa la cusboonaysiiyay. Linkigii hore mar dambe ma shaqaynayo.
flash-welcome-volunteer = Soo dhowow! Isku-duwe ayaa eegi doona codsigaaga.
flash-welcome-coordinator = Soo dhowow! Akoonkaagu waa diyaar.

## Shared by many forms

form-error-time = Wakhtiga u qor sidan saacad:daqiiqo, tusaale ahaan 10:00.
form-problem = Foomka wax khaldan ayaa ku jira. Eeg fariimaha ku ag qoran meelaha foomka.
form-choose = Dooro
form-save = Kaydi
