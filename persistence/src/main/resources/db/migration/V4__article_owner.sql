-- The user an article belongs to: authors and contributors may edit only their own. Imports have none.
ALTER TABLE article ADD COLUMN owner VARCHAR(50);
