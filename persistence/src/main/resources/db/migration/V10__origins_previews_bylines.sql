-- Where each article comes from, so a feed may change only the articles it brought (imports of
-- older versions kept no origin; the first feed that names them claims them). Articles with a
-- guid Gazette made itself were written here.
ALTER TABLE article ADD COLUMN origin VARCHAR(500);
UPDATE article SET origin = 'this site' WHERE guid LIKE 'urn:uuid:%';

-- The author profile of a user: authors and contributors publish under their own only.
ALTER TABLE author ADD COLUMN account VARCHAR(50);
CREATE UNIQUE INDEX uk_author_account ON author (account);
