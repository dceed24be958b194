# The privacy notice, the retention rules and a volunteer's own data.
footer-privacy = Privacy: what we store and for how long
privacy-title = Privacy
privacy-intro = Digikaveri stores only what the help, the volunteers' shifts and the reports to funders need. Below is what is stored, why, and for how long.
privacy-kept-title = What is stored and for how long
privacy-rights-title = Your own data
privacy-rights = A volunteer can download everything stored about them from My data and see which staff looked at their page. We store no name or contact details of the people who come for help.
rule-unclaimed-tickets = Queue numbers
rule-unclaimed-tickets-why = The number, languages and topics are needed to find the right volunteer. The day's figures are kept for reports, without the number.
rule-ticket-links = The link between a queue number and the recorded help
rule-ticket-links-why = The link is needed for feedback and recording. It is removed after feedback or at the end of the day.
rule-sign-in-sessions = Sign-ins
rule-sign-in-sessions-why = A sign-in ends after eight hours without use. An ended sign-in is deleted.
rule-sign-in-attempts = Sign-in attempts
rule-sign-in-attempts-why = Attempts are counted so that nobody can guess a password.
rule-used-links = Used and expired links
rule-used-links-why = Password reset, invitation and joining links are deleted once used or expired.
rule-limit-counts = Limits on public forms
rule-limit-counts-why = Counted so that nobody can fill the queue. Only a hash of the address is stored.
rule-audit-log = Audit log
rule-audit-log-why = The log says who did what and who looked at whose data.
rule-inactive-volunteers = A volunteer's account
rule-inactive-volunteers-why = If you have not signed in for a year, we ask whether you want to keep your account. If you do not answer within a month, your name, email and phone number are removed. The numbers of recorded help stay in the reports.
period-end-of-day = Until the end of the queue's day.
period-hours = { $count ->
    [one] One hour.
   *[other] { $count } hours.
}
period-days = { $count ->
    [one] One day.
   *[other] { $count } days.
}
period-months = { $count ->
    [one] One month.
   *[other] { $count } months.
}
period-years = { $count ->
    [one] One year.
   *[other] { $count } years.
}
retention-title = Data retention
retention-help = These rules delete data on their own when its time is over. They run once an hour.
retention-last-run = Last run { $when }.
retention-never-run = The rules have not run yet.
retention-col-rule = What
retention-col-period = How long
retention-col-removed = Removed last time
retention-asked = { $count ->
    [0] Nobody was asked last time.
    [one] Last time one volunteer was asked whether to keep their account.
   *[other] Last time { $count } volunteers were asked whether to keep their account.
}
audit-retention-run = Old data was deleted
audit-account-kept = A volunteer chose to keep their account
audit-data-exported = Own data downloaded
audit-subject-service = The service
inactive-title = Do you want to keep your account?
inactive-help = You have not signed in for a year. If you do not answer within a month, your data will be removed.
inactive-keep = Keep my account
flash-account-kept = Thank you! Your account stays.
mail-inactive-subject = Do you want to keep your Digikaveri account?
mail-inactive-body = You have not signed in to Digikaveri for a year. To keep your account, sign in within a month: { $link }
    Otherwise your name, email and phone number will be removed.
account-data-link = My data: what is stored about me
data-title = My data
data-help = Here is everything stored about you. You can download the same data as a file. Every download is written to the audit log.
data-download = Download my data (JSON)
data-staff-views-title = Which staff looked at your page
data-staff-view = { $when }: { $who }
data-staff-view-gone = { $when }: a deleted account
data-staff-views-empty = No staff member has looked at your page.
data-section-empty = No data.
