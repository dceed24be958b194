# The privacy notice, the retention rules and a volunteer's own data.
footer-privacy = حریم خصوصی: چه چیزی را و تا کی نگه می‌داریم
privacy-title = حریم خصوصی
privacy-intro = Digikaveri فقط چیزی را نگه می‌دارد که برای کمک، نوبت‌های داوطلبان و گزارش به حامیان مالی لازم است. در زیر آمده که چه چیزی، چرا و تا کی نگه داشته می‌شود.
privacy-kept-title = چه چیزی و تا کی نگه داشته می‌شود
privacy-rights-title = اطلاعات شما
privacy-rights = داوطلب می‌تواند همه اطلاعاتی را که درباره او نگه داشته شده از بخش اطلاعات من دانلود کند و ببیند کدام کارکنان صفحه او را دیده‌اند. ما نام و اطلاعات تماس کسانی را که برای کمک می‌آیند نگه نمی‌داریم.
rule-unclaimed-tickets = شماره‌های نوبت
rule-unclaimed-tickets-why = شماره، زبان‌ها و موضوع‌ها برای پیدا کردن داوطلب مناسب لازم است. آمار روز بدون شماره برای گزارش‌ها می‌ماند.
rule-ticket-links = پیوند شماره نوبت با کمک ثبت‌شده
rule-ticket-links-why = این پیوند برای نظر دادن و ثبت کمک لازم است. بعد از نظر دادن یا در پایان روز پاک می‌شود.
rule-sign-in-sessions = ورودها
rule-sign-in-sessions-why = ورود بعد از هشت ساعت بی‌استفاده تمام می‌شود. ورود تمام‌شده پاک می‌شود.
rule-sign-in-attempts = تلاش‌های ورود
rule-sign-in-attempts-why = تلاش‌ها شمرده می‌شوند تا کسی نتواند رمز را حدس بزند.
rule-used-links = پیوندهای استفاده‌شده و منقضی
rule-used-links-why = پیوندهای تغییر رمز، دعوت و پیوستن بعد از استفاده یا انقضا پاک می‌شوند.
rule-limit-counts = محدودیت فرم‌های عمومی
rule-limit-counts-why = شمرده می‌شوند تا کسی نتواند صف را پر کند. از نشانی فقط یک هش نگه داشته می‌شود.
rule-audit-log = گزارش رویدادها
rule-audit-log-why = این گزارش نشان می‌دهد چه کسی چه کاری کرد و چه کسی اطلاعات چه کسی را دید.
rule-inactive-volunteers = حساب داوطلب
rule-inactive-volunteers-why = اگر یک سال وارد نشده باشید، می‌پرسیم که آیا می‌خواهید حسابتان بماند. اگر تا یک ماه پاسخ ندهید، نام، ایمیل و شماره تلفن شما پاک می‌شود. تعداد کمک‌های ثبت‌شده در گزارش‌ها می‌ماند.
period-end-of-day = تا پایان روز صف.
period-hours = { $count ->
    [one] یک ساعت.
   *[other] { $count } ساعت.
}
period-days = { $count ->
    [one] یک روز.
   *[other] { $count } روز.
}
period-months = { $count ->
    [one] یک ماه.
   *[other] { $count } ماه.
}
period-years = { $count ->
    [one] یک سال.
   *[other] { $count } سال.
}
retention-title = نگهداری اطلاعات
retention-help = این قاعده‌ها وقتی زمان اطلاعات تمام شود، خودشان آن را پاک می‌کنند. هر ساعت یک بار اجرا می‌شوند.
retention-last-run = آخرین اجرا: { $when }.
retention-never-run = قاعده‌ها هنوز اجرا نشده‌اند.
retention-col-rule = چه چیزی
retention-col-period = تا کی
retention-col-removed = پاک‌شده در دفعه قبل
retention-asked = { $count ->
    [0] دفعه قبل از کسی پرسیده نشد.
    [one] دفعه قبل از یک داوطلب پرسیده شد که آیا حسابش بماند.
   *[other] دفعه قبل از { $count } داوطلب پرسیده شد که آیا حسابشان بماند.
}
audit-retention-run = اطلاعات قدیمی پاک شد
audit-account-kept = داوطلب خواست حسابش بماند
audit-data-exported = اطلاعات شخصی دانلود شد
audit-subject-service = سرویس
inactive-title = می‌خواهید حسابتان بماند؟
inactive-help = شما یک سال وارد نشده‌اید. اگر تا یک ماه پاسخ ندهید، اطلاعات شما پاک می‌شود.
inactive-keep = حسابم بماند
flash-account-kept = متشکریم! حساب شما می‌ماند.
mail-inactive-subject = می‌خواهید حساب Digikaveri شما بماند؟
mail-inactive-body = شما یک سال وارد Digikaveri نشده‌اید. برای نگه داشتن حساب، تا یک ماه وارد شوید: { $link }
    وگرنه نام، ایمیل و شماره تلفن شما پاک می‌شود.
account-data-link = اطلاعات من: چه چیزی درباره من نگه داشته شده
data-title = اطلاعات من
data-help = اینجا همه چیزهایی است که درباره شما نگه داشته شده. می‌توانید همین اطلاعات را به صورت فایل دانلود کنید. هر دانلود در گزارش رویدادها ثبت می‌شود.
data-download = دانلود اطلاعات من (JSON)
data-staff-views-title = کدام کارکنان صفحه شما را دیدند
data-staff-view = { $when }: { $who }
data-staff-view-gone = { $when }: حساب پاک‌شده
data-staff-views-empty = هیچ کارمندی صفحه شما را ندیده است.
data-section-empty = اطلاعاتی نیست.
