DROP TABLE training_ratings;
DROP TABLE training_attendees;
DROP TABLE training_sessions;
