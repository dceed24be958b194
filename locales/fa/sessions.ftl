## Help sessions: the volunteer's record, the coordinator's lists, the person's answers

session-record-title = ثبت کمک
session-walk-in-lead = کمک را ثبت کنید، وقتی کسی بدون شماره نوبت مستقیم سر میز شما آمد، یا وقتی به یک گروه کوچک کمک کردید.
field-session-outcome = کمک چطور تمام شد؟
outcome-self = فرد یاد گرفت این کار را خودش انجام دهد
outcome-together = با هم انجامش دادیم
outcome-partly = بخشی از کار انجام شد
outcome-referred = او را به جای دیگری فرستادم
outcome-unsolved = مشکل حل نشد
field-session-referred-to = او را به کجا فرستادید؟
form-hint-session-referred-to = فقط اگر او را به جای دیگری فرستادید.
session-not-referred = به جای دیگری نفرستادم
referral-kela = دفتر خدمات Kela
referral-city-digital-support = پشتیبانی دیجیتال شهرداری
referral-library = کتابخانه
referral-employment-services = خدمات اشتغال
referral-social-worker = مددکار اجتماعی
referral-family = خانواده یا یک آشنا
referral-other-service = یک خدمت دیگر
field-session-saw-codes = آیا رمزهای بانکی یا رمز عبور او را دیدید یا تایپ کردید؟
form-hint-session-saw-codes = صادقانه جواب دهید. هماهنگ‌کننده درباره آن با شما صحبت می‌کند. این تنبیه نیست.
session-saw-codes-no = نه
session-saw-codes-yes = بله، رمزها را دیدم یا تایپ کردم
session-save = ذخیره
session-details = بررسی جزئیات
field-session-minutes = مدت به دقیقه
form-hint-session-minutes = 1–480 دقیقه.
field-session-people = چند نفر؟
form-hint-session-people = 1 برای یک نفر، 2–10 برای یک گروه کوچک.
field-session-language = زبانی که با آن کمک کردید
field-session-device = دستگاه چه کسی؟
device-own-phone = گوشی خود فرد
device-own-computer = کامپیوتر خود فرد
device-site-computer = کامپیوتر همین مکان
field-session-topics = کارهایی که در آن‌ها کمک کردید
field-session-first-visit = این فرد اولین بار بود که اینجا می‌آمد
field-session-note = چیزی که امروز یاد گرفتم (اجباری نیست)
form-hint-session-note = فقط شما این را می‌بینید. درباره یادگیری خودتان بنویسید، نه درباره فردی که به او کمک کردید.
form-error-identifies = کد شناسایی شخصی، شماره تلفن، ایمیل یا شماره کارت را پاک کنید. یادداشت نباید نشان دهد این فرد چه کسی است.
session-error-minutes = مدت را به دقیقه بنویسید، 1–480.
session-error-people = تعداد افراد را بنویسید، 1–10.
session-error-outcome = انتخاب کنید کمک چطور تمام شد.
session-error-referred-to = انتخاب کنید فرد را به کجا فرستادید.
session-error-not-on-duty = این نوع کمک را فقط وقتی می‌توانید ثبت کنید که حضور خود را در یک نوبت کاری ثبت کرده باشید.
flash-session-recorded = کمک ثبت شد. متشکریم!
duty-to-record = هنوز ثبت نشده
duty-record-ticket = ثبت { $code }
duty-record-walk-in = ثبت کمک بدون شماره نوبت
sessions-own-title = کمک‌های من
sessions-none = هنوز هیچ کمکی ثبت نکرده‌اید.
session-line = { $people ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه، { $people } نفر
}
session-own-note = یادداشت من
sessions-feedback-title = کسانی که کمک گرفتند چه گفتند
sessions-feedback-totals = تعداد پاسخ‌ها: { $answers }. خوب: { $good }، متوسط: { $okay }، بد: { $bad }.
sessions-feedback-alone = { $count ->
    [one] { $count } نفر گفت دفعه بعد می‌تواند این کار را خودش انجام دهد.
   *[other] { $count } نفر گفتند دفعه بعد می‌توانند این کار را خودشان انجام دهند.
}
sessions-feedback-too-few = وقتی دست‌کم { $count } پاسخ باشد، خلاصه را می‌بینید. این‌طور کسی نمی‌فهمد چه کسی چه جوابی داده است.
sessions-title = کمک‌های ثبت‌شده
field-session-site = مکان
field-session-day = روز
sessions-show = نشان دادن
sessions-none-day = در این روز در این مکان هیچ کمکی ثبت نشده است.
sessions-follow-up-link = { $count ->
    [one] { $count } کمک منتظر گفت‌وگو است
   *[other] { $count } کمک منتظر گفت‌وگو است
}
follow-up-title = گفت‌وگو با داوطلب
follow-up-lead = در این کمک‌ها داوطلب رمزهای فرد دیگری را دید یا تایپ کرد. با او صحبت کنید تا از او حمایت کنید، نه اینکه تنبیهش کنید.
follow-up-done = گفت‌وگو انجام شد
follow-up-none = موردی برای گفت‌وگو نیست.
flash-followed-up = ثبت شد که گفت‌وگو انجام شده است.
nav-sessions = کمک‌های ثبت‌شده
feedback-title = به ما بگویید
feedback-how-was-it = کمک چطور بود؟
feedback-face-good = خوب
feedback-face-okay = متوسط
feedback-face-bad = بد
feedback-next-time = آیا دفعه بعد می‌توانید این کار را خودتان انجام دهید؟
feedback-next-alone = بله
feedback-next-little-help = با کمی کمک
feedback-next-not-yet = هنوز نه
feedback-come-again = آیا دوباره می‌آیید؟
feedback-yes = بله
feedback-no = نه
feedback-anonymous = جواب شما بی‌نام است.
feedback-send = فرستادن
flash-feedback-thanks = از جواب شما متشکریم!
flash-feedback-closed = شما قبلاً جواب داده‌اید، یا زمان جواب دادن تمام شده است.

## Changing a record afterwards, the person's answers on the volunteer's phone, unrecorded help

session-edit-title = تغییر ثبت
session-edit = تغییر
session-correct = اصلاح
session-hand-over = تلفن ندارد؟ بگذارید با تلفن شما جواب بدهد
flash-session-changed = ثبت تغییر کرد.
flash-session-corrected = ثبت اصلاح شد. اصلاح در گزارش رویدادها آمده است.
flash-feedback-handed-back = جواب ذخیره شد. متشکریم! حالا می‌توانید کمک را ثبت کنید.
sessions-unrecorded-title = کمک ثبت‌نشده
sessions-unrecorded-lead = این کمک تمام شد، اما در همان روز ثبت نشد. با همیار دیجیتال درباره‌اش صحبت کنید.
sessions-unrecorded = { $volunteer }: { $count ->
    [one] { $count } کمک ثبت‌نشده
   *[other] { $count } کمک ثبت‌نشده
} در { $site }، { $day }
sessions-unrecorded-done = گفت‌وگو انجام شد
flash-reminder-done = ثبت شد که گفت‌وگو انجام شده است.
audit-session-corrected = یک کمک ثبت‌شده را اصلاح کرد
audit-subject-help-session = کمک ثبت‌شده { $id }
