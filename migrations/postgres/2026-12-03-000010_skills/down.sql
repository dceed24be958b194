DROP TABLE skill_levels;
DROP TABLE skill_assessments;
