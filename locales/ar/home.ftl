## Front page

home-title = مساعدة في الأمور الرقمية
home-lead = الرفقاء الرقميون متطوعون. يساعدونك في استخدام الهاتف والبريد الإلكتروني والخدمات الإلكترونية. المساعدة مجانية. يمكنك الحصول على المساعدة بلغتك.
home-steps-title = كيف تحصل على المساعدة
home-step-come = تعال إلى المكان عندما يكون الرفيق الرقمي هناك.
home-step-tell = أخبرنا بما تحتاج المساعدة فيه.
home-step-yourself = أنت تقوم بالأمر بنفسك على جهازك. الرفيق الرقمي يرشدك وهو بجانبك.
home-safety-title = لا تُعطِ رموزك لأحد
home-safety-body = الرفيق الرقمي لا يطلب منك أبدًا رموز البنك أو رمز PIN أو كلمة المرور. ولا يقوم بالأمور بدلًا منك.
home-sites-title = أين نساعد
home-sites-empty = لم نُضِف أي مكان بعد.
home-site-address = العنوان:
home-site-organisation = الجهة المنظِّمة: { $organisation }

# The directory of places, when a city has too many for the front page.
home-sites-many = { $count ->
    [few] يساعد الرفقاء الرقميون في { $count } أماكن. ابحث عن مكان قريب منك أو اعرض كل الأماكن.
    [many] يساعد الرفقاء الرقميون في { $count } مكانًا. ابحث عن مكان قريب منك أو اعرض كل الأماكن.
   *[other] يساعد الرفقاء الرقميون في { $count } مكان. ابحث عن مكان قريب منك أو اعرض كل الأماكن.
}
places-search-label = اسم المكان أو عنوانه أو رمزه
places-search = ابحث عن مكان
places-all = اعرض كل الأماكن
places-found = { $count ->
    [one] وجدنا مكانًا واحدًا.
    [two] وجدنا مكانين.
    [few] وجدنا { $count } أماكن.
    [many] وجدنا { $count } مكانًا.
   *[other] وجدنا { $count } مكان.
}
places-none = لم نجد أي مكان. جرّب كلمات أقل أو أقصر.
