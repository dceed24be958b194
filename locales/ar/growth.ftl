## Skills growth: the growth page, the self-assessment screens, a coordinator's observation

nav-growth = تطوّري
growth-title = تطوّري
growth-due = حان وقت التقييم الذاتي. يستغرق بضع دقائق.
growth-start = ابدأ التقييم الذاتي
growth-work-title = عملي
growth-shifts = { $count ->
    [zero] { $count } مناوبة
    [one] مناوبة واحدة
    [two] مناوبتان
    [few] { $count } مناوبات
    [many] { $count } مناوبة
   *[other] { $count } مناوبة
}، { $hours } ساعة
growth-trainings = التدريبات التي أنهيتها: { $count }
growth-credentials = الشارات والدورات: { $count }
growth-evidence-title = ما يُظهره عملي
growth-evidence-lead = كل مساعدة تسجّلها تُحسب هنا. لا تحتاج إلى كتابة أي شيء.
growth-evidence-none = لا شيء بعد. سجّل المساعدة بعد كل جلسة مساعدة.
growth-col-sessions = عدد المرات
growth-col-dates = أول مرة وآخر مرة
growth-col-languages = اللغات
growth-col-on-their-own = تعلّموا القيام بذلك بأنفسهم
growth-dates = { $first } – { $last }
growth-percent = { $percent }%
growth-goals-title = ما أريد أن أتعلمه
growth-goal = أردت أن تتعلم: { $topic }. { $count ->
    [zero] حتى الآن { $count } مرة
    [one] حتى الآن مرة واحدة
    [two] حتى الآن مرتان
    [few] حتى الآن { $count } مرات
    [many] حتى الآن { $count } مرة
   *[other] حتى الآن { $count } مرة
}، آخرها في { $date }.
growth-goal-none = أردت أن تتعلم: { $topic }. ولا مرة حتى الآن.
growth-levels-title = مهاراتي
growth-assessed-on = تم التقييم في { $date }
growth-not-assessed = لم يتم التقييم بعد
growth-assess-again = قيّم مرة أخرى
growth-digcomp = DigComp: { $band }، المستوى { $level }: { $words }
growth-observed-title = ملاحظات المنسق
growth-observed-by = { $name }، { $date }
growth-observed-none = يقيّم المنسق مهاراتك في العمل بعد بضع مناوبات.
growth-area-support = الدعم الرقمي
growth-area-support-about = توجيه شخص آخر بالطريقة الصحيحة.
assess-title = التقييم الذاتي
assess-progress = الجزء { $part } من { $parts }
assess-lead = اختر ما يناسبك أكثر. لا توجد إجابات خاطئة.
assess-save = احفظ وتابع
assess-save-last = احفظ
flash-assessed = تم الحفظ. شكرًا لك!
observe-title = ملاحظات عن مهارات العمل
observe-lead = اختر ما رأيته في المناوبات: { $name }. يرى المتطوع ملاحظاتك مع اسمك والتاريخ.
observe-save = احفظ الملاحظات
flash-observed = تم حفظ الملاحظات.
volunteer-observe = قيّم مهارات العمل

## The growth page's charts and the tables of their numbers

growth-charts-title = آخر 12 شهرًا
growth-chart-sessions = جلسات المساعدة في كل شهر حسب مجال الكفاءة
growth-chart-sessions-lead = المساعدة التي تخص عدة مجالات تُحسب في كل مجال منها.
growth-chart-levels = مستوياتي مع الوقت: تقييمي الذاتي والملاحظات
growth-chart-levels-lead = الخطوات 0–4: 0 لا أعرف بعد، 4 أستطيع إرشاد الآخرين. كل نقطة هي متوسط تقييم واحد.
growth-chart-hours = ساعات المناوبات في كل شهر
growth-chart-table = الأرقام في جدول
growth-chart-month = الشهر
growth-chart-total = المجموع
growth-chart-date = التاريخ
growth-chart-series = المجال
growth-chart-mean = متوسط الخطوة
growth-chart-hours-col = الساعات
growth-chart-observed = مهارات العمل، ملاحظات المنسق
growth-chart-none = لا شيء بعد في آخر 12 شهرًا.
# A number to a tenth, written with the locale's decimal separator.
growth-chart-number = { $n }
