## Organisations (administrator)

organisations-title = Ururada
organisations-new-title = Urur cusub
organisations-create = Samee ururka
organisations-list-title = Dhammaan ururada
organisations-people = Isku-duwayaal: { $coordinators }, tabarrucayaal: { $volunteers }
organisations-invite = Dir martiqaad
organisations-empty = Weli urur ma jiro.

## Coordinators

coordinators-title = Isku-duwayaasha
coordinators-list-title = Isku-duwayaasha ururkaaga
coordinators-pending-title = Martiqaadyada furan
coordinators-pending-expires = waa ansax ilaa { $time }
coordinators-invite-title = Martiqaad isku-duwe
coordinators-invite-help = Qofku wuxuu helayaa link uu akoon ku sameeyo. Kadib wuxuu noqonayaa isku-duwe ururkaaga ka tirsan.
coordinators-invite-submit = Samee martiqaadka

## Volunteers (coordinator)

volunteers-title = Tabarrucayaasha
volunteers-join-link-title = Linkiga ku biirista
volunteers-join-link-help = Tabarrucayaasha cusub waxay ku biiraan linkigan. La wadaag oo keliya dadka aad rabto inay ku soo biiraan.
volunteers-join-link-renew = Samee link cusub
volunteers-list-title = Dhammaan tabarrucayaasha
volunteers-contact = Xiriirka
volunteers-status = Xaaladda
volunteers-joined = Ku biiray
volunteers-actions = Ficillada
volunteers-approve = Ansixi { $name }
volunteers-reset-link = Linkiga furaha sirta ah: { $name }
volunteers-empty = Weli tabarrucayaal ma jiraan. La wadaag linkiga ku biirista.

## Event log

audit-title = Diiwaanka dhacdooyinka
audit-help = Diiwaanku wuxuu muujinayaa cidda wax samaysay, waxa ay samaysay iyo goorta. Kuwa ugu dambeeyay ayaa ugu horreeya.
audit-when = Wakhtiga
audit-who = Cidda
audit-what = Waxa
audit-record = Shayga
audit-nobody = (lama yaqaan)
audit-empty = Weli dhacdooyin ma jiraan.
audit-sign-in = Galay
audit-sign-in-failed = Gelitaanku ma guulaysan
audit-sign-out = Ka baxay
audit-organisation-created = Sameeyay urur
audit-invitation-created = Sameeyay martiqaad
audit-invitation-accepted = Aqbalay martiqaad
audit-volunteer-registered = Ku biiray tabarruce ahaan
audit-volunteer-approved = Ansixiyay tabarruce
audit-volunteers-viewed = Eegay xogta tabarrucayaasha
audit-join-link-renewed = Cusboonaysiiyay linkiga ku biirista
audit-password-reset-link-created = Sameeyay link furaha sirta ah
audit-password-reset = Link ku sameeyay fure sir ah oo cusub
audit-password-changed = Beddelay furaha sirta ah
audit-profile-changed = Beddelay xogta akoonka
audit-account-deleted = Akoonka waa la tirtiray
audit-admin-created = Maamule ayaa la sameeyay
audit-subject-user = Isticmaale { $id }
audit-subject-organisation = Urur { $id }
audit-subject-invitation = Martiqaad { $id }
audit-subject-unknown-account = Iimayl aan la aqoon
