## Sites run by the coordinators

nav-sites = مکان‌ها
sites-title = مکان‌ها
site-add = افزودن مکان
site-new-title = مکان جدید
site-edit-title = اطلاعات مکان
site-create = افزودن مکان
site-edit = تغییر
site-close = بستن مکان
site-reopen = باز کردن دوباره مکان
site-closed = این مکان بسته است.
site-queue-paused = گرفتن شماره نوبت فعلاً متوقف است.
sites-back = برگشت به مکان‌ها
sites-empty-title = هنوز هیچ مکانی نیست
sites-empty-help = اول مکانی را اضافه کنید که همیاران دیجیتال در آن کمک می‌کنند. بعد می‌توانید در آنجا نوبت کاری بسازید و پوستر آن مکان را چاپ کنید.
field-site-name = نام مکان
field-site-kind = نوع مکان
field-site-address = نشانی
field-site-code = کد کوتاه
form-hint-site-code = 3 تا 10 حرف A–Z یا عدد، که اولی باید حرف باشد. کد روی پوستر و روی شماره‌های نوبت دیده می‌شود. اگر کد را تغییر دهید، نشانی قدیمی پوستر تا شش ماه دیگر هم کار می‌کند.
field-site-opening = ساعت کار و راه پیدا کردن کمک
form-hint-site-opening = کسانی که دنبال کمک هستند این را می‌بینند. به زبان خودتان بنویسید. می‌توانید به زبان‌های دیگر هم بنویسید.
field-site-access = دسترسی‌پذیری
form-hint-site-access = مثلاً پله، آسانسور یا ورودی بدون پله.
field-site-tables = میزها
form-hint-site-tables = در هر خط یک میز یا یک باجه، مثلاً 1 و 2. همیار دیجیتال وقتی برای نوبت کاری خود می‌آید، یک میز انتخاب می‌کند.
site-error-code = کد 3 تا 10 حرف A–Z یا عدد دارد، و اولی حرف است.
site-error-code-taken = این کد قبلاً استفاده شده است. کد دیگری انتخاب کنید.
site-error-tables = میزها را بررسی کنید: حداکثر 30 میز، هر میز با نامی جدا، و هر نام حداکثر 30 حرف.
flash-site-created = مکان اضافه شد.
flash-site-saved = اطلاعات مکان ذخیره شد.
flash-site-closed = مکان بسته شد.
flash-site-reopened = مکان دوباره باز است.
site-close-title = مکان بسته شود؟
site-close-help = در مکان بسته کسی نمی‌تواند شماره نوبت بگیرد، و کسانی که دنبال کمک هستند آن را نمی‌بینند. نوبت‌های کاری و سابقه این مکان باقی می‌ماند. می‌توانید مکان را دوباره باز کنید.
site-close-confirm = بله، مکان بسته شود
form-keep = نه، برگشت
form-other-languages = به زبان‌های دیگر
audit-site-created = یک مکان اضافه کرد
audit-site-changed = اطلاعات یک مکان را عوض کرد
audit-site-closed = یک مکان را بست
audit-site-reopened = یک مکان را دوباره باز کرد
audit-subject-site = مکان { $id }

## The first steps of a new organisation

steps-title = چطور شروع کنید
steps-site = اولین مکان خود را اضافه کنید
steps-series = یک نوبت کاری هفتگی بسازید
steps-join-link = لینک عضویت را به داوطلبان بدهید
steps-poster = پوستر مکان را چاپ کنید
steps-done = انجام شد
shift-no-sites = نوبت کاری همیشه در یک مکان است. اول یک مکان اضافه کنید.

## The day at the site

nav-today = امروز
today-title = امروز
today-open = می‌شود شماره نوبت گرفت
today-not-open = الان باز نیست
today-waiting = { $count ->
    [one] { $count } نفر منتظر است
   *[other] { $count } نفر منتظر هستند
}
today-empty-title = امروز نوبت کاری نیست
today-empty-help = وقتی امروز در یک مکان نوبت کاری هست، اینجا می‌بینید چه کسی حاضر است و چند نفر منتظرند.
nav-queue = صف
field-table = میز
table-none = بدون میز
duty-at-table = میز { $table }
duty-seat = عوض کردن میز
flash-duty-seated = میز عوض شد.
flash-duty-not-on-duty = این همیار دیجیتال الان اینجا نیست.
duty-undo-title = هنوز می‌توانید برگردانید
duty-undo-unserved = برگرداندن: کمک ممکن نشد ({ $code })
flash-duty-undone = برگردانده شد. شماره دوباره در صف است.
flash-duty-undo-too-late = دیگر نمی‌شود این را برگرداند.
duty-controls-title = کنترل صف
duty-pause = توقف گرفتن شماره
duty-resume = ادامه گرفتن شماره
flash-queue-paused = الان کسی نمی‌تواند شماره جدید بگیرد.
flash-queue-resumed = دوباره می‌شود شماره گرفت.
field-remove-minutes = حذف شماره‌های در انتظار که در چند دقیقه اخیر گرفته شده‌اند
form-hint-remove-minutes = برای وقتی که کسی شماره‌های زیادی می‌گیرد که کسی از آن‌ها استفاده نمی‌کند. تعداد دقیقه‌ها را بنویسید (1 تا 240).
duty-remove = حذف شماره‌ها
flash-queue-removed = شماره‌ها حذف شد.
duty-on-duty-at = شما در { $site } در نوبت کاری هستید. این صفحه خودش به‌روز می‌شود.
duty-check-in-first = اول در صفحه نوبت کاری خود حضورتان را ثبت کنید.
board-undo-check-in = برگرداندن «حاضر»: { $name }
board-undo-no-show = برگرداندن «نیامد»: { $name }
shift-refusal-not-started = نوبت کاری هنوز شروع نشده است.
shift-refusal-undo-too-late = دیگر نمی‌شود این علامت را برگرداند.

