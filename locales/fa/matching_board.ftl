## The queue board: why the engine kept a volunteer or used a second language

reason-only-speaker = تنها کسی اینجا که { $language } صحبت می‌کند. دیگران ممکن است به او نیاز داشته باشند.
reason-first-language-later = کسی که { $language } صحبت می‌کند به‌زودی آزاد نمی‌شود.
