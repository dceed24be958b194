## Skills growth: the growth page, the self-assessment screens, a coordinator's observation

nav-growth = My growth
growth-title = My growth
growth-due = It is time for your self-assessment. It takes a few minutes.
growth-start = Start the self-assessment
growth-work-title = My work
growth-shifts = { $count ->
    [one] 1 shift
   *[other] { $count } shifts
}, { $hours } hours
growth-trainings = Trainings completed: { $count }
growth-credentials = Badges and courses: { $count }
growth-evidence-title = What my work shows
growth-evidence-lead = Every help you record counts here. You do not need to type anything.
growth-evidence-none = Nothing yet. Record the help after each session.
growth-col-sessions = Times
growth-col-dates = First and last
growth-col-languages = Languages
growth-col-on-their-own = Learned to do it themselves
growth-dates = { $first } – { $last }
growth-percent = { $percent } %
growth-goals-title = What I want to learn
growth-goal = You wanted to learn: { $topic }. { $count ->
    [one] 1 time so far
   *[other] { $count } times so far
}, the last on { $date }.
growth-goal-none = You wanted to learn: { $topic }. Not yet.
growth-levels-title = My skills
growth-assessed-on = assessed { $date }
growth-not-assessed = not assessed yet
growth-assess-again = Assess again
growth-digcomp = DigComp: { $band }, level { $level }: { $words }
growth-observed-title = A coordinator's observations
growth-observed-by = { $name }, { $date }
growth-observed-none = A coordinator observes your working-life skills after a few shifts.
growth-area-support = Digital support
growth-area-support-about = Guiding another person the right way.
assess-title = Self-assessment
assess-progress = Part { $part } of { $parts }
assess-lead = Choose what fits you best. There are no wrong answers.
assess-save = Save and continue
assess-save-last = Save
flash-assessed = Saved. Thank you!
observe-title = Working-life skills observed
observe-lead = Choose what you have seen on the shifts: { $name }. The volunteer sees your observation with your name and the date.
observe-save = Save the observations
flash-observed = The observations are saved.
volunteer-observe = Observe working-life skills
