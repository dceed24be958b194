## Kinds of site

site-kind-drop-in = Kohtaamispaikka
site-kind-food-aid = Ruoka-apu
site-kind-library = Kirjasto
site-kind-other = Muu paikka
