## A coordinator confirms a volunteer's self-assessed levels

confirm-title = تأیید خودارزیابی
confirm-volunteer = داوطلب: { $name }
confirm-lead = وقتی دیده‌اید که داوطلب در این سطح‌ها کار می‌کند، مثلاً در نوبت‌های کاری، آن حوزه را تأیید کنید. تأیید با نام شما و تاریخ در گواهی دیده می‌شود.
confirm-save = تأیید این سطح‌ها
confirm-none = { $name } هنوز مهارت‌های خود را ارزیابی نکرده است.
confirm-back = بازگشت به صفحهٔ داوطلب
growth-confirmed-by = تأییدشده توسط { $name }، { $date }
growth-confirmed = تأییدشده در { $date }
growth-level-evidence = { $count ->
    [one] { $count } کمک به‌عنوان شاهد
   *[other] { $count } کمک به‌عنوان شاهد
}
flash-levels-confirmed = سطح‌ها تأیید شد.
volunteer-confirm-levels = تأیید سطح‌های خودارزیابی
audit-levels-confirmed = سطح‌های خودارزیابی را تأیید کرد
proof-level-confirmed = { $step } (خودارزیابی، { $date }؛ تأییدشده توسط { $name }، { $confirmed })
