## Skills framework: DigComp 2.2 areas and competences, proficiency, self-assessment, digital-support and working-life skills

## DigComp 2.2 areas (name, one-sentence description)

digcomp-area-1 = Information and data literacy
digcomp-area-1-about = Finding, judging and keeping information and files.
digcomp-area-2 = Communication and collaboration
digcomp-area-2-about = Keeping in touch, sharing and working with others through digital tools.
digcomp-area-3 = Digital content creation
digcomp-area-3-about = Making and editing texts, pictures, videos and other digital content.
digcomp-area-4 = Safety
digcomp-area-4-about = Protecting devices, personal data, health and the environment.
digcomp-area-5 = Problem solving
digcomp-area-5-about = Solving problems with devices and finding the right digital tool for a need.

## The 21 competences: official name, and an "I can" statement in plain words

digcomp-1-1 = Browsing, searching and filtering data, information and digital content
digcomp-1-1-can = I can search the internet and find the information or service I need.
digcomp-1-2 = Evaluating data, information and digital content
digcomp-1-2-can = I can check if a website or a piece of information can be trusted.
digcomp-1-3 = Managing data, information and digital content
digcomp-1-3-can = I can save files and photos, put them in folders and find them again.
digcomp-2-1 = Interacting through digital technologies
digcomp-2-1-can = I can send messages and emails and make video calls.
digcomp-2-2 = Sharing through digital technologies
digcomp-2-2-can = I can share a file, a photo or a link with another person.
digcomp-2-3 = Engaging in citizenship through digital technologies
digcomp-2-3-can = I can use e-services such as Kela, Suomi.fi and OmaVero.
digcomp-2-4 = Collaborating through digital technologies
digcomp-2-4-can = I can work with others online, for example in a shared document or a group chat.
digcomp-2-5 = Netiquette
digcomp-2-5-can = I can write and behave politely and respectfully online.
digcomp-2-6 = Managing digital identity
digcomp-2-6-can = I can log in with strong electronic identification and look after my own accounts.
digcomp-3-1 = Developing digital content
digcomp-3-1-can = I can make a document, a photo or a short video.
digcomp-3-2 = Integrating and re-elaborating digital content
digcomp-3-2-can = I can edit and combine content, for example add a picture to a document.
digcomp-3-3 = Copyright and licences
digcomp-3-3-can = I can check if I am allowed to use a picture or a text that I found online.
digcomp-3-4 = Programming
digcomp-3-4-can = I can give a device simple step-by-step instructions, for example in a simple coding exercise.
digcomp-4-1 = Protecting devices
digcomp-4-1-can = I can protect my device with a screen lock and updates, and I can spot scam messages.
digcomp-4-2 = Protecting personal data and privacy
digcomp-4-2-can = I can keep my passwords and personal data safe and choose what I share.
digcomp-4-3 = Protecting health and well-being
digcomp-4-3-can = I can look after my health when I use devices, for example by taking breaks.
digcomp-4-4 = Protecting the environment
digcomp-4-4-can = I can use devices in a way that saves energy, and I know where to recycle old devices.
digcomp-5-1 = Solving technical problems
digcomp-5-1-can = I can solve simple problems, for example when the internet connection or an app does not work.
digcomp-5-2 = Identifying needs and technological responses
digcomp-5-2-can = I can choose a suitable app, service or device for what I need.
digcomp-5-3 = Creatively using digital technologies
digcomp-5-3-can = I can use digital tools in new ways to make everyday life or work easier.
digcomp-5-4 = Identifying digital competence gaps
digcomp-5-4-can = I can see what I still need to learn, and I can help others learn digital skills.

## DigComp proficiency: 4 bands and 8 levels

digcomp-band-foundation = Foundation
digcomp-band-intermediate = Intermediate
digcomp-band-advanced = Advanced
digcomp-band-highly-specialised = Highly specialised
digcomp-level-1 = With guidance
digcomp-level-2 = On my own, with guidance where needed
digcomp-level-3 = On my own
digcomp-level-4 = Independently, according to my own needs
digcomp-level-5 = Guiding others as well
digcomp-level-6 = Adapting to others in complex situations
digcomp-level-7 = Creating solutions to complex problems
digcomp-level-8 = Proposing new ideas in the field

## The five steps of the self-assessment

self-step-0 = I don't know how yet
self-step-1 = With help
self-step-2 = On my own
self-step-3 = With confidence
self-step-4 = I can guide others

## Digital-support skills (after the national Digitukija badge): name and "I can" statement

support-guiding = Guiding a person to do it themselves
support-guiding-can = I let the person do it on their own device, and I guide them step by step.
support-ethics = Ethics and boundaries
support-ethics-can = I never ask for or type anyone's codes or passwords, I never act for them, and I know when to stop.
support-referral = Knowing where to refer
support-referral-can = I know which service can help next, for example Kela, the city's digital support, the library, employment services or a social worker.

## Working-life skills (observed by a coordinator): name and what is observed

work-reliability = Reliability and punctuality
work-reliability-about = Comes to shifts on time and tells others early when they cannot come.
work-customer-service = Customer service
work-customer-service-about = Meets people in a friendly way, listens and helps them calmly and patiently.
work-communication = Communication, plain language and across languages
work-communication-about = Explains things in plain words, checks that the person understood, and finds ways to help across languages.
work-teamwork = Teamwork
work-teamwork-about = Works well with other volunteers and staff, and shares tasks and information.
work-problem-solving = Problem solving
work-problem-solving-about = Looks calmly for a solution when something goes wrong, and asks for help when needed.
work-confidentiality = Confidentiality and data protection
work-confidentiality-about = Keeps people's matters private and handles personal data with care.
work-cultural-sensitivity = Cultural sensitivity
work-cultural-sensitivity-about = Treats people of every background with respect and adapts to what they need.
work-own-learning = Own learning and recognising one's skills
work-own-learning-about = Learns new things, asks for feedback and can describe their own skills.

## The observed 4-step scale

observed-step-1 = With support
observed-step-2 = Independently
observed-step-3 = Reliably over time
observed-step-4 = Guides others
