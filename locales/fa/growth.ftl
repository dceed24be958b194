## Skills growth: the growth page, the self-assessment screens, a coordinator's observation

nav-growth = پیشرفت من
growth-title = پیشرفت من
growth-due = وقت خودارزیابی است. چند دقیقه طول می‌کشد.
growth-start = شروع خودارزیابی
growth-work-title = کار من
growth-shifts = { $count ->
    [one] { $count } نوبت کاری
   *[other] { $count } نوبت کاری
}، { $hours } ساعت
growth-trainings = آموزش‌های گذرانده‌شده: { $count }
growth-credentials = نشان‌های مهارت و دوره‌ها: { $count }
growth-evidence-title = آنچه کار من نشان می‌دهد
growth-evidence-lead = هر کمکی که ثبت می‌کنید اینجا حساب می‌شود. لازم نیست چیزی بنویسید.
growth-evidence-none = هنوز چیزی نیست. بعد از هر کمک، آن را ثبت کنید.
growth-col-sessions = چند بار
growth-col-dates = اولین و آخرین بار
growth-col-languages = زبان‌ها
growth-col-on-their-own = یاد گرفتند خودشان انجام دهند
growth-dates = { $first } – { $last }
growth-percent = { $percent }%
growth-goals-title = چیزهایی که می‌خواهم یاد بگیرم
growth-goal = می‌خواستید یاد بگیرید: { $topic }. { $count ->
    [one] تا حالا { $count } بار
   *[other] تا حالا { $count } بار
}، آخرین بار { $date }.
growth-goal-none = می‌خواستید یاد بگیرید: { $topic }. هنوز حتی یک بار هم نه.
growth-levels-title = مهارت‌های من
growth-assessed-on = ارزیابی‌شده در { $date }
growth-not-assessed = هنوز ارزیابی نشده
growth-assess-again = ارزیابی دوباره
growth-digcomp = DigComp: { $band }، سطح { $level }: { $words }
growth-observed-title = مشاهدات هماهنگ‌کننده
growth-observed-by = { $name }، { $date }
growth-observed-none = هماهنگ‌کننده بعد از چند نوبت کاری، مهارت‌های کاری شما را ارزیابی می‌کند.
growth-area-support = پشتیبانی دیجیتال
growth-area-support-about = راهنمایی کردن فرد دیگر به روش درست.
assess-title = خودارزیابی
assess-progress = بخش { $part } از { $parts }
assess-lead = گزینه‌ای را انتخاب کنید که به شما نزدیک‌تر است. جواب غلط وجود ندارد.
assess-save = ذخیره و ادامه
assess-save-last = ذخیره
flash-assessed = ذخیره شد. متشکریم!
observe-title = مشاهده مهارت‌های کاری
observe-lead = آنچه را در نوبت‌های کاری دیده‌اید انتخاب کنید: { $name }. داوطلب مشاهدات شما را با نام شما و تاریخ می‌بیند.
observe-save = ذخیره مشاهدات
flash-observed = مشاهدات ذخیره شد.
volunteer-observe = ارزیابی مهارت‌های کاری

## The growth page's charts and the tables of their numbers

growth-charts-title = 12 ماه گذشته
growth-chart-sessions = جلسه‌های کمک در هر ماه بر اساس حوزهٔ شایستگی
growth-chart-sessions-lead = کمکی که به چند حوزه مربوط است، در هر کدام شمرده می‌شود.
growth-chart-levels = سطح‌های من در طول زمان: خودارزیابی و مشاهده
growth-chart-levels-lead = گام‌ها 0–4: 0 هنوز بلد نیستم، 4 می‌توانم دیگران را راهنمایی کنم. هر نقطه میانگین یک ارزیابی است.
growth-chart-hours = ساعت‌های شیفت در هر ماه
growth-chart-table = عددها در جدول
growth-chart-month = ماه
growth-chart-total = جمع
growth-chart-date = تاریخ
growth-chart-series = حوزه
growth-chart-mean = میانگین گام
growth-chart-hours-col = ساعت‌ها
growth-chart-observed = مهارت‌های کاری، مشاهدهٔ هماهنگ‌کننده
growth-chart-none = هنوز چیزی در 12 ماه گذشته نیست.
# A number to a tenth, written with the locale's decimal separator.
growth-chart-number = { $n }
