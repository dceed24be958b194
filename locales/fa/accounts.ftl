## Signing in

login-title = ورود
login-submit = ورود
login-error-refused = ایمیل یا رمز عبور اشتباه است.
login-error-throttled = تعداد تلاش‌ها خیلی زیاد است. 15 دقیقه صبر کنید و بعد دوباره امتحان کنید.

## New password from a link

reset-title = ساختن رمز عبور جدید
reset-help = رمز عبور جدید را بنویسید. بعد با رمز عبور جدید وارد شوید.
reset-submit = ذخیره رمز عبور
reset-link-created-title = لینک برای رمز عبور جدید
reset-link-created-help = این لینک را خودتان به داوطلب بدهید. این لینک فقط یک بار کار می‌کند، و فقط تا 24 ساعت.

## My page

dashboard-title = صفحه من
dashboard-hello = سلام { $name }!
dashboard-status-title = وضعیت شما
dashboard-applicant-help = هماهنگ‌کننده درخواست شما را بررسی می‌کند. بعد درباره آموزش به شما خبر می‌دهد.
dashboard-in-training-help = شما در حال آموزش هستید. وقتی آموزش تمام شد، می‌توانید نوبت کاری بگیرید.
dashboard-active-help = می‌توانید نوبت کاری بگیرید و به مردم کمک کنید.
dashboard-paused-help = فعالیت شما موقتاً متوقف است. هر وقت خواستید ادامه دهید، با هماهنگ‌کننده تماس بگیرید.
dashboard-left-help = شما دیگر داوطلب نیستید. از کمک شما متشکریم!
dashboard-coordinator-title = در انتظار شما
dashboard-applicants-waiting = { $count ->
    [0] متقاضی جدیدی نیست.
    [one] یک متقاضی جدید منتظر تأیید است.
   *[other] { $count } متقاضی جدید منتظر تأیید هستند.
}
dashboard-admin-title = مدیریت

## Volunteer statuses

status-applicant = متقاضی
status-in-training = در حال آموزش
status-active = فعال
status-paused = در حال استراحت
status-left = پایان همکاری

## My details

account-title = اطلاعات من
account-profile-title = نام و زبان
account-email = ایمیل:
account-save = ذخیره اطلاعات من
account-password-title = تغییر رمز عبور
account-password-submit = تغییر رمز عبور
account-delete-title = حذف حساب
account-delete-help = حساب و اطلاعات شما حذف می‌شود. دفعات کمک در آمار می‌ماند، ولی بدون نام شما. این کار را نمی‌توانید برگردانید.
account-delete-submit = حذف حساب من

## Joining as a volunteer

join-title = همیار دیجیتال شوید
join-intro = شما داوطلب { $organisation } می‌شوید. هماهنگ‌کننده شما را تأیید می‌کند و درباره آموزش به شما می‌گوید.
join-privacy = فقط سازمان خود شما از اطلاعات شما استفاده می‌کند. هر وقت بخواهید، می‌توانید حساب خود را حذف کنید.
join-submit = فرستادن درخواست

## Invitations for coordinators

invitation-accept-title = ساختن حساب هماهنگ‌کننده
invitation-accept-intro = از شما دعوت شده است که هماهنگ‌کننده { $organisation } باشید.
invitation-accept-submit = ساختن حساب
invitation-error-email-taken = با این ایمیل قبلاً حساب ساخته شده است. با همین ایمیل وارد شوید.
invitation-created-title = دعوت‌نامه ساخته شد
invitation-created-help = دعوت‌نامه را با ایمیل فرستادیم. می‌توانید این لینک را خودتان هم بدهید. این لینک فقط یک بار کار می‌کند، و فقط تا 7 روز.

## Mail

mail-invitation-subject = دعوت به Digikaveri: { $organisation }
mail-invitation-body = سلام! از شما دعوت شده است که در سرویس Digikaveri هماهنگ‌کننده { $organisation } باشید. حساب خود را با این لینک بسازید: { $link } این لینک فقط یک بار کار می‌کند، و فقط تا 7 روز.
