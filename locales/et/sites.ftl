## Kinds of site

site-kind-drop-in = Kohtumispaik
site-kind-food-aid = Toiduabi
site-kind-library = Raamatukogu
site-kind-other = Muu koht
