## Front page

home-title = Help with digital things
home-lead = Digital buddies are volunteers. They help you with your phone, email and online services. The help is free. You can get help in your own language.
home-steps-title = How to get help
home-step-come = Come to a place when a digital buddy is there.
home-step-tell = Tell them what you need help with.
home-step-yourself = You do it yourself on your own device. The digital buddy guides you.
home-safety-title = Keep your codes to yourself
home-safety-body = A digital buddy never asks for your bank codes, PIN or password. They do not do things for you.
home-sites-title = Where we help
home-sites-empty = No places have been added yet.
home-site-address = Address:
home-site-organisation = Organiser: { $organisation }

# The directory of places, when a city has too many for the front page.
home-sites-many = Digital buddies help in { $count } places. Find a place near you, or see them all.
places-search-label = Name, address or code of the place
places-search = Find a place
places-all = See all places
places-found = { $count ->
    [one] One place was found.
   *[other] { $count } places were found.
}
places-none = No place was found. Try fewer or shorter words.
