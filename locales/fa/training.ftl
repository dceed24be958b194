## Navigation and the volunteer's dashboard

nav-training = آموزش‌ها
nav-profile = مهارت‌ها و زبان‌های من
dashboard-skills-title = از مهارت‌های خود بگویید
dashboard-skills-missing = به ما بگویید با چه زبان‌هایی و در چه کارهایی می‌توانید کمک کنید. آن وقت فرد مناسب می‌تواند از شما کمک بگیرد.

## Language levels

level-native = زبان مادری
level-fluent = روان
level-basic = مقدماتی

## The volunteer's own page: languages, topics, training, badges

profile-title = مهارت‌ها و زبان‌های من
profile-intro = بگویید با چه زبان‌هایی و در چه کارهایی می‌توانید کمک کنید. هر وقت بخواهید، می‌توانید این اطلاعات را عوض کنید.
profile-skills-title = زبان‌ها و موضوع‌ها
profile-languages-legend = زبان‌هایی که با آن‌ها می‌توانید کمک کنید
profile-languages-hint = برای هر زبانی که صحبت می‌کنید، یک سطح انتخاب کنید. دست‌کم یک زبان انتخاب کنید.
profile-level-none = این زبان را بلد نیستم
profile-topics-legend = موضوع‌ها
profile-topics-hint = انتخاب کنید در چه کارهایی می‌توانید کمک کنید. چیزهایی را هم که می‌خواهید یاد بگیرید، می‌توانید انتخاب کنید.
profile-topic-none = فعلاً نه
profile-topic-confident = در این کار می‌توانم کمک کنم
profile-topic-learning = می‌خواهم این را یاد بگیرم
profile-languages-more = زبان‌های بیشتر
profile-group-chosen = انتخاب‌شده: { $count }
profile-group-identity = احراز هویت و اداره‌های دولتی
profile-group-health = سلامت
profile-group-work = کار
profile-group-money = بانک و امنیت در اینترنت
profile-group-devices = گوشی، برنامه‌ها و دستگاه‌ها
profile-group-everyday = پیام‌ها و کارهای روزمره
profile-save = ذخیره زبان‌ها و موضوع‌ها
profile-error-no-language = دست‌کم یک زبان و سطح آن را انتخاب کنید.
profile-training-title = آموزش‌های من
profile-training-help = وقتی یک آموزش را گذراندید، هماهنگ‌کننده آن را اینجا ثبت می‌کند.

## External badges and courses

credentials-title = نشان‌های مهارت و دوره‌ها
credentials-help = نشان‌ها و دوره‌هایی را که در جای دیگر گذرانده‌اید، اضافه کنید. هماهنگ‌کننده آن‌ها را می‌بیند.
credentials-empty = هنوز هیچ نشان یا دوره‌ای اضافه نکرده‌اید.
credentials-issued = { $issuer }، { $date }
credentials-link = باز کردن لینک
credentials-delete = حذف
credentials-add-title = اضافه کردن نشان یا دوره
credentials-add = اضافه کردن
field-credential-name = نام نشان یا دوره
field-credential-issuer = صادرکننده
field-credential-date = تاریخ
field-credential-link = لینک (اجباری نیست)
form-hint-credential-name = نام را همان‌طور بنویسید که در گواهی‌نامه آمده است.
form-hint-credential-issuer = مثلاً یک سازمان یا یک مدرسه.
form-hint-credential-link = نشانی با https:// شروع می‌شود.

## Training modules

training-title = آموزش‌ها
training-intro = داوطلبان این آموزش‌ها را می‌گذرانند. وقتی داوطلب همه آموزش‌های اجباری را گذراند، می‌تواند کار را شروع کند.
training-modules-title = آموزش‌های سازمان شما
training-column-module = آموزش
training-column-required = اجباری؟
training-column-done = گذرانده شد
training-required = اجباری
training-optional = اختیاری
training-not-yet = هنوز نه
training-empty = هنوز هیچ آموزشی نیست.
training-make-optional = اختیاری کردن
training-make-required = اجباری کردن
training-add-title = اضافه کردن آموزش
training-add = اضافه کردن آموزش
field-training-title = نام آموزش
field-training-required = آموزش اجباری
form-hint-max-length = حداکثر { $count } حرف.
training-seed-role = نقش همیار دیجیتال
training-seed-ethics = اصول اخلاقی کمک دیجیتال: رمزهای دیگران را نگیرید، کاری را به جای کسی انجام ندهید، بدانید چه وقت فرد را به جای دیگری بفرستید
training-seed-data-protection = حفاظت از اطلاعات شخصی و رازداری
training-seed-security = امنیت اطلاعات و کلاهبرداری

## One volunteer (coordinator)

volunteer-title = اطلاعات داوطلب
volunteer-back = برگشت به فهرست داوطلبان
volunteer-status-title = وضعیت
volunteer-status-new = وضعیت جدید
volunteer-status-hint = فقط وقتی همه آموزش‌های اجباری گذرانده شده باشد، می‌توانید وضعیت را «فعال» کنید.
volunteer-status-save = تغییر وضعیت
volunteer-status-error-training = هنوز نمی‌توانید وضعیت را «فعال» کنید. این آموزش‌های اجباری هنوز گذرانده نشده است:
volunteer-history-title = تغییرات وضعیت
volunteer-history-when = زمان
volunteer-history-from = قبل
volunteer-history-to = بعد
volunteer-history-by = چه کسی عوض کرد
volunteer-history-empty = وضعیت هنوز عوض نشده است.
volunteer-languages-title = زبان‌ها
volunteer-languages-empty = داوطلب هنوز هیچ زبانی انتخاب نکرده است.
volunteer-topics-title = موضوع‌ها
volunteer-topics-confident = می‌تواند کمک کند
volunteer-topics-learning = می‌خواهد یاد بگیرد
volunteer-topics-empty = هیچ موضوعی نیست.
volunteer-training-title = آموزش‌ها
volunteer-training-date = تاریخ گذراندن
volunteer-training-record = ثبت به عنوان گذرانده‌شده
volunteer-credentials-empty = هیچ نشان یا دوره‌ای نیست.

## Errors next to fields

form-error-date = تاریخ را بررسی کنید.
form-error-future-date = تاریخ نمی‌تواند در آینده باشد.
form-error-link = لینک را بررسی کنید. لینک باید با https:// یا http:// شروع شود.

## Messages after an action

flash-skills-saved = زبان‌ها و موضوع‌های شما ذخیره شد.
flash-credential-added = نشان یا دوره اضافه شد.
flash-credential-deleted = نشان یا دوره حذف شد.
flash-training-module-added = آموزش اضافه شد.
flash-training-module-saved = آموزش عوض شد.
flash-training-recorded = آموزش به عنوان گذرانده‌شده ثبت شد.
flash-status-changed = وضعیت عوض شد.
flash-status-unchanged = وضعیت از قبل همین بود. چیزی عوض نشد.

## Event log

audit-volunteer-viewed = اطلاعات یک داوطلب را دید
audit-volunteer-status-changed = وضعیت یک داوطلب را عوض کرد
audit-training-recorded = گذراندن یک آموزش را ثبت کرد
audit-training-module-added = یک آموزش اضافه کرد
audit-training-module-changed = یک آموزش را عوض کرد
audit-subject-training-module = آموزش { $id }
