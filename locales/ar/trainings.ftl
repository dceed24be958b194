## Group trainings: recording one, the attendees' ratings

trainings-record-title = تسجيل تدريب جماعي
trainings-record-intro = سجّل تدريبًا حضره عدة أشخاص. يُسجَّل التدريب لكل مشارك كمكتمل في ذلك اليوم.
trainings-back = العودة إلى التدريبات
trainings-field-module = التدريب
trainings-choose-module = اختر تدريبًا
trainings-field-date = يوم التدريب
trainings-field-trainer = المدرّب
trainings-trainer-hint = اسم المدرّب. { $count } حرفًا على الأكثر.
trainings-field-attendees = المشاركون
trainings-attendees-hint = اختر كل من حضر التدريب. يمكن للمنسقين أن يشاركوا أيضًا.
trainings-coordinator = منسق
trainings-no-people = لا يوجد متطوعون في المنظمة بعد.
trainings-record-save = حفظ التدريب
trainings-error-no-attendee = اختر مشاركًا واحدًا على الأقل.
trainings-column-ratings = التقييمات
trainings-means = الرضا: { $satisfaction } من 5، الفائدة في العمل: { $usefulness } من 5
trainings-means-hidden = المتوسطات لا تظهر بعد.
trainings-answers = { $count ->
    [0] لا توجد إجابات.
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
}
trainings-means-note = تظهر المتوسطات عندما يكون عدد الإجابات { $count } على الأقل. بهذا لا يمكن معرفة إجابة أي شخص.
trainings-mine-title = التدريبات التي حضرتها
trainings-mine-intro = هنا التدريبات الجماعية التي حضرتها. أخبرنا برأيك فيها.
trainings-mine-empty = لم تحضر تدريبًا جماعيًا بعد.
trainings-mine-link = التدريبات التي حضرتها
trainings-column-date = اليوم
trainings-column-trainer = المدرّب
trainings-column-rating = تقييمك
trainings-rated = لقد قدّمت تقييمك. شكرًا!
trainings-rate = قيّم التدريب
trainings-rate-title = تقييم التدريب
trainings-back-mine = العودة إلى التدريبات التي حضرتها
trainings-question-satisfaction = ما مدى رضاك؟
trainings-question-usefulness = ما مدى فائدته في عملك؟
trainings-satisfaction-low = غير راضٍ أبدًا
trainings-satisfaction-high = راضٍ جدًا
trainings-usefulness-low = غير مفيد أبدًا
trainings-usefulness-high = مفيد جدًا
trainings-rate-hint = يمكنك التقييم مرة واحدة. المنسق يرى المتوسطات فقط.
trainings-rate-send = إرسال التقييم
flash-training-session-recorded = تم حفظ التدريب. سُجّل التدريب كمكتمل لكل المشاركين.
flash-training-rated = شكرًا على تقييمك!
flash-training-rated-already = لقد قيّمت هذا التدريب من قبل. لم يتغير شيء.
audit-training-session-recorded = سجّل تدريبًا جماعيًا
