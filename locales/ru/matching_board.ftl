## The queue board: why the engine kept a volunteer or used a second language

reason-only-speaker = Единственный здесь, кто говорит на языке { $language }. Он может понадобиться другим.
reason-first-language-later = Никто, кто говорит на языке { $language }, скоро не освободится.
