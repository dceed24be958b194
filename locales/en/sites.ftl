## Kinds of site

site-kind-drop-in = Drop-in centre
site-kind-food-aid = Food aid
site-kind-library = Library
site-kind-other = Other place
