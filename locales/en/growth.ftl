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

## The growth page's charts and the tables of their numbers

growth-charts-title = The last 12 months
growth-chart-sessions = Help sessions per month by competence area
growth-chart-sessions-lead = Help that touches several areas counts in each of them.
growth-chart-levels = My levels over time: self-assessed and observed
growth-chart-levels-lead = Steps 0–4: 0 not yet, 4 I can guide others. A point is the mean of one assessment.
growth-chart-hours = Hours on shifts per month
growth-chart-table = The numbers as a table
growth-chart-month = Month
growth-chart-total = All
growth-chart-date = Date
growth-chart-series = Area
growth-chart-mean = Mean step
growth-chart-hours-col = Hours
growth-chart-observed = Working-life skills, observed by a coordinator
growth-chart-none = Nothing yet in the last 12 months.
# A number to a tenth, written with the locale's decimal separator.
growth-chart-number = { $n }
