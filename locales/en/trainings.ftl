## Group trainings: recording one, the attendees' ratings

trainings-record-title = Record a group training
trainings-record-intro = Record a training that many people attended. Every attendee gets the course marked as done on that day.
trainings-back = Back to trainings
trainings-field-module = Course
trainings-choose-module = Choose a course
trainings-field-date = Day of the training
trainings-field-trainer = Trainer
trainings-trainer-hint = The trainer's name. At most { $count } characters.
trainings-field-attendees = Attendees
trainings-attendees-hint = Choose everyone who was at the training. Coordinators can attend too.
trainings-coordinator = coordinator
trainings-no-people = The organisation has no volunteers yet.
trainings-record-save = Save the training
trainings-error-no-attendee = Choose at least one attendee.
trainings-column-ratings = Feedback
trainings-means = Satisfaction { $satisfaction } / 5, useful for work { $usefulness } / 5
trainings-means-hidden = The averages are not shown yet.
trainings-answers = { $count ->
    [0] No answers.
    [one] { $count } answer
   *[other] { $count } answers
}
trainings-means-note = The averages are shown from { $count } answers. This way nobody's own answer can be seen.
trainings-mine-title = Trainings I attended
trainings-mine-intro = Here are the group trainings you attended. Tell us what you thought of them.
trainings-mine-empty = You have not attended a group training yet.
trainings-mine-link = Trainings I attended
trainings-column-date = Day
trainings-column-trainer = Trainer
trainings-column-rating = Your feedback
trainings-rated = You have given your feedback. Thank you!
trainings-rate = Give feedback
trainings-rate-title = Feedback on a training
trainings-back-mine = Back to the trainings I attended
trainings-question-satisfaction = How satisfied were you?
trainings-question-usefulness = How useful was it for your work?
trainings-satisfaction-low = Not at all satisfied
trainings-satisfaction-high = Very satisfied
trainings-usefulness-low = Not at all useful
trainings-usefulness-high = Very useful
trainings-rate-hint = You can give feedback once. The coordinator sees only the averages.
trainings-rate-send = Send feedback
flash-training-session-recorded = The training is saved. The attendees have it marked as done.
flash-training-rated = Thank you for your feedback!
flash-training-rated-already = You have already given feedback on this training. Nothing was changed.
audit-training-session-recorded = Recorded a group training
