## Help topics: what a person can get help with. Short labels; they appear next to an icon.

topic-strong-eid = Bank codes and strong identification
topic-suomifi = Suomi.fi (Messages, Authorisations)
topic-kela = Kela benefits and applications
topic-omakanta = OmaKanta: prescriptions and health records
topic-health-eservices = Health centre online services and appointments
topic-migri = Residence permit (Enter Finland)
topic-finnish-authenticator = Identification without a Finnish personal identity code
topic-jobmarket = Job Market Finland and registering as a jobseeker
topic-job-applications = CV and job applications online
topic-banking = Online bank and paying bills
topic-email = Email
topic-smartphone-basics = Smartphone basics
topic-apps = Installing apps
topic-passwords = Passwords and getting into accounts again
topic-scams-security = Scams and online safety
topic-transport-app = Public transport app and tickets
topic-video-messaging = Video calls and message apps
topic-wilma = School and daycare messages (Wilma)
topic-tax = Tax card and OmaVero
topic-documents = Attachments, scanning and printing
topic-device-connectivity = Device, phone plan and Wi-Fi
topic-digital-id = Digital ID card
topic-finding-info = Finding the right information and service
topic-other = Something else
