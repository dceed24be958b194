## Layout: header, navigation, language choice, footer

app-name = Digikaveri
skip-to-content = رفتن به محتوا
nav-label = منوی اصلی
nav-home = صفحه اصلی
language-switcher-label = زبان
footer-about = همیاران دیجیتال داوطلب هستند. آن‌ها در کارهای دیجیتال رایگان کمک می‌کنند.

nav-sign-in = ورود
nav-sign-out = خروج
nav-dashboard = صفحه من
nav-account = اطلاعات من
nav-organisations = سازمان‌ها
nav-volunteers = داوطلبان
nav-coordinators = هماهنگ‌کنندگان
nav-audit = گزارش رویدادها
nav-retention = نگهداری اطلاعات

## A day and its hours, each written by the code from CLDR data in Finnish time.
## Translate only what joins them.

time-span = { $day }، ساعت { $times }

## Error pages

error-code = کد خطا { $code }
error-back-home = رفتن به صفحه اصلی
error-400-title = درخواست انجام نشد
error-400-body = مشکلی پیش آمد. برگردید و دوباره امتحان کنید.
error-403-title = دسترسی ندارید
error-403-body = شما اجازه دیدن این صفحه را ندارید.
error-404-title = صفحه پیدا نشد
error-404-body = این صفحه وجود ندارد، یا جای آن عوض شده است. نشانی را بررسی کنید.
error-422-title = اطلاعات اشکال دارد
error-422-body = اطلاعات فرم درست نیست. برگردید و اطلاعات را بررسی کنید.
error-429-title = تعداد تلاش‌ها خیلی زیاد است
error-429-body = کمی صبر کنید و بعد دوباره امتحان کنید.
error-500-title = مشکلی پیش آمد
error-500-body = سرویس مشکل دارد. کمی بعد دوباره امتحان کنید.
error-503-title = سرویس الان در دسترس نیست
error-503-body = سرویس برای مدت کوتاهی در دسترس نیست. کمی بعد دوباره امتحان کنید.
error-other-title = درخواست انجام نشد
error-other-body = مشکلی پیش آمد. به صفحه اصلی بروید و دوباره امتحان کنید.
