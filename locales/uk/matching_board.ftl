## The queue board: why the engine kept a volunteer or used a second language

reason-only-speaker = Єдиний тут, хто говорить мовою { $language }. Він може знадобитися іншим.
reason-first-language-later = Ніхто, хто говорить мовою { $language }, скоро не звільниться.