## Queue numbers: one per phone, pauses, help in another language

queue-you-have = شما در این مکان از قبل شماره دارید: { $code }.
queue-open-yours = باز کردن شماره شما
flash-ticket-already = شما از قبل شماره دارید. این شماره شماست.
queue-paused = الان نمی‌شود شماره گرفت. از کارکنان اینجا بپرسید.
queue-site-closed = این مکان بسته است.
queue-too-many = همین الان شماره‌های خیلی زیادی گرفته شده است. کمی صبر کنید و دوباره امتحان کنید.
ticket-status-helping = یک همیار دیجیتال الان به شما کمک می‌کند
ticket-helping-help = کمک شروع شد. کار را خودتان انجام می‌دهید و همیار دیجیتال شما را راهنمایی می‌کند.
ticket-status-removed = کارکنان این شماره را حذف کردند.
ticket-your-helper-table = همیار دیجیتال شما { $name } است. به میز { $table } بروید.
ticket-requeued = همیار دیجیتال شما نمی‌تواند کمک کند. شما هنوز در همان جای خود در صف هستید. یک همیار دیجیتال دیگر برای شما پیدا می‌کنیم.
ticket-nobody-speaks = الان اینجا کسی به زبان { $language } صحبت نمی‌کند.
ticket-second-language = اینجا کسی به زبان اول شما صحبت نمی‌کند. یک همیار دیجیتال می‌تواند به زبان { $language } کمک کند.
ticket-next-help = زمان بعدی کمک به زبان شما: { $when }، در { $site }.
ticket-next-help-none = در دو هفته آینده کمکی به این زبان نیست.
ticket-may-wait = باز هم می‌توانید در صف بمانید. شاید کسی به زبان دیگری کمک کند.
ticket-leave-title = از صف بیرون می‌روید؟
ticket-leave-help = اگر بروید، شماره شما از صف حذف می‌شود. اگر برگردید، می‌توانید شماره جدید بگیرید.
ticket-leave-confirm = بله، از صف بیرون می‌روم
ticket-stay = نه، در صف می‌مانم

## Weekly series: one shift or more

shift-scope-title = این تغییر برای کدام نوبت‌های کاری است؟
form-hint-shift-scope = در یک سری هفتگی، هر نوبت کاری روز خودش را نگه می‌دارد. ساعت‌ها، مکان‌ها و زبان‌ها در نوبت‌های کاری که انتخاب می‌کنید تغییر می‌کند.
shift-scope-one = فقط همین نوبت کاری
shift-scope-following = همین نوبت کاری و نوبت‌های کاری بعدی
shift-scope-series = همه نوبت‌های کاری این سری
shift-cancel-title = نوبت کاری لغو شود؟
shift-cancel-help = به کسانی که برای این نوبت کاری ثبت‌نام کرده‌اند خبر داده می‌شود که لغو شده است.
shift-cancel-confirm = بله، لغو شود
shift-error-date-window = روزی را انتخاب کنید که حداکثر یک سال پیش یا حداکثر دو سال بعد باشد.

## Passwords and joining by mail

login-forgot-link = رمز عبور را فراموش کرده‌اید؟
forgot-title = فراموشی رمز عبور
forgot-help = نشانی ایمیل خود را بنویسید. یک لینک به آن می‌فرستیم. با این لینک می‌توانید رمز عبور جدید بسازید.
forgot-submit = فرستادن لینک
forgot-sent = اگر با این نشانی حسابی باشد، لینک در راه است. ایمیل خود را ببینید. این لینک یک شبانه‌روز کار می‌کند.
forgot-too-many = لینک‌های خیلی زیادی درخواست شده است. بعداً دوباره امتحان کنید.
mail-reset-subject = رمز عبور جدید برای Digikaveri
mail-reset-body = کسی برای این نشانی ایمیل رمز عبور جدید خواسته است. با این لینک رمز عبور جدید بسازید: { $link } این لینک یک شبانه‌روز کار می‌کند. اگر شما آن را نخواسته‌اید، می‌توانید به این پیام توجه نکنید.
join-mailed-title = ایمیل خود را ببینید
join-mailed-body = یک لینک به { $email } فرستادیم.
join-mailed-help = لینک را تا دو روز باز کنید. بعد عضو شده‌اید، و هماهنگ‌کننده با شما تماس می‌گیرد.
mail-join-subject = همیار دیجیتال شوید: { $organisation }
mail-join-body = ممنون که می‌خواهید همیار دیجیتال شوید! عضویت خود را با این لینک کامل کنید: { $link } این لینک دو روز کار می‌کند.
mail-join-member-subject = شما از قبل در Digikaveri حساب دارید
mail-join-member-body = کسی با این نشانی ایمیل خواست عضو { $organisation } شود. شما از قبل حساب دارید. اگر رمز عبور خود را فراموش کرده‌اید، اینجا یک رمز عبور جدید بسازید: { $link }
join-confirm-title = عضویت را کامل کنید
join-confirm-help = دکمه را بزنید. حساب شما ساخته می‌شود و عضو می‌شوید.
join-confirm-submit = همیار دیجیتال شوید
flash-join-member = شما از قبل حساب دارید. وارد شوید.
form-error-too-often = این کار خیلی زیاد امتحان شده است. بعداً دوباره امتحان کنید.
audit-password-reset-requested = لینک رمز عبور جدید خواست
error-403-form-body = فرم بررسی نشد. مرورگر کوکی خود را پس نفرستاد. سرویس را از نشانی خودش باز کنید و کوکی‌ها را مجاز کنید:
