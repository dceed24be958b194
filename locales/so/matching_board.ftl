## The queue board: why the engine kept a volunteer or used a second language

reason-only-speaker = Waa qofka kaliya ee halkan ku hadla { $language }. Dad kale ayaa u baahan kara.
reason-first-language-later = Qof ku hadla { $language } dhawaan ma firaaqoobayo.
