-- Skills growth: every self-assessment and every coordinator's observation is kept with its
-- date, never overwritten, so that the growth page can show levels over time.

CREATE TABLE skill_assessments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- A self-assessment screen ('1'-'5' for DigComp's areas, 'support'), or 'work' for a
    -- coordinator's observation of the working-life skills.
    area TEXT NOT NULL CHECK (area IN ('1', '2', '3', '4', '5', 'support', 'work')),
    kind TEXT NOT NULL CHECK (kind IN ('self', 'observed')),
    -- Who observed (a coordinator); kept as a name when the account goes.
    observed_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    assessed_at TIMESTAMP NOT NULL,
    -- A coordinator who confirmed a self-assessment.
    confirmed_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    confirmed_at TIMESTAMP
);
CREATE INDEX skill_assessments_by_user ON skill_assessments (user_id, assessed_at);

CREATE TABLE skill_levels (
    assessment_id INTEGER NOT NULL REFERENCES skill_assessments (id) ON DELETE CASCADE,
    -- A DigComp competence ('2.3'), a support skill or a working-life skill.
    skill TEXT NOT NULL,
    -- The step chosen: 0-4 on the self-assessment scale, 1-4 on the observed one.
    step INTEGER NOT NULL CHECK (step BETWEEN 0 AND 4),
    PRIMARY KEY (assessment_id, skill)
);
