-- A cover image may carry a caption that every reader sees (credit, place, date).
ALTER TABLE article ADD COLUMN cover_caption VARCHAR(500);
