## Navigation

nav-shifts = نوبت‌های کاری
nav-shift-board = نوبت‌های کاری هفته
nav-help = کمک به زبان من

## Shift form (coordinator)

shift-new-title = نوبت کاری جدید
shift-edit-title = تغییر نوبت کاری
shift-create = ساختن نوبت کاری
shift-edit = تغییر
shift-cancel = لغو نوبت کاری
field-site = مکان
field-date = روز
field-start = شروع
field-end = پایان
field-places = تعداد جا برای داوطلبان
form-hint-places = چند همیار دیجیتال در این نوبت کاری جا دارند (1 تا 50).
shift-wanted-languages = زبان‌های لازم
form-hint-wanted-languages = زبان‌هایی که در این مکان بیشتر لازم هستند. می‌توانید این قسمت را خالی بگذارید.
field-shift-notes = توضیح برای داوطلبان
form-hint-shift-notes = مثلاً از کدام در باید داخل بیایند.
field-repeat = آیا نوبت کاری تکرار می‌شود؟
shift-repeat-once = فقط یک بار
shift-repeat-weekly = هر هفته در همین ساعت
field-until = آخرین روز
form-hint-until = آخرین روز نوبت کاری هفتگی.
shift-error-ends-before-start = زمان پایان باید بعد از زمان شروع باشد.
shift-error-places = یک عدد از 1 تا 50 بنویسید.
shift-error-places-taken = الان داوطلبان بیشتری در این نوبت کاری هستند. تعداد جاها نمی‌تواند کمتر باشد.
shift-error-series-end = اگر نوبت کاری هر هفته تکرار می‌شود، آخرین روز را بنویسید.
shift-error-series-end-before = آخرین روز نمی‌تواند قبل از روز اول باشد.
shift-error-series-too-long = نوبت کاری تکراری حداکثر یک سال می‌تواند ادامه داشته باشد.
board-back = برگشت به نوبت‌های کاری هفته

## Week board (coordinator)

board-title = نوبت‌های کاری هفته
board-week-nav = هفته‌ها
board-previous-week = هفته قبل
board-next-week = هفته بعد
board-gaps-title = کمبودهای این هفته
board-no-gaps = کمبودی نیست. همه نوبت‌های کاری به اندازه کافی آدم و زبان دارند.
board-empty = این هفته هیچ نوبت کاری نیست.
board-places = { $confirmed } از { $places } جا پر است
board-waiting = { $count ->
    [one] { $count } نفر در صف انتظار
   *[other] { $count } نفر در صف انتظار
}
board-nobody = هنوز کسی ثبت‌نام نکرده است.
board-new-volunteer = جدید
board-checked-in = حاضر
board-no-show = نیامد
board-check-in = ثبت حضور: { $name }
board-mark-no-show = نیامد: { $name }
board-gap-language = کسی به زبان { $language } صحبت نمی‌کند
board-gap-places = { $count ->
    [one] { $count } جای خالی
   *[other] { $count } جای خالی
}
board-gap-new-alone = داوطلب جدید تنها می‌ماند
board-gap-line = { $when }، { $site }: { $gap }
board-settings-title = تنظیمات
field-withdraw-limit = آخرین زمان برای لغو (به ساعت)
form-hint-withdraw-limit = داوطلب می‌تواند خودش نوبت کاری را لغو کند، تا این تعداد ساعت قبل از شروع آن (0 تا 336).
shift-error-withdraw-limit = یک عدد از 0 تا 336 بنویسید.
shift-cancelled = این نوبت کاری لغو شده است.

## A volunteer's shifts

