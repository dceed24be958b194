## The queue board: why the engine kept a volunteer or used a second language

reason-only-speaker = الوحيد هنا الذي يتحدث { $language }. قد يحتاجه آخرون.
reason-first-language-later = لن يتفرغ قريبًا أحد يتحدث { $language }.
