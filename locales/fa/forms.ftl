## Form fields

field-email = ایمیل
field-password = رمز عبور
field-new-password = رمز عبور جدید
field-current-password = رمز عبور فعلی
field-password-to-confirm = برای تأیید، رمز عبور خود را بنویسید
field-display-name = نامی که نشان داده می‌شود
field-locale = زبان سرویس
field-phone = شماره تلفن (اجباری نیست)
field-organisation-name = نام سازمان
field-coordinator-email = ایمیل اولین هماهنگ‌کننده

## Hints under fields

form-hint-password = دست‌کم { $count } حرف یا عدد. یک جمله بلند رمز عبور خوبی است.
form-hint-display-name = مثلاً نام کوچک شما. کسانی که به آن‌ها کمک می‌کنید این نام را می‌بینند.
form-hint-phone = فقط هماهنگ‌کنندگان سازمان شما این شماره را می‌بینند.

## Errors next to fields

form-error-required = این قسمت خالی است.
form-error-too-long = متن خیلی طولانی است.
form-error-email = نشانی ایمیل را بررسی کنید. باید علامت @ داشته باشد، مثلاً: name@example.com
form-error-password-short = رمز عبور خیلی کوتاه است.
form-error-phone = شماره تلفن را بررسی کنید. فقط عدد بنویسید، مثلاً: 0401234567
form-error-choose = یکی از گزینه‌ها را انتخاب کنید.
form-error-wrong-password = رمز عبور درست نیست.

## Links to pass on

link-label = لینک
link-closed-title = این لینک کار نمی‌کند
link-closed-body = این لینک قبلاً استفاده شده، قدیمی شده یا اشتباه است. از هماهنگ‌کننده یک لینک جدید بخواهید.

## Messages after an action

flash-signed-in = وارد شدید.
flash-signed-out = خارج شدید.
flash-profile-saved = اطلاعات شما ذخیره شد.
flash-password-changed = رمز عبور شما عوض شد. در دستگاه‌های دیگر از حساب خارج شدید.
flash-password-reset = رمز عبور جدید شما ذخیره شد. حالا وارد شوید.
flash-account-deleted = حساب شما حذف شد.
flash-organisation-created = سازمان ساخته شد.
flash-volunteer-approved = داوطلب برای آموزش تأیید شد.
flash-join-link-renewed = لینک عضویت جدید ساخته شد. لینک قبلی دیگر کار نمی‌کند.
flash-welcome-volunteer = خوش آمدید! هماهنگ‌کننده درخواست شما را بررسی می‌کند.
flash-welcome-coordinator = خوش آمدید! حساب شما آماده است.

## Shared by many forms

form-error-time = زمان را به شکل ساعت:دقیقه بنویسید، مثلاً 10:00.
form-problem = چیزی در فرم درست نیست. پیام‌های کنار هر قسمت را ببینید.
form-choose = انتخاب کنید
form-save = ذخیره