shifts-mine-title = نوبت‌های کاری من
shifts-mine-coming = نوبت‌های کاری بعدی من
shifts-mine-none = شما نوبت کاری بعدی ندارید.
shift-you-are-confirmed = شما در این نوبت کاری هستید
shift-you-are-waiting = شما نفر { $place } در صف انتظار هستید
shift-you-checked-in = حضور شما ثبت شده است.
shift-check-in = من اینجا هستم
shift-check-out = الان می‌روم
shift-withdraw = انصراف از این نوبت کاری
shifts-open-title = نوبت‌های کاری که می‌توانید بگیرید
shifts-open-none = الان هیچ نوبت کاری خالی نیست.
shift-free-places = { $count ->
    [one] { $count } جای خالی
   *[other] { $count } جای خالی
}
shift-sign-up = به این نوبت کاری می‌آیم
shifts-full-title = نوبت‌های کاری پر
shift-join-waiting-list = رفتن به صف انتظار
shifts-not-active = وقتی هماهنگ‌کننده آموزش شما را تأیید کند، می‌توانید نوبت کاری انتخاب کنید.
shifts-past-title = نوبت‌های کاری گذشته
shifts-past-when = زمان
shifts-past-hours = تعداد ساعت
notices-title = تغییر در نوبت‌های کاری شما
notices-read = این‌ها را خواندم
notice-changed = یک نوبت کاری تغییر کرد: { $when }، { $site }.
notice-cancelled = یک نوبت کاری لغو شد: { $when }، { $site }.
notice-promoted = شما از صف انتظار به این نوبت کاری آمدید: { $when }، { $site }.
shift-refusal-not-active = فقط وقتی هماهنگ‌کننده آموزش شما را تأیید کند، می‌توانید نوبت کاری انتخاب کنید.
shift-refusal-no-such-shift = نوبت کاری پیدا نشد.
shift-refusal-cancelled = این نوبت کاری لغو شده است.
shift-refusal-started = این نوبت کاری شروع شده است.
shift-refusal-already = شما قبلاً برای این نوبت کاری ثبت‌نام کرده‌اید.
shift-refusal-overlaps = شما در همین زمان یک نوبت کاری دیگر دارید.
shift-refusal-not-signed-up = شما در این نوبت کاری نیستید.
shift-refusal-too-late = دیگر نمی‌توانید خودتان این نوبت کاری را لغو کنید. به هماهنگ‌کننده زنگ بزنید.
shift-refusal-check-in-closed = فقط کمی قبل از شروع نوبت کاری می‌توانید حضور خود را ثبت کنید.
flash-signed-up = شما در این نوبت کاری هستید.
flash-waiting-list = این نوبت کاری پر است. شما در صف انتظار هستید. اگر جایی خالی شود، در همین صفحه پیام می‌گیرید.
flash-withdrawn = جای شما لغو شد.
flash-checked-in = حضور شما ثبت شد. نوبت کاری خوبی داشته باشید!
flash-checked-out = رفتن شما ثبت شد. متشکریم!
flash-notices-read = پیام‌ها خوانده شد.
flash-shifts-created = نوبت‌های کاری ساخته شد.
flash-shift-changed = نوبت کاری تغییر کرد. افراد این نوبت، تغییر را در صفحه خود می‌بینند.
flash-shift-cancelled = نوبت کاری لغو شد. افراد این نوبت، این را در صفحه خود می‌بینند.
flash-attendance-recorded = ذخیره شد.
flash-withdraw-limit-saved = آخرین زمان برای لغو ذخیره شد.
flash-calendar-link-renewed = تقویم شما نشانی جدید دارد. نشانی قبلی دیگر کار نمی‌کند.

## Calendar feed

calendar-title = نوبت‌های کاری در تقویم خودتان
calendar-help = این نشانی را به تقویم گوشی خود اضافه کنید. تقویم نوبت‌های کاری شما را نشان می‌دهد. این نشانی را به دیگران ندهید.
calendar-renew = ساختن نشانی جدید
calendar-name = نوبت‌های کاری Digikaveri
calendar-event = Digikaveri: { $site }

## Help in my language (public)

help-title = کمک به زبان من
help-lead = یک زبان انتخاب کنید. می‌بینید همیار دیجیتال کی و کجا به این زبان صحبت می‌کند.
field-help-language = زبان
field-help-topic = در چه کاری کمک لازم دارید؟ (اجباری نیست)
help-any-topic = هر کاری
help-search = نشان دادن زمان‌ها
help-times-title = کمک به زبان { $language }
help-topic-fallback = کسی نگفته است که دقیقاً این موضوع را بلد است. این همیاران دیجیتال به زبان شما صحبت می‌کنند و شاید باز هم بتوانند کمک کنند.
help-none = در { $days } روز آینده هنوز هیچ زمانی برای این زبان نیست. بعداً دوباره نگاه کنید.
