## The queue board: why the engine kept a volunteer or used a second language

reason-only-speaker = Den enda här som talar { $language }. Andra kan behöva hen.
reason-first-language-later = Ingen som talar { $language } blir ledig snart.
