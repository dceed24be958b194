## A coordinator confirms a volunteer's self-assessed levels

confirm-title = تأكيد التقييم الذاتي
confirm-volunteer = المتطوع: { $name }
confirm-lead = أكّد المجال عندما ترى المتطوع يعمل بهذه المستويات، مثلاً في المناوبات. يظهر التأكيد في الشهادة مع اسمك والتاريخ.
confirm-save = أكّد هذه المستويات
confirm-none = لم يقيّم { $name } مهاراته بعد.
confirm-back = العودة إلى صفحة المتطوع
growth-confirmed-by = أكّده { $name }، { $date }
growth-confirmed = تم التأكيد في { $date }
growth-level-evidence = { $count ->
    [zero] لا توجد مساعدة كدليل
    [one] مساعدة واحدة كدليل
    [two] مساعدتان كدليل
    [few] { $count } مساعدات كدليل
   *[other] { $count } مساعدة كدليل
}
flash-levels-confirmed = تم تأكيد المستويات.
volunteer-confirm-levels = أكّد مستويات التقييم الذاتي
audit-levels-confirmed = أكّد مستويات التقييم الذاتي
proof-level-confirmed = { $step } (تقييم ذاتي، { $date }؛ أكّده { $name }، { $confirmed })
