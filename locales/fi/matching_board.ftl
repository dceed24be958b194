## The queue board: why the engine kept a volunteer or used a second language

reason-only-speaker = Ainoa paikalla oleva, joka puhuu kieltä { $language }. Muut voivat tarvita häntä.
reason-first-language-later = Kukaan kieltä { $language } puhuva ei vapaudu pian.
