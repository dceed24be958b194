## Group trainings: recording one, the attendees' ratings

trainings-record-title = ثبت آموزش گروهی
trainings-record-intro = آموزشی را ثبت کنید که چند نفر در آن شرکت کردند. این آموزش برای هر شرکت‌کننده در همان روز گذرانده‌شده ثبت می‌شود.
trainings-back = بازگشت به آموزش‌ها
trainings-field-module = آموزش
trainings-choose-module = یک آموزش انتخاب کنید
trainings-field-date = روز آموزش
trainings-field-trainer = آموزش‌دهنده
trainings-trainer-hint = نام آموزش‌دهنده. حداکثر { $count } حرف.
trainings-field-attendees = شرکت‌کنندگان
trainings-attendees-hint = همه کسانی را که در آموزش بودند انتخاب کنید. هماهنگ‌کننده‌ها هم می‌توانند شرکت کنند.
trainings-coordinator = هماهنگ‌کننده
trainings-no-people = این سازمان هنوز داوطلبی ندارد.
trainings-record-save = ذخیره آموزش
trainings-error-no-attendee = دست‌کم یک شرکت‌کننده انتخاب کنید.
trainings-column-ratings = بازخورد
trainings-means = رضایت: { $satisfaction } از 5، فایده برای کار: { $usefulness } از 5
trainings-means-hidden = میانگین‌ها هنوز نشان داده نمی‌شوند.
trainings-answers = { $count ->
    [0] پاسخی نیست.
    [one] { $count } پاسخ
   *[other] { $count } پاسخ
}
trainings-means-note = میانگین‌ها وقتی نشان داده می‌شوند که دست‌کم { $count } پاسخ باشد. به این ترتیب پاسخ هیچ‌کس جداگانه دیده نمی‌شود.
trainings-mine-title = آموزش‌هایی که در آن‌ها شرکت کردم
trainings-mine-intro = این‌ها آموزش‌های گروهی هستند که در آن‌ها شرکت کردید. نظرتان را بگویید.
trainings-mine-empty = هنوز در آموزش گروهی شرکت نکرده‌اید.
trainings-mine-link = آموزش‌هایی که در آن‌ها شرکت کردم
trainings-column-date = روز
trainings-column-trainer = آموزش‌دهنده
trainings-column-rating = بازخورد شما
trainings-rated = بازخورد خود را داده‌اید. سپاس!
trainings-rate = دادن بازخورد
trainings-rate-title = بازخورد درباره آموزش
trainings-back-mine = بازگشت به آموزش‌هایی که در آن‌ها شرکت کردم
trainings-question-satisfaction = چقدر راضی بودید؟
trainings-question-usefulness = این آموزش برای کار شما چقدر مفید بود؟
trainings-satisfaction-low = اصلاً راضی نیستم
trainings-satisfaction-high = خیلی راضی هستم
trainings-usefulness-low = اصلاً مفید نبود
trainings-usefulness-high = خیلی مفید بود
trainings-rate-hint = فقط یک بار می‌توانید بازخورد بدهید. هماهنگ‌کننده فقط میانگین‌ها را می‌بیند.
trainings-rate-send = فرستادن بازخورد
flash-training-session-recorded = آموزش ذخیره شد. برای شرکت‌کنندگان گذرانده‌شده ثبت شد.
flash-training-rated = از بازخورد شما سپاسگزاریم!
flash-training-rated-already = پیش‌تر برای این آموزش بازخورد داده‌اید. چیزی تغییر نکرد.
audit-training-session-recorded = یک آموزش گروهی را ثبت کرد
