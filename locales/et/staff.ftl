## Organisations (administrator)

organisations-title = Organisatsioonid
organisations-new-title = Uus organisatsioon
organisations-create = Loo organisatsioon
organisations-list-title = Kõik organisatsioonid
organisations-people = Koordinaatoreid: { $coordinators }, vabatahtlikke: { $volunteers }
organisations-invite = Saada kutse
organisations-empty = Organisatsioone ei ole veel.

## Coordinators

coordinators-title = Koordinaatorid
coordinators-list-title = Sinu organisatsiooni koordinaatorid
coordinators-pending-title = Ootel kutsed
coordinators-pending-expires = kehtib kuni { $time }
coordinators-invite-title = Kutsu koordinaator
coordinators-invite-help = Kutsutud inimene saab lingi. Selle lingiga loob ta konto. Temast saab sinu organisatsiooni koordinaator.
coordinators-invite-submit = Tee kutse

## Volunteers (coordinator)

volunteers-title = Vabatahtlikud
volunteers-join-link-title = Liitumislink
volunteers-join-link-help = Uued vabatahtlikud liituvad selle lingiga. Jaga seda ainult nendega, keda sa tahad kaasa võtta.
volunteers-join-link-renew = Tee uus link
volunteers-list-title = Kõik vabatahtlikud
volunteers-contact = Kontaktandmed
volunteers-status = Staatus
volunteers-joined = Liitus
volunteers-actions = Tegevused
volunteers-approve = Kinnita { $name }
volunteers-reset-link = Paroolilink: { $name }
volunteers-empty = Vabatahtlikke ei ole veel. Jaga liitumislinki.

## Event log

audit-title = Sündmuste logi
audit-help = Logi näitab, kes mida ja millal tegi. Uusimad on eespool.
audit-when = Aeg
audit-who = Kes
audit-what = Mida
audit-record = Objekt
audit-nobody = (teadmata)
audit-empty = Sündmusi ei ole veel.
audit-sign-in = Logis sisse
audit-sign-in-failed = Sisselogimine ebaõnnestus
audit-sign-out = Logis välja
audit-organisation-created = Lõi organisatsiooni
audit-invitation-created = Tegi kutse
audit-invitation-accepted = Võttis kutse vastu
audit-volunteer-registered = Liitus vabatahtlikuna
audit-volunteer-approved = Kinnitas vabatahtliku
audit-volunteers-viewed = Vaatas vabatahtlike andmeid
audit-join-link-renewed = Tegi uue liitumislingi
audit-password-reset-link-created = Tegi paroolilingi
audit-password-reset = Tegi lingiga uue parooli
audit-password-changed = Muutis parooli
audit-profile-changed = Muutis oma andmeid
audit-account-deleted = Konto kustutati
audit-admin-created = Loodi haldur
audit-subject-user = Kasutaja { $id }
audit-subject-organisation = Organisatsioon { $id }
audit-subject-invitation = Kutse { $id }
audit-subject-unknown-account = Tundmatu e-post
