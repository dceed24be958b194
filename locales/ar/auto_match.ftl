# Automatic matching: the engine confirms its own suggestions at a site.
duty-by-engine-title = ربطها النظام
duty-by-engine-lead = ربط النظام هؤلاء بنفسه. الأسباب مكتوبة أدناه.
duty-auto-is-on = في هذا المكان يربط النظام الناس بنفسه.
duty-auto-is-off = يُربط الناس يدويًا. النظام يقترح فقط.
duty-auto-on = دع النظام يربط بنفسه
duty-auto-off = اربط يدويًا
flash-auto-match-on = النظام يربط الآن بنفسه.
flash-auto-match-off = يُربط الناس الآن يدويًا.
audit-auto-match-on = شغّل الربط التلقائي
audit-auto-match-off = أوقف الربط التلقائي
