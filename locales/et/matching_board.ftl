## The queue board: why the engine kept a volunteer or used a second language

reason-only-speaker = Ainus siin, kes räägib keelt { $language }. Teised võivad teda vajada.
reason-first-language-later = Keegi, kes räägib keelt { $language }, ei vabane varsti.
