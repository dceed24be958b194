## The queue board: why the engine kept a volunteer or used a second language

reason-only-speaker = The only one here who speaks { $language }. Others may need them.
reason-first-language-later = Nobody who speaks { $language } is free soon.
