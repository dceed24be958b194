## Organisations (administrator)

organisations-title = سازمان‌ها
organisations-new-title = سازمان جدید
organisations-create = ساختن سازمان
organisations-list-title = همه سازمان‌ها
organisations-people = هماهنگ‌کنندگان: { $coordinators }، داوطلبان: { $volunteers }
organisations-invite = فرستادن دعوت‌نامه
organisations-empty = هنوز هیچ سازمانی نیست.

## Coordinators

coordinators-title = هماهنگ‌کنندگان
coordinators-list-title = هماهنگ‌کنندگان سازمان شما
coordinators-pending-title = دعوت‌نامه‌های در انتظار
coordinators-pending-expires = معتبر تا { $time }
coordinators-invite-title = دعوت از هماهنگ‌کننده
coordinators-invite-help = این فرد یک لینک می‌گیرد و با آن حساب می‌سازد. او هماهنگ‌کننده سازمان شما می‌شود.
coordinators-invite-submit = ساختن دعوت‌نامه

## Volunteers (coordinator)

volunteers-title = داوطلبان
volunteers-join-link-title = لینک عضویت
volunteers-join-link-help = داوطلبان جدید با این لینک عضو می‌شوند. آن را فقط به کسانی بدهید که شما می‌خواهید عضو شوند.
volunteers-join-link-renew = ساختن لینک جدید
volunteers-list-title = همه داوطلبان
volunteers-contact = اطلاعات تماس
volunteers-status = وضعیت
volunteers-joined = تاریخ عضویت
volunteers-actions = کارها
volunteers-approve = تأیید { $name }
volunteers-reset-link = لینک رمز عبور: { $name }
volunteers-empty = هنوز هیچ داوطلبی نیست. لینک عضویت را به دیگران بدهید.

## Event log

audit-title = گزارش رویدادها
audit-help = این گزارش نشان می‌دهد چه کسی، چه کاری را، چه زمانی انجام داده است. جدیدترین‌ها اول هستند.
audit-when = زمان
audit-who = چه کسی
audit-what = چه کاری
audit-record = مورد
audit-nobody = (نامشخص)
audit-empty = هنوز هیچ رویدادی نیست.
audit-sign-in = وارد شد
audit-sign-in-failed = ورود ناموفق بود
audit-sign-out = خارج شد
audit-organisation-created = یک سازمان ساخت
audit-invitation-created = یک دعوت‌نامه ساخت
audit-invitation-accepted = دعوت‌نامه را پذیرفت
audit-volunteer-registered = به عنوان داوطلب عضو شد
audit-volunteer-approved = یک داوطلب را تأیید کرد
audit-volunteers-viewed = اطلاعات داوطلبان را دید
audit-join-link-renewed = لینک عضویت جدید ساخت
audit-password-reset-link-created = یک لینک رمز عبور ساخت
audit-password-reset = با لینک، رمز عبور جدید ساخت
audit-password-changed = رمز عبور را عوض کرد
audit-profile-changed = اطلاعات خود را عوض کرد
audit-account-deleted = حساب حذف شد
audit-admin-created = یک مدیر سیستم ساخته شد
audit-subject-user = کاربر { $id }
audit-subject-organisation = سازمان { $id }
audit-subject-invitation = دعوت‌نامه { $id }
audit-subject-unknown-account = ایمیل ناشناس
