## Organisations (administrator)

organisations-title = Organisationer
organisations-new-title = Ny organisation
organisations-create = Skapa organisationen
organisations-list-title = Alla organisationer
organisations-people = Koordinatorer: { $coordinators }, frivilliga: { $volunteers }
organisations-invite = Skicka en inbjudan
organisations-empty = Det finns inga organisationer ännu.

## Coordinators

coordinators-title = Koordinatorer
coordinators-list-title = Koordinatorer i din organisation
coordinators-pending-title = Öppna inbjudningar
coordinators-pending-expires = giltig till { $time }
coordinators-invite-title = Bjud in en koordinator
coordinators-invite-help = Personen får en länk för att skapa ett konto. Personen blir koordinator i din organisation.
coordinators-invite-submit = Gör inbjudan

## Volunteers (coordinator)

volunteers-title = Frivilliga
volunteers-join-link-title = Anslutningslänk
volunteers-join-link-help = Nya frivilliga ansluter sig med den här länken. Dela den bara med personer som du vill ha med.
volunteers-join-link-renew = Gör en ny länk
volunteers-list-title = Alla frivilliga
volunteers-contact = Kontaktuppgifter
volunteers-status = Status
volunteers-joined = Anslöt sig
volunteers-actions = Åtgärder
volunteers-approve = Godkänn { $name }
volunteers-reset-link = Lösenordslänk: { $name }
volunteers-empty = Det finns inga frivilliga ännu. Dela anslutningslänken.

## Event log

audit-title = Händelselogg
audit-help = Loggen visar vem som gjorde vad och när. De nyaste först.
audit-when = Tid
audit-who = Vem
audit-what = Vad
audit-record = Objekt
audit-nobody = (okänd)
audit-empty = Det finns inga händelser ännu.
audit-sign-in = Loggade in
audit-sign-in-failed = Inloggningen misslyckades
audit-sign-out = Loggade ut
audit-organisation-created = Skapade en organisation
audit-invitation-created = Gjorde en inbjudan
audit-invitation-accepted = Tog emot en inbjudan
audit-volunteer-registered = Anslöt sig som frivillig
audit-volunteer-approved = Godkände en frivillig
audit-volunteers-viewed = Tittade på frivilligas uppgifter
audit-join-link-renewed = Gjorde en ny anslutningslänk
audit-password-reset-link-created = Gjorde en lösenordslänk
audit-password-reset = Gjorde ett nytt lösenord med en länk
audit-password-changed = Bytte lösenordet
audit-profile-changed = Ändrade sina uppgifter
audit-account-deleted = Kontot togs bort
audit-admin-created = En administratör skapades
audit-subject-user = Användare { $id }
audit-subject-organisation = Organisation { $id }
audit-subject-invitation = Inbjudan { $id }
audit-subject-unknown-account = Okänd e-postadress
