## Taking a queue number at a site (no account, nothing personal)

queue-take-title = گرفتن شماره نوبت
queue-take-help = یک شماره می‌گیرید. یک همیار دیجیتال شماره شما را صدا می‌زند.
field-first-language = به چه زبانی کمک می‌خواهید؟
queue-error-language = یک زبان انتخاب کنید.
field-second-language = زبان دیگری که برای شما مناسب است (اجباری نیست)
form-hint-second-language = اگر کسی به زبان اول شما صحبت نکند، به زبان دیگر زودتر کمک می‌گیرید.
queue-no-second-language = زبان دیگری ندارم
queue-second-language-open = به زبان دیگری هم صحبت می‌کنم
field-ticket-topics = در چه کاری کمک لازم دارید؟
form-hint-ticket-topics = یک یا چند مورد انتخاب کنید. می‌توانید این قسمت را خالی هم بگذارید.
queue-more-topics = موضوع‌های بیشتر
queue-tile-strong-eid = رمزهای بانکی
queue-tile-kela = Kela
queue-tile-omakanta = OmaKanta
queue-tile-jobmarket = کاریابی
queue-tile-banking = بانک اینترنتی
queue-tile-email = ایمیل
queue-tile-smartphone-basics = گوشی هوشمند
queue-tile-scams-security = کلاهبرداری
field-first-visit = اولین بار است که اینجا می‌آیم
queue-nothing-personal = ما اسم شما یا هیچ چیز دیگری درباره شما نمی‌پرسیم.
queue-take-submit = گرفتن شماره
queue-closed-title = الان اینجا همیار دیجیتال نیست
queue-closed-next = زمان بعدی کمک در اینجا: { $when }.
queue-closed-none = هنوز برای اینجا همیار دیجیتال برنامه‌ریزی نشده است. مکان‌های دیگر را ببینید.
flash-ticket-taken = حالا شماره دارید. این صفحه را باز نگه دارید.

## The ticket page

ticket-title = شماره نوبت شما
ticket-status-waiting = منتظر نوبت خود هستید
ticket-status-matched = یک همیار دیجیتال دارد می‌آید
ticket-status-done = کمک گرفتید. ممنون که آمدید!
ticket-status-left = شما از صف بیرون آمدید.
ticket-status-unserved = متأسفیم، امروز وقت نشد به شما کمک کنیم.
ticket-ahead = { $count ->
    [0] نفر بعدی شما هستید.
    [one] یک نفر جلوی شماست.
   *[other] { $count } نفر جلوی شما هستند.
}
ticket-expected-wait = انتظار حدود { $minutes } دقیقه است.
ticket-refresh = به‌روزرسانی
ticket-needs-title = کاری که در آن کمک لازم دارید
ticket-safety = همیار دیجیتال هیچ‌وقت رمزهای بانکی، کد PIN یا رمز عبور شما را نمی‌پرسد. آن‌ها را خودتان تایپ می‌کنید.
ticket-leave = از صف بیرون می‌روم
flash-ticket-left = شما از صف بیرون آمدید. اگر برگردید، می‌توانید شماره جدید بگیرید.
flash-ticket-not-waiting = این شماره دیگر در صف نیست.

## The poster at the site

poster-title = پوستر
poster-call = با گوشی خود شماره نوبت بگیرید
poster-qr-label = کد QR: نشانی برای گرفتن شماره نوبت
poster-print-help = این صفحه را چاپ کنید و روی در ورودی مکان بچسبانید.
board-posters-title = پوسترهای شماره نوبت
board-poster-link = پوستر: { $site }
board-queue-link = صف الان: { $site }
ticket-your-helper = همیار دیجیتال شما { $name } است. او در { $site } پیش شما می‌آید.

## The queue board of a site (staff on duty)

duty-board-title = صف الان
duty-suggestions-title = پیشنهادها
duty-suggestions-none = الان پیشنهادی نیست.
duty-accept = وصل کردن { $code } به { $name }
duty-unmatched-title = هنوز کسی پیدا نشد
duty-widening = می‌تواند کمک کند:
duty-waiting-title = در صف
duty-waiting-none = کسی در صف نیست.
duty-waited = زمان انتظار: { $minutes } دقیقه
field-duty-volunteer = همیار دیجیتال
duty-match = وصل کردن
duty-volunteers-title = همیاران دیجیتال حاضر
duty-volunteers-none = هنوز کسی حضور خود را ثبت نکرده است.
duty-free = آزاد
duty-busy-with = در حال کمک: { $code }
flash-duty-matched = وصل شد. همیار دیجیتال آن را در گوشی خود می‌بیند.
flash-duty-taken = وصل کردن ممکن نشد. کسی زودتر این کار را کرد، یا همیار دیجیتال دیگر آزاد نیست.
reason-speaks = به زبان { $language } صحبت می‌کند ({ $level })
reason-speaks-second = به زبان دوم انتخاب‌شده صحبت می‌کند: { $language } ({ $level })
reason-confident = می‌تواند کمک کند: { $topic }
reason-learning = می‌خواهد یاد بگیرد: { $topic }
reason-helped-before = قبلاً به همین فرد کمک کرده است
reason-waiting = زمان انتظار: { $minutes } دقیقه
reason-sessions-today = امروز { $count } بار کمک کرده است
why-nobody-speaks = اینجا کسی به زبان مورد نیاز صحبت نمی‌کند: { $languages }.
why-only-trainee = فقط یک داوطلب در حال آموزش به زبان مورد نیاز صحبت می‌کند: { $languages }.
why-all-busy = همه کسانی که به این زبان صحبت می‌کنند، الان به فرد دیگری کمک می‌کنند.
widening-second-language = زبان دوم انتخاب‌شده، { $language }
widening-pair-trainee = { $trainee } همراه با { $with }

## The volunteer's next person

nav-duty = نفر بعدی
duty-next-title = نفر بعدی
duty-next-none = الان کسی را ندارید. کمی بعد دوباره نگاه کنید.
duty-call-help = شماره را صدا بزنید و خودتان را معرفی کنید.
duty-start = کمک را شروع می‌کنم
duty-finish = تمام شد
flash-duty-started = موفق باشید!
flash-duty-finished = متشکریم! کمک به عنوان انجام‌شده ثبت شد.

## Nobody can help today

field-unserved-reason = چرا کسی نمی‌تواند کمک کند؟
duty-unserved = امروز کسی نمی‌تواند کمک کند
unserved-no-language = امروز کسی به این زبان صحبت نمی‌کند
unserved-no-time = امروز وقت کافی نیست
unserved-needs-authority = این کار مربوط به یک اداره دولتی است
flash-duty-unserved = ثبت شد. فرد دلیل را در صفحه خود می‌بیند.
ticket-unserved-no-language = امروز اینجا کسی به زبان شما صحبت نمی‌کند. ببینید چه وقت به زبان شما کمک هست.
ticket-unserved-no-time = امروز وقت کافی نیست. لطفاً یک روز دیگر بیایید.
ticket-unserved-needs-authority = در این کار یک اداره دولتی به شما کمک می‌کند، مثلاً Kela یا شهرداری. از کارکنان اینجا راهنمایی بخواهید.

## Volunteers on duty may match

field-volunteers-may-match = همیاران دیجیتال حاضر می‌توانند از صف استفاده کنند و افراد را وصل کنند
flash-volunteer-matching-saved = تنظیم ذخیره شد.
